package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.AsyncContextManager;
import dev.stepwise.AsyncGen;
import dev.stepwise.Awaitable;
import dev.stepwise.Coro;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;

/**
 * agen_015: leaving async for does not close the generator; {@code contextlib.aclosing} does. Stepwise
 * has no aclosing, and an {@link AsyncGen} is not {@link AutoCloseable}, so
 * {@code Async.with} cannot bind the generator itself: {@link Aclosing} binds a holder of it.
 */
@AsyncGenerator
@Coroutine
public interface BreakNoClose {
  /** {@code contextlib.aclosing(ag)}: enter gives {@code ag} (in this holder), exit awaits {@code ag.aclose()}. */
  final class Aclosing implements AsyncContextManager<Aclosing>, AutoCloseable {
    final AsyncGen<Integer, Object, Void> ag;

    Aclosing(AsyncGen<Integer, Object, Void> ag) {
      this.ag = ag;
    }

    @Override
    public Awaitable<Aclosing> enter() {
      return BreakNoCloseSteps.INSTANCE.aclosingEnter(this);
    }

    @Override
    public Awaitable<Boolean> exit(Throwable pending) {
      return BreakNoCloseSteps.INSTANCE.aclosingExit(ag);
    }

    @Override
    public void close() {
      throw new AssertionError("Async.with does not close");
    }
  }

  /** {@code aclosing.__aenter__}. */
  default Coro<Aclosing> aclosingEnter(Aclosing c) {
    return Coro.done(c);
  }

  /** {@code aclosing.__aexit__}: {@code await thing.aclose()}. */
  default Coro<Boolean> aclosingExit(AsyncGen<?, ?, ?> ag) {
    await(ag.aclose());
    return Coro.done(false);
  }

  default AsyncGen<Integer, Object, Void> gen(Trace t, String name) {
    try {
      for (int i = 0; i < 5; i++) {
        Yield.value(i);
      }
    } finally {
      await(Aio.sleep(0));
      t.print(name, "finally");
    }
    return AsyncGen.done();
  }

  @SuppressWarnings("try")
  default Coro<Void> main(Trace t) {
    AsyncGen<Integer, Object, Void> ag = gen(t, "plain");
    for (Integer x : Async.iter(ag)) {
      if (x == 1) {
        break;
      }
    }
    t.print("after break:", Py.agstate(ag));
    for (Integer x : Async.iter(ag)) {
      t.print("iterated further:", x);
      break;
    }
    try {
      for (Integer x : Async.iter(ag)) {
        throw new Py.ValueError("in the loop body");
      }
    } catch (Py.ValueError e) {
      t.print("after an exception in the loop:", Py.agstate(ag));
    }
    await(ag.aclose());
    t.print("after aclose():", Py.agstate(ag));

    try (Aclosing c = Async.with(new Aclosing(gen(t, "aclosing")))) {
      ag = c.ag;
      for (Integer x : Async.iter(ag)) {
        if (x == 1) {
          break;
        }
      }
      t.print("in the block after break:", Py.agstate(ag));
    }
    t.print("after the block:", Py.agstate(ag));

    try {
      try (Aclosing c = Async.with(new Aclosing(gen(t, "aclosing, raising")))) {
        ag = c.ag;
        for (Integer x : Async.iter(ag)) {
          throw new Py.ValueError("in the loop body");
        }
      }
    } catch (Py.ValueError e) {
      t.print("the ValueError passed through:", e.getMessage(), "|", Py.agstate(ag));
    }

    try (Aclosing c = Async.with(new Aclosing(gen(t, "aclosing, exhausted")))) {
      ag = c.ag;
      for (Integer x : Async.iter(ag)) {
        continue;
      }
      t.print("exhausted in the block:", Py.agstate(ag));
    }
    t.print("after the block:", Py.agstate(ag));
    return Coro.done();
  }
}
