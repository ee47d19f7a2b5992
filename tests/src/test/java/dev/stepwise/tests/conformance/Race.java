package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.Future;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;

/** aio_014: cancel() after the awaited future got its result but before the task resumed. */
@Coroutine
public interface Race {
  default Coro<Void> waiter(Trace t, Future<Object> fut) {
    try {
      Object r = await(fut);
      t.print("waiter got", r);
    } catch (CancelledError e) {
      t.print("waiter: CancelledError at the await:", Py.exc(e));
      throw e;
    }
    return Coro.done();
  }

  default Coro<Void> main(Trace t) {
    Future<Object> fut = Aio.getRunningLoop().createFuture();
    Task<Void> task = Aio.createTask(waiter(t, fut));
    await(Aio.sleep(0));
    fut.setResult("value");
    t.print("cancel() after set_result, before the task resumed ->", task.cancel("late"));
    t.print("the future keeps its result:", fut.result(), "| cancelled:", fut.cancelled());
    try {
      await(task);
    } catch (CancelledError e) {
      t.print("awaiting the task:", Py.exc(e));
    }
    t.print("task cancelled:", task.cancelled());
    return Coro.done();
  }
}
