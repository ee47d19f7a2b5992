package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.Future;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;

/** aio_010: cancel() of a task waiting on a future; the coroutine catches it and goes on. */
@Coroutine
public interface CancelAtAwait {
  default Coro<String> waiter(Trace t, Future<Object> fut) {
    try {
      await(fut);
    } catch (CancelledError e) {
      t.print("caught CancelledError at the await:", e.getMessage());
    }
    await(Aio.sleep(0));
    t.print("still running after the cancellation");
    return Coro.done("finished normally");
  }

  default Coro<Void> main(Trace t) {
    Future<Object> fut = Aio.getRunningLoop().createFuture();
    Task<String> task = Aio.createTask(waiter(t, fut));
    await(Aio.sleep(0));
    t.print("cancel ->", task.cancel("stop now"));
    t.print("the awaited future is cancelled:", fut.cancelled());
    t.print("task done right after cancel():", task.done());
    t.print("result:", await(task));
    t.print("task cancelled:", task.cancelled());
    return Coro.done();
  }
}
