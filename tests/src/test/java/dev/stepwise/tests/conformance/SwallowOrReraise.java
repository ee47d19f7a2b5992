package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;

/** aio_013: a swallowed cancellation completes the task; a re-raised one cancels it, after the finally's awaits. */
@Coroutine
public interface SwallowOrReraise {
  default Coro<String> swallows(Trace t) {
    try {
      await(Aio.sleep(10));
    } catch (CancelledError e) {
      t.print("swallows: caught, returning a value");
      return Coro.done("swallowed");
    }
    return Coro.done(null);
  }

  default Coro<Void> reraises(Trace t) {
    try {
      await(Aio.sleep(10));
    } catch (CancelledError e) {
      t.print("reraises: caught, re-raising");
      throw e;
    } finally {
      t.print("reraises: cleanup starts");
      await(Aio.sleep(0.1));
      t.print("reraises: cleanup done");
    }
    return Coro.done();
  }

  default Coro<Void> main(Trace t) {
    Task<String> a = Aio.createTask(swallows(t));
    Task<Void> b = Aio.createTask(reraises(t));
    await(Aio.sleep(0.1));
    a.cancel();
    b.cancel();
    t.print("a ->", await(a), "| cancelled:", a.cancelled());
    try {
      await(b);
    } catch (CancelledError e) {
      t.print("awaiting b raised CancelledError | cancelled:", b.cancelled(), "done:", b.done());
    }
    return Coro.done();
  }
}
