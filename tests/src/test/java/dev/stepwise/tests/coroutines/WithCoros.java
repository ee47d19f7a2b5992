package dev.stepwise.tests.coroutines;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/**
 * {@code async with} ({@code Async.with} in a try-with-resources), and for each body its
 * desugaring as {@link dev.stepwise.AsyncContextManager} specifies it (PEP 492): {@code enter()}
 * awaited before the block, {@code exit(e)} awaited on every way out with the exception leaving
 * the block or null, a true result suppressing it, an exception from exit replacing it.
 *
 * <p>The reference executor runs a body's original code, where {@code Async.with} cannot run
 * (Java closes a resource without telling it the exception in flight), so the differential test
 * runs the {@code ...Desugared} twin on the reference executor as the oracle of the
 * {@code Async.with} body's state machine.
 */
@Coroutine
public interface WithCoros {
  /** The block completes normally: enter, the body's awaits through the bound value, exit(null). */
  default Coro<String> asyncWithNormal(List<String> log) {
    String r;
    try (Managed.Conn c = Async.with(new Managed.Conn(log, "db", false))) {
      r = await(c.query("q1"));
      r += await(c.query("q2"));
      log.add("body done");
    }
    log.add("after with");
    await(Aio.sleep(0));
    return Coro.done(r);
  }

  /** The oracle of {@link #asyncWithNormal}. */
  default Coro<String> asyncWithNormalDesugared(List<String> log) {
    String r;
    Managed.Conn m = new Managed.Conn(log, "db", false);
    Managed.Conn c = await(m.enter());
    boolean raised = false;
    try {
      r = await(c.query("q1"));
      r += await(c.query("q2"));
      log.add("body done");
    } catch (Throwable e) {
      raised = true;
      if (!Boolean.TRUE.equals(await(m.exit(e)))) {
        throw e;
      }
      r = null;
    } finally {
      if (!raised) {
        await(m.exit(null));
      }
    }
    log.add("after with");
    await(Aio.sleep(0));
    return Coro.done(r);
  }

  /** The exit suppresses the block's exception; nested, an inner one that does not and an outer one that does. */
  @SuppressWarnings("try")
  default Coro<String> asyncWithSuppressed(List<String> log) {
    String r = "start";
    try (Managed.Conn c = Async.with(new Managed.Conn(log, "s", true))) {
      r += await(c.query("q"));
      if (r != null) {
        throw new IllegalArgumentException("suppressed by exit");
      }
      log.add("not reached");
    }
    log.add("after with: " + r);
    try (Managed.Conn outer = Async.with(new Managed.Conn(log, "outer", true))) {
      try (Managed.Conn inner = Async.with(new Managed.Conn(log, "inner", false))) {
        r += await(inner.query("x"));
        if (r != null) {
          throw new IllegalStateException("from the inner block");
        }
      }
      log.add("not reached either");
    }
    return Coro.done(r);
  }

  /** The oracle of {@link #asyncWithSuppressed}. */
  default Coro<String> asyncWithSuppressedDesugared(List<String> log) {
    String r = "start";
    Managed.Conn m = new Managed.Conn(log, "s", true);
    Managed.Conn c = await(m.enter());
    boolean raised = false;
    try {
      r += await(c.query("q"));
      if (r != null) {
        throw new IllegalArgumentException("suppressed by exit");
      }
      log.add("not reached");
    } catch (Throwable e) {
      raised = true;
      if (!Boolean.TRUE.equals(await(m.exit(e)))) {
        throw e;
      }
    } finally {
      if (!raised) {
        await(m.exit(null));
      }
    }
    log.add("after with: " + r);
    Managed.Conn mo = new Managed.Conn(log, "outer", true);
    await(mo.enter());
    boolean outerRaised = false;
    try {
      Managed.Conn mi = new Managed.Conn(log, "inner", false);
      Managed.Conn inner = await(mi.enter());
      boolean innerRaised = false;
      try {
        r += await(inner.query("x"));
        if (r != null) {
          throw new IllegalStateException("from the inner block");
        }
      } catch (Throwable e) {
        innerRaised = true;
        if (!Boolean.TRUE.equals(await(mi.exit(e)))) {
          throw e;
        }
      } finally {
        if (!innerRaised) {
          await(mi.exit(null));
        }
      }
      log.add("not reached either");
    } catch (Throwable e) {
      outerRaised = true;
      if (!Boolean.TRUE.equals(await(mo.exit(e)))) {
        throw e;
      }
    } finally {
      if (!outerRaised) {
        await(mo.exit(null));
      }
    }
    return Coro.done(r);
  }

  /** An exception the exit does not suppress; an exit that fails; continue, break and return out of the block. */
  default Coro<String> asyncWithPropagates(List<String> log) {
    String r = "";
    try {
      try (Managed.Conn c = Async.with(new Managed.Conn(log, "p", false))) {
        r += await(c.query("q"));
        if (!r.isEmpty()) {
          throw new IllegalArgumentException("not suppressed");
        }
      }
    } catch (IllegalArgumentException e) {
      r += " caught " + e.getMessage();
    }
    try {
      try (Managed.Conn c = Async.with(new Managed.Conn(log, "!bad", false))) {
        await(Aio.sleep(0));
        if (c != null) {
          throw new IllegalArgumentException("replaced");
        }
      }
    } catch (IllegalStateException e) {
      r += " | " + e.getMessage();
    }
    for (int i = 0; i < 3; i++) {
      try (Managed.Conn c = Async.with(new Managed.Conn(log, "loop" + i, false))) {
        if (i == 0) {
          continue;
        }
        if (i == 1) {
          r += await(c.query("b"));
          break;
        }
      }
      log.add("not reached");
    }
    try (Managed.Conn c = Async.with(new Managed.Conn(log, "ret", false))) {
      return Coro.done(r + " " + await(c.query("last")));
    }
  }

  /** The oracle of {@link #asyncWithPropagates}. */
  default Coro<String> asyncWithPropagatesDesugared(List<String> log) {
    String r = "";
    try {
      Managed.Conn m = new Managed.Conn(log, "p", false);
      Managed.Conn c = await(m.enter());
      boolean raised = false;
      try {
        r += await(c.query("q"));
        if (!r.isEmpty()) {
          throw new IllegalArgumentException("not suppressed");
        }
      } catch (Throwable e) {
        raised = true;
        if (!Boolean.TRUE.equals(await(m.exit(e)))) {
          throw e;
        }
      } finally {
        if (!raised) {
          await(m.exit(null));
        }
      }
    } catch (IllegalArgumentException e) {
      r += " caught " + e.getMessage();
    }
    try {
      Managed.Conn m = new Managed.Conn(log, "!bad", false);
      Managed.Conn c = await(m.enter());
      boolean raised = false;
      try {
        await(Aio.sleep(0));
        if (c != null) {
          throw new IllegalArgumentException("replaced");
        }
      } catch (Throwable e) {
        raised = true;
        if (!Boolean.TRUE.equals(await(m.exit(e)))) {
          throw e;
        }
      } finally {
        if (!raised) {
          await(m.exit(null));
        }
      }
    } catch (IllegalStateException e) {
      r += " | " + e.getMessage();
    }
    for (int i = 0; i < 3; i++) {
      Managed.Conn m = new Managed.Conn(log, "loop" + i, false);
      Managed.Conn c = await(m.enter());
      boolean raised = false;
      try {
        if (i == 0) {
          continue;
        }
        if (i == 1) {
          r += await(c.query("b"));
          break;
        }
      } catch (Throwable e) {
        raised = true;
        if (!Boolean.TRUE.equals(await(m.exit(e)))) {
          throw e;
        }
      } finally {
        if (!raised) {
          await(m.exit(null));
        }
      }
      log.add("not reached");
    }
    Managed.Conn m = new Managed.Conn(log, "ret", false);
    Managed.Conn c = await(m.enter());
    boolean raised = false;
    try {
      return Coro.done(r + " " + await(c.query("last")));
    } catch (Throwable e) {
      raised = true;
      if (!Boolean.TRUE.equals(await(m.exit(e)))) {
        throw e;
      }
    } finally {
      if (!raised) {
        await(m.exit(null));
      }
    }
    return Coro.done(null);
  }
}
