package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;
import java.util.concurrent.atomic.AtomicReference;

/** agen_014: state(), running and awaiting() over an asynchronous generator's life. */
@AsyncGenerator
@Coroutine
public interface AgenStates {
  /** {@code show(label, ag)}: the state, ag_running and the type of ag_await. */
  static void show(Trace t, String label, AsyncGen<?, ?, ?> ag) {
    Object aw = ag.awaiting();
    t.print(label, Py.agstate(ag), "| ag_running:", Py.running(ag), "| ag_await:", aw == null ? null : Py.typeName(aw));
  }

  default Coro<Void> pause() {
    await(Aio.sleep(0));
    return Coro.done();
  }

  default AsyncGen<Integer, Object, Void> gen(Trace t, AtomicReference<AsyncGen<Integer, Object, Void>> box) {
    show(t, "inside the body:", box.get());
    try {
      Yield.value(1);
      await(pause());
      Yield.value(2);
    } finally {
      show(t, "in its finally:", box.get());
    }
    return AsyncGen.done();
  }

  /** {@code make()}: a generator that can see itself (a plain method: one returning AsyncGen would be a body). */
  static AsyncGen<Integer, Object, Void> make(Trace t) {
    AtomicReference<AsyncGen<Integer, Object, Void>> box = new AtomicReference<>();
    box.set(AgenStatesSteps.INSTANCE.gen(t, box));
    return box.get();
  }

  default AsyncGen<Integer, Object, Void> fails() {
    Yield.value(1);
    throw new Py.ValueError("escaped");
  }

  default Coro<Void> main(Trace t) {
    AgenSupport s = AgenSupportSteps.INSTANCE;
    AsyncGen<Integer, Object, Void> ag = make(t);
    show(t, "created:", ag);
    await(s.acall(t, "__anext__()", ag.anext()));
    show(t, "at the yield:", ag);
    Task<Integer> task = Aio.createTask(ag.anext());
    await(Aio.sleep(0));
    show(t, "in an await of the body:", ag);
    await(s.acall(t, "the task", task));
    show(t, "at the next yield:", ag);
    await(s.acall(t, "__anext__()", ag.anext()));
    show(t, "ended:", ag);

    ag = make(t);
    await(s.acall(t, "aclose() before the start", ag.aclose()));
    show(t, "after aclose():", ag);

    ag = make(t);
    await(s.acall(t, "__anext__()", ag.anext()));
    await(s.acall(t, "aclose()", ag.aclose()));
    show(t, "after aclose():", ag);

    ag = fails();
    await(s.acall(t, "__anext__()", ag.anext()));
    await(s.acall(t, "__anext__()", ag.anext()));
    show(t, "after the exception:", ag);
    return Coro.done();
  }
}
