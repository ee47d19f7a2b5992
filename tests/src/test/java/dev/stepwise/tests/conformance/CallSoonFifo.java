package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** aio_001: callbacks queued before an await of sleep(0) run before the coroutine resumes. */
@Coroutine
public interface CallSoonFifo {
  default Coro<Void> pause() {
    await(Aio.sleep(0));
    return Coro.done();
  }

  default Coro<Void> main(List<Object> events) {
    events.clear();
    EventLoop lp = Aio.getRunningLoop();
    lp.callSoon(() -> events.add("one"));
    lp.callSoon(() -> events.add("two"));
    events.add("coroutine before sleep(0)");
    await(Aio.sleep(0));
    events.add("coroutine after sleep(0)");
    lp.callSoon(() -> events.add("three"));
    await(Aio.sleep(0));
    events.add("coroutine after the second sleep(0)");
    return Coro.done();
  }
}
