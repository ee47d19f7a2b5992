package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;
import java.util.concurrent.atomic.AtomicReference;

/** coro_010: a coroutine awaited by a second awaiter while suspended, and one awaiting itself. */
@Coroutine
public interface AwaitedAlready {
  default Coro<Object> inner(Trace t) {
    Object r = await(Probes.awaitable(() -> ProbesSteps.INSTANCE.probe(t, "inner")));
    return Coro.done(r);
  }

  default Coro<Object> first(Coro<Object> c) {
    Object r = await(c);
    return Coro.done(r);
  }

  default Coro<Object> second(Trace t, Coro<Object> c) {
    t.print("second awaits the same coroutine");
    Object r = await(c);
    return Coro.done(r);
  }

  default Coro<Object> selfish(Trace t, AtomicReference<Coro<Object>> box) {
    t.print("selfish awaits itself");
    Object r = await(box.get());
    return Coro.done(r);
  }

  default Coro<String> sleeper() {
    await(Aio.sleep(0));
    return Coro.done("slept");
  }

  default Coro<Void> awaiter(Trace t, String label, Coro<String> c) {
    try {
      String r = await(c);
      t.print(label, "got", r);
    } catch (RuntimeException e) {
      t.print(label, "failed:", Py.exc(e));
    }
    return Coro.done();
  }

  default Coro<Void> main(Trace t) {
    Coro<String> c = sleeper();
    Task<Void> t1 = Aio.createTask(awaiter(t, "task 1", c));
    Task<Void> t2 = Aio.createTask(awaiter(t, "task 2", c));
    await(Aio.gather(t1, t2));
    return Coro.done();
  }
}
