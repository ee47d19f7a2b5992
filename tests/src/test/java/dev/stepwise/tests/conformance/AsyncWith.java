package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.AsyncContextManager;
import dev.stepwise.Awaitable;
import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;

/**
 * coro_011: {@code async with} ({@code Async.with}) awaits enter() before the block and
 * exit(e) on the way out; true from exit suppresses the exception. The Python program leaves out
 * the protocol TypeErrors (a manager without {@code __aenter__}/{@code __aexit__}, an
 * {@code __aexit__} returning a non-awaitable): in Java they are compile errors
 * ({@code Async.with} takes an {@link AsyncContextManager}, exit returns an {@link Awaitable}).
 * The body runs only on the state machines: the reference executor does not support
 * {@code Async.with}.
 */
@Coroutine
public interface AsyncWith {
  default Coro<Manager> enter(Trace t, Manager m) {
    t.print(m.name, "__aenter__ starts");
    await(Aio.sleep(0));
    t.print(m.name, "__aenter__ returns");
    return Coro.done(m);
  }

  default Coro<Boolean> exit(Trace t, Manager m, Throwable e) {
    t.print(m.name, "__aexit__ with", e != null ? Py.exc(e) : null);
    await(Aio.sleep(0));
    return Coro.done(m.suppress);
  }

  default Coro<Void> main(Trace t) {
    try (Manager m = Async.with(new Manager(t, "a", false))) {
      t.print("block of", m.name);
    }
    t.print("after a");
    try {
      try (Manager m = Async.with(new Manager(t, "b", false))) {
        t.print("block of", m.name);
        throw new Py.ValueError("boom");
      }
    } catch (Py.ValueError e) {
      t.print("propagated:", Py.exc(e));
    }
    try (Manager m = Async.with(new Manager(t, "c", true))) {
      t.print("block of", m.name);
      if (m.name != null) {
        throw new Py.ValueError("swallowed");
      }
    }
    t.print("after c: suppressed");
    try (Manager outer = Async.with(new Manager(t, "d", false))) {
      try (Manager inner = Async.with(new Manager(t, "e", true))) {
        t.print("block of", outer.name, inner.name);
        if (inner.name != null) {
          throw new Py.KeyError("'k'");
        }
      }
      t.print("after e, inside d");
    }
    t.print("done");
    return Coro.done();
  }

  /** Python's {@code Manager}: its {@code __aenter__} and {@code __aexit__} are the coroutines above. */
  final class Manager implements AsyncContextManager<Manager>, AutoCloseable {
    final Trace t;
    final String name;
    final boolean suppress;

    Manager(Trace t, String name, boolean suppress) {
      this.t = t;
      this.name = name;
      this.suppress = suppress;
    }

    @Override
    public Awaitable<Manager> enter() {
      return AsyncWithSteps.INSTANCE.enter(t, this);
    }

    @Override
    public Awaitable<Boolean> exit(Throwable pending) {
      return AsyncWithSteps.INSTANCE.exit(t, this, pending);
    }

    @Override
    public void close() {
      throw new AssertionError("Async.with does not close");
    }
  }
}
