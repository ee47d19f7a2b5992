package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Future;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;

/** aio_016: exceptions nobody retrieved are reported to the loop's handler (when the loop closes). */
@Coroutine
public interface NeverRetrieved {
  default Coro<Void> fails(String label) {
    throw new Py.ValueError(label);
  }

  default Coro<Void> main(Trace t) {
    EventLoop loop = Aio.getRunningLoop();
    loop.setExceptionHandler((lp, context) -> t.print(Py.handlerLine(context)));
    Task<Void> never = Aio.createTask(fails("never retrieved"));
    await(Aio.sleep(0));
    Task<Void> awaited = Aio.createTask(fails("awaited"));
    try {
      await(awaited);
    } catch (Py.ValueError e) {
      t.print("awaited:", e.getMessage());
    }
    Task<Void> checked = Aio.createTask(fails("exception() called"));
    await(Aio.sleep(0));
    t.print("exception():", checked.exception().getMessage());
    Future<Void> f = loop.createFuture();
    f.setException(new Py.ValueError("future"));
    t.print("all failed:", never.done(), awaited.done(), checked.done(), f.done());
    return Coro.done();
  }
}
