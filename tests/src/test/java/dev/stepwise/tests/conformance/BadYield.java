package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;
import java.util.ArrayList;
import java.util.List;

/** aio_007: a bare yield reschedules the task; any other yield that is not a future is a bad yield. */
@Coroutine
public interface BadYield {
  default Coro<Void> other(List<Object> events) {
    events.add("other runs");
    return Coro.done();
  }

  default Coro<String> yieldsNone(List<Object> events) {
    events.add("before the bare yield");
    await(Probes.awaitable(() -> ProbesSteps.INSTANCE.yieldOnce(null)));
    events.add("after the bare yield");
    return Coro.done("rescheduled");
  }

  default Coro<String> yields42(Trace t) {
    try {
      await(Probes.awaitable(() -> ProbesSteps.INSTANCE.yieldOnce(42)));
    } catch (RuntimeException e) {
      t.print("caught at the yield:", e.getMessage());
    }
    await(Probes.awaitable(() -> ProbesSteps.INSTANCE.yieldOnce(42)));
    return Coro.done("not reached");
  }

  default Coro<Void> main(Trace t) {
    List<Object> events = new ArrayList<>();
    Task<String> a = Aio.createTask(yieldsNone(events));
    Aio.createTask(other(events));
    t.print(await(a), events);
    Task<String> v = Aio.createTask(yields42(t));
    try {
      await(v);
    } catch (RuntimeException e) {
      t.print("task failed:", e.getMessage());
    }
    return Coro.done();
  }
}
