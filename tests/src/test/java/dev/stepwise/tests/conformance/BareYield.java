package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.annotations.Coroutine;
import java.util.Arrays;
import java.util.List;

/** coro_013: awaits of a generator's bare yield hand null to the driver and receive what it sends. */
@Coroutine
public interface BareYield {
  default Coro<List<Object>> middle(Trace t) {
    Object a = await(Probes.awaitable(() -> ProbesSteps.INSTANCE.bare(t, "first")));
    Object b = await(Probes.awaitable(() -> ProbesSteps.INSTANCE.bare(t, "second")));
    return Coro.done(Arrays.asList(a, b));
  }

  default Coro<Integer> outer(Trace t) {
    List<Object> r = await(middle(t));
    t.print("outer got", r);
    return Coro.done(r.size());
  }

  default Coro<Void> main(Trace t) {
    t.print("under a task:", await(middle(t)));
    return Coro.done();
  }
}
