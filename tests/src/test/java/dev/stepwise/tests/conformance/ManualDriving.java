package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.annotations.Coroutine;

/** coro_001: a two-frame chain driven by hand; the innermost awaitable yields labels and receives what is sent. */
@Coroutine
public interface ManualDriving {
  default Coro<Integer> inner(Trace t, int x) {
    t.print("inner started with", x);
    int a = await(Probes.awaitable(() -> ProbesSteps.INSTANCE.probe(t, "first")));
    int b = await(Probes.awaitable(() -> ProbesSteps.INSTANCE.probe(t, "second")));
    t.print("inner returns", a + b);
    return Coro.done(a + b);
  }

  default Coro<Integer> outer(Trace t) {
    t.print("outer started");
    int r = await(inner(t, 1));
    t.print("outer got", r);
    return Coro.done(r * 2);
  }
}
