package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.annotations.Coroutine;

/** coro_005: await of values that are not awaitable, and of awaitables whose __await__ is a generator. */
@Coroutine
public interface NonAwaitable {
  default Coro<Void> main(Trace t) {
    String[] labels = {"42", "'text'", "None", "a plain generator"};
    Object[] values = {42, "text", null, ProbesSteps.INSTANCE.plain()};
    for (int i = 0; i < labels.length; i++) {
      try {
        await(values[i]);
      } catch (IllegalArgumentException e) {
        t.print("await", labels[i], "->", Py.name(e) + ":", e.getMessage());
      }
    }
    t.print("await Custom() ->", await(Probes.awaitable(() -> ProbesSteps.INSTANCE.bareThenReturn("custom result"))));
    t.print("await a types.coroutine generator ->",
        await(Probes.awaitable(() -> ProbesSteps.INSTANCE.bareThenReturn("generator result"))));
    return Coro.done();
  }
}
