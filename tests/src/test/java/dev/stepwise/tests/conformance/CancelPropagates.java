package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;

/** aio_052: cancelling an awaiter cancels the task it awaits; the reverse leaves the awaiter free to go on. */
@Coroutine
public interface CancelPropagates {
  default Coro<Void> inner(Trace t, String name) {
    try {
      await(Aio.sleep(10));
    } catch (CancelledError e) {
      t.print(name, "cancelled");
      throw e;
    }
    return Coro.done();
  }

  default Coro<String> outer(Trace t, Task<Void> innerTask) {
    try {
      await(innerTask);
    } catch (CancelledError e) {
      t.print("outer sees CancelledError, cancelling():", Aio.currentTask().cancelling());
      if (Aio.currentTask().cancelling() == 0) {
        return Coro.done("outer went on");
      }
      throw e;
    }
    return Coro.done(null);
  }

  default Coro<Void> main(Trace t) {
    Task<Void> i1 = Aio.createTask(inner(t, "inner1"));
    Task<String> o1 = Aio.createTask(outer(t, i1));
    await(Aio.sleep(0.1));
    o1.cancel();
    try {
      await(o1);
    } catch (CancelledError e) {
      t.print("outer1 cancelled:", o1.cancelled(), "inner1 cancelled:", i1.cancelled());
    }
    Task<Void> i2 = Aio.createTask(inner(t, "inner2"));
    Task<String> o2 = Aio.createTask(outer(t, i2));
    await(Aio.sleep(0.1));
    i2.cancel();
    t.print("outer2 ->", await(o2), "| cancelled:", o2.cancelled(), "inner2 cancelled:", i2.cancelled());
    return Coro.done();
  }
}
