package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.Future;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;

/** aio_012: cancelling() counts every cancel(); several before a resume deliver one CancelledError. */
@Coroutine
public interface Cancelling {
  default Coro<String> catcher(Trace t, Future<Object> fut) {
    try {
      await(fut);
    } catch (CancelledError e) {
      Task<?> me = Aio.currentTask();
      t.print("caught one CancelledError:", Py.exc(e), "| cancelling():", me.cancelling());
      for (int i = 0; i < 4; i++) {
        t.print("uncancel() ->", me.uncancel());
      }
    }
    await(Aio.sleep(0));
    t.print("no second CancelledError");
    return Coro.done("survived");
  }

  default Coro<Void> never(Trace t) {
    t.print("never printed");
    return Coro.done();
  }

  default Coro<Void> main(Trace t) {
    Future<Object> fut = Aio.getRunningLoop().createFuture();
    Task<String> task = Aio.createTask(catcher(t, fut));
    await(Aio.sleep(0));
    for (String m : new String[] {"one", "two", "three"}) {
      t.print("cancel(" + Py.repr(m) + ") ->", task.cancel(m), "| cancelling():", task.cancelling());
    }
    t.print("the awaited future is cancelled:", fut.cancelled());
    t.print("result:", await(task));
    t.print("cancel() of the done task ->", task.cancel(), "| cancelling():", task.cancelling());

    Task<Void> u = Aio.createTask(never(t));
    for (String m : new String[] {"a", "b", "c"}) {
      u.cancel(m);
    }
    t.print("unstarted task cancelling():", u.cancelling());
    try {
      await(u);
    } catch (CancelledError e) {
      t.print("awaiting it:", Py.exc(e));
    }
    t.print("cancelled:", u.cancelled(), "| cancelling():", u.cancelling());
    return Coro.done();
  }
}
