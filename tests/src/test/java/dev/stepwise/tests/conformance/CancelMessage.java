package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Future;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;

/** aio_005: cancel(msg) of a future, its callbacks, and the message at the awaits. */
@Coroutine
public interface CancelMessage {
  default Coro<Void> waiter(Trace t, Future<Object> fut) {
    try {
      await(fut);
    } catch (CancelledError e) {
      t.print("waiter caught:", Py.exc(e));
      throw e;
    }
    return Coro.done();
  }

  default Coro<Void> main(Trace t) {
    EventLoop loop = Aio.getRunningLoop();
    Future<Object> f = loop.createFuture();
    f.addDoneCallback(fut -> t.print("callback: cancelled", fut.cancelled()));
    t.print("cancel('first') ->", f.cancel("first"));
    t.print("cancel('second') ->", f.cancel("second"));
    t.print("callback not run yet");
    t.call("result()", f::result);
    t.call("exception()", f::exception);
    await(Aio.sleep(0));
    t.print("after one iteration");

    Future<Object> g = loop.createFuture();
    Task<Void> task = Aio.createTask(waiter(t, g));
    await(Aio.sleep(0));
    t.print("g.cancel('stop') ->", g.cancel("stop"));
    try {
      await(task);
    } catch (CancelledError e) {
      t.print("awaiting the task:", Py.exc(e));
    }
    t.print("task cancelled:", task.cancelled());

    Future<Object> h = loop.createFuture();
    h.cancel();
    t.call("result() after cancel() without a message", h::result);
    return Coro.done();
  }
}
