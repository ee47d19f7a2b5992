package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.annotations.Coroutine;
import java.util.concurrent.atomic.AtomicReference;

/** coro_009: a chain outer -> middle -> inner -> generator whose awaiting() links can be walked. */
@Coroutine
public interface Chain {
  default Coro<Object> inner(Trace t) {
    Object r = await(Probes.awaitable(() -> ProbesSteps.INSTANCE.probe(t, "deep")));
    return Coro.done(r);
  }

  default Coro<Object> middle(Trace t) {
    Object r = await(inner(t));
    return Coro.done(r);
  }

  default Coro<Object> outer(Trace t, AtomicReference<Coro<Object>> box) {
    Coro<Object> me = box.get();
    t.print("outer running: cr_await is None:", me.awaiting() == null);
    Object r = await(middle(t));
    t.print("outer resumed: cr_await is None:", me.awaiting() == null);
    return Coro.done(r);
  }
}
