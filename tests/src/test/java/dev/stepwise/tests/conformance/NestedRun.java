package dev.stepwise.tests.conformance;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Future;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** aio_018: Aio.run and runUntilComplete inside a running loop fail; the coroutine passed is never awaited. */
@Coroutine
public interface NestedRun {
  default Coro<String> inner() {
    return Coro.done("inner ran (wrong)");
  }

  default Coro<Void> main(Trace t, List<String> reports) {
    EventLoop loop = Aio.getRunningLoop();
    loop.setExceptionHandler((lp, context) -> reports.add("report: RuntimeWarning " + context.get("message")));
    t.call("asyncio.run(inner())", () -> Aio.run(inner()));
    Future<Integer> f = loop.createFuture();
    f.setResult(1);
    t.call("run_until_complete(future)", () -> loop.runUntilComplete(f));
    return Coro.done();
  }
}
