package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.annotations.Coroutine;
import java.util.concurrent.atomic.AtomicReference;

/** coro_008: send/throw/close on a coroutine in each state, and what state()/awaiting() show. */
@Coroutine
public interface States {
  default Coro<Object> body(Trace t) {
    t.print("body started");
    Object r;
    try {
      r = await(Probes.awaitable(() -> ProbesSteps.INSTANCE.probe(t, "first")));
      t.print("body got", r);
    } catch (Py.ValueError e) {
      t.print("body caught", Py.exc(e));
      r = await(Probes.awaitable(() -> ProbesSteps.INSTANCE.probe(t, "after the throw")));
    } finally {
      t.print("body finally");
    }
    return Coro.done(r);
  }

  default Coro<String> introspect(Trace t, AtomicReference<Coro<String>> box) {
    Coro<String> c = box.get();
    t.print("while running:", Py.state(c), "| cr_running:", Py.running(c),
        "| cr_suspended:", Py.suspended(c), "| cr_await:", c.awaiting());
    return Coro.done("introspected");
  }
}
