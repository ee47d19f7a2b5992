package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;
import java.util.concurrent.atomic.AtomicReference;

/** coro_014: throw() and close() before the first step, and close() of the running coroutine. */
@Coroutine
public interface Unstarted {
  default Coro<Integer> body(Trace t) {
    t.print("body ran");
    try {
      await(Aio.sleep(0));
    } finally {
      t.print("finally ran");
    }
    return Coro.done(1);
  }

  default Coro<String> closer(Trace t, AtomicReference<Coro<String>> box) {
    t.print("closer closes itself");
    box.get().close();
    return Coro.done("not reached");
  }

  default Coro<Void> main(Trace t, Coro<Integer> c) {
    try {
      await(c);
    } catch (RuntimeException e) {
      t.print("await of the thrown-into coroutine:", Py.exc(e));
    }
    return Coro.done();
  }
}
