package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.annotations.Coroutine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** aio_002: timers by deadline, after the callbacks already queued; same-deadline timers all run. */
@Coroutine
public interface CallLaterOrdering {
  default Coro<Void> main(Trace t) {
    EventLoop loop = Aio.getRunningLoop();
    List<Object> events = new ArrayList<>();
    for (double delay : new double[] {0.3, 0.1, 0.2}) {
      String label = String.format(Locale.ROOT, "timer %.1f", delay);
      loop.callLater(delay, () -> events.add(label));
    }
    loop.callLater(0, () -> events.add("call_later(0)"));
    loop.callSoon(() -> events.add("call_soon"));
    List<Object> same = new ArrayList<>();
    double when = loop.time() + 0.5;
    for (int i = 0; i < 10; i++) {
      int n = i;
      loop.callAt(when, () -> same.add(n));
    }
    await(Aio.sleep(1));
    t.print(events);
    t.print("same deadline, sorted:", Py.sorted(same));
    return Coro.done();
  }
}
