package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.annotations.Coroutine;

/** coro_004: a finished coroutine cannot be awaited, sent to or thrown into again. */
@Coroutine
public interface Reuse {
  default Coro<String> ok() {
    return Coro.done("ok");
  }

  default Coro<String> fails() {
    throw new Py.ValueError("failed");
  }

  default Coro<Void> main(Trace t) {
    Coro<String> c = ok();
    t.print("first await:", await(c));
    try {
      await(c);
    } catch (RuntimeException e) {
      t.print("second await:", Py.exc(e));
    }
    Coro<String> f = fails();
    try {
      await(f);
    } catch (Py.ValueError e) {
      t.print("first await:", Py.exc(e));
    }
    try {
      await(f);
    } catch (RuntimeException e) {
      t.print("await after it raised:", Py.exc(e));
    }
    t.call("send(None) to the finished coroutine", () -> c.send(null));
    t.call("close() of the finished coroutine", () -> {
      c.close();
      return null;
    });
    t.call("throw() into the finished coroutine", () -> c.throwInto(new Py.KeyError("k")));
    return Coro.done();
  }
}
