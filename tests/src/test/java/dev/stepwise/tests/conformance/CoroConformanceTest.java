package dev.stepwise.tests.conformance;

import static dev.stepwise.tests.conformance.Twins.check;
import static dev.stepwise.tests.conformance.Twins.run;

import dev.stepwise.Coro;
import dev.stepwise.Gen;
import dev.stepwise.GenState;
import dev.stepwise.internal.NeverAwaited;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The P0 {@code coro_} cases of PYTHON-SEMANTICS.md section 3 and the P1 cases 008, 009, 010,
 * 011 and 014: each test is the Java twin of
 * {@code src/test/resources/python/<case>.py}, written as a real {@code @Coroutine} interface of
 * this package, and must print CPython's trace, checked in as {@code <case>.out}, on the generated
 * state machines and on the reference executor alike ({@code coro_011}, whose body uses
 * {@code Async.with}, on the state machines only: the reference executor does not support it).
 *
 * <p>{@code coro_006_syntax_errors} has no twin here: Python's compile-time SyntaxErrors for
 * {@code await}/{@code yield} in the wrong kind of function are, in Stepwise, javac errors reported
 * by the processor at the offending node ("'await' outside coroutine", "'yield' inside
 * coroutine", a step keyword in a lambda, a plain method or a {@code synchronized} block). The
 * processor's {@code KindWallDiagnosticsTest} and {@code PlacementDiagnosticsTest} compile such
 * sources and assert each message with its line and column; repeating them here would need a
 * compiler inside this module's tests for no extra coverage.
 *
 * <p>{@code coro_002}'s wall is static in Java too: a {@code Coro} is neither an {@code Iterable}
 * nor an {@code Iterator}, so {@code for (x : coro)}, {@code coro.next()} and
 * {@code Yield.from(coro)} do not compile. The twin checks those type facts and prints Python's
 * messages for them.
 *
 * <p>{@code Coro.awaiting()} is the object awaited, as Python's {@code cr_await} is the object the
 * await delegates to; for the twins' stand-in of a {@code @types.coroutine} generator
 * ({@link Probes#awaitable}) that is the stand-in, printed as Python's "generator".
 */
class CoroConformanceTest {

  @Test
  void coro_001_manual_driving() throws Exception {
    check("coro_001_manual_driving", t -> {
      ManualDrivingSteps s = ManualDrivingSteps.INSTANCE;
      Coro<Integer> c = s.outer(t);
      t.print("created:", Py.state(c));
      t.call("send(None)", () -> c.send(null));
      t.print("after the first send:", Py.state(c));
      t.call("send(10)", () -> c.send(10));
      t.call("send(5)", () -> c.send(5));
      t.print("finished:", Py.state(c));

      Coro<Integer> d = s.outer(t);
      t.call("send(None)", () -> d.send(null));
      t.call("throw(ValueError)", () -> d.throwInto(new Py.ValueError("thrown in")));
      t.print("after the throw:", Py.state(d));

      Coro<Integer> e = s.outer(t);
      t.call("send(None)", () -> e.send(null));
      t.call("close()", () -> {
        e.close();
        return null;
      });
      t.print("after close:", Py.state(e));
    });
  }

  /** Python's {@code iter(o)}, over Java's types: only an Iterable has an iterator. */
  private static Object iter(Object o) {
    if (o instanceof Iterable) {
      return ((Iterable<?>) o).iterator();
    }
    throw new Py.TypeError("'" + typeName(o) + "' object is not iterable");
  }

  /** Python's {@code next(o)}, over Java's types: only an Iterator has a next element. */
  private static Object next(Object o) {
    if (o instanceof Iterator) {
      return ((Iterator<?>) o).next();
    }
    throw new Py.TypeError("'" + typeName(o) + "' object is not an iterator");
  }

  /** What {@code Yield.from} accepts: a Gen, an Iterator or an Iterable (its overloads). */
  private static Object yieldFrom(Object o) {
    if (o instanceof Gen || o instanceof Iterator || o instanceof Iterable) {
      return o;
    }
    throw new Py.TypeError("cannot 'yield from' a " + typeName(o) + " object in a non-coroutine generator");
  }

  private static String typeName(Object o) {
    return o instanceof Coro ? "coroutine" : o.getClass().getSimpleName();
  }

  @Test
  void coro_002_not_iterable() throws Exception {
    check("coro_002_not_iterable", t -> {
      Coro<Integer> c = NotIterableSteps.INSTANCE.work();
      t.call("iter(coro)", () -> iter(c));
      t.call("next(coro)", () -> next(c));
      t.call("list(coro)", () -> iter(c));
      t.call("yield from coro in a generator", () -> yieldFrom(c));
      c.close();
      if (c.state() == GenState.CLOSED && NeverAwaited.isTaken(c)) {
        t.print("closed without a warning");
      }
    });
  }

  @Test
  void coro_003_never_awaited_warning() throws Exception {
    check("coro_003_never_awaited_warning", t -> {
      List<String> reports = new ArrayList<>();
      List<Coro<?>> left = new ArrayList<>();
      run(NeverAwaitedSteps.INSTANCE.main(t, reports, left));
      left.forEach(Coro::close);
      reports.forEach(t::print);
    });
  }

  @Test
  void coro_004_reuse_awaited() throws Exception {
    check("coro_004_reuse_awaited", t -> run(ReuseSteps.INSTANCE.main(t)));
  }

  @Test
  void coro_005_await_non_awaitable() throws Exception {
    check("coro_005_await_non_awaitable", t -> run(NonAwaitableSteps.INSTANCE.main(t)));
  }

  @Test
  void coro_007_stopiteration_in_coroutine() throws Exception {
    check("coro_007_stopiteration_in_coroutine", t -> run(StopIterationInCoroutineSteps.INSTANCE.main(t)));
  }

  @Test
  void coro_013_types_coroutine_bare_yield() throws Exception {
    check("coro_013_types_coroutine_bare_yield", t -> {
      Coro<Integer> c = BareYieldSteps.INSTANCE.outer(t);
      t.call("send(None)", () -> c.send(null));
      t.call("send('x')", () -> c.send("x"));
      t.call("send('y')", () -> c.send("y"));
      run(BareYieldSteps.INSTANCE.main(t));
    });
  }

  private static void show(Trace t, String label, Coro<?> c) {
    t.print(label, Py.state(c), "| cr_running:", Py.running(c), "| cr_suspended:", Py.suspended(c),
        "| cr_await:", Py.awaitingType(c));
  }

  @Test
  void coro_008_send_throw_close_states() throws Exception {
    check("coro_008_send_throw_close_states", t -> {
      StatesSteps s = StatesSteps.INSTANCE;
      Coro<Object> c = s.body(t);
      show(t, "created:", c);
      t.call("send(1) to the just-started coroutine", () -> c.send(1));
      show(t, "after the refused send:", c);
      t.call("send(None)", () -> c.send(null));
      show(t, "suspended:", c);
      t.call("throw(ValueError)", () -> c.throwInto(new Py.ValueError("thrown in")));
      show(t, "after the caught throw:", c);
      t.call("close()", () -> {
        c.close();
        return null;
      });
      show(t, "after close():", c);
      t.call("send(None) after close()", () -> c.send(null));

      Coro<Object> d = s.body(t);
      t.call("send(None)", () -> d.send(null));
      t.call("throw(RuntimeError), not caught", () -> d.throwInto(new RuntimeException("uncaught")));
      show(t, "after the uncaught throw:", d);

      Coro<Object> e = s.body(t);
      t.call("send(None)", () -> e.send(null));
      t.call("send(5)", () -> e.send(5));
      show(t, "after it returned:", e);

      AtomicReference<Coro<String>> box = new AtomicReference<>();
      Coro<String> me = s.introspect(t, box);
      box.set(me);
      t.call("send(None) to the introspecting coroutine", () -> me.send(null));
      show(t, "after it returned:", me);
    });
  }

  /** Walks the awaiting() links from {@code c} down to the innermost awaitable. */
  private static void walk(Trace t, Object c) {
    Object x = c;
    while (x != null) {
      if (x instanceof Coro) {
        Coro<?> k = (Coro<?>) x;
        t.print("  coroutine", k.name(), Py.state(k));
        x = k.awaiting();
      } else {
        t.print("  innermost:", x instanceof Gen || x instanceof Probes.TypesCoroutine
            ? "generator" : x.getClass().getSimpleName());
        x = null;
      }
    }
  }

  @Test
  void coro_009_cr_await_chain() throws Exception {
    check("coro_009_cr_await_chain", t -> {
      AtomicReference<Coro<Object>> box = new AtomicReference<>();
      Coro<Object> c = ChainSteps.INSTANCE.outer(t, box);
      box.set(c);
      t.print("created: cr_await is None:", c.awaiting() == null);
      t.call("send(None)", () -> c.send(null));
      t.print("the chain while suspended:");
      walk(t, c);
      Coro<?> middle = (Coro<?>) c.awaiting();
      Coro<?> inner = (Coro<?>) middle.awaiting();
      t.call("send(7)", () -> c.send(7));
      t.print("after it finished:", Py.state(c), Py.state(middle), Py.state(inner),
          "| cr_await:", c.awaiting(), middle.awaiting(), inner.awaiting());
    });
  }

  @Test
  void coro_010_being_awaited_already() throws Exception {
    check("coro_010_being_awaited_already", t -> {
      AwaitedAlreadySteps s = AwaitedAlreadySteps.INSTANCE;
      Coro<Object> c = s.inner(t);
      Coro<Object> a = s.first(c);
      t.call("a.send(None)", () -> a.send(null));
      Coro<Object> b = s.second(t, c);
      t.call("b.send(None)", () -> b.send(null));
      t.print("states: a", Py.state(a), "| b", Py.state(b), "| c", Py.state(c));
      t.call("a.send(3)", () -> a.send(3));
      t.print("states: a", Py.state(a), "| c", Py.state(c));

      AtomicReference<Coro<Object>> box = new AtomicReference<>();
      Coro<Object> me = s.selfish(t, box);
      box.set(me);
      t.call("me.send(None)", () -> me.send(null));
      t.print("me:", Py.state(me));

      run(s.main(t));
    });
  }

  @Test
  void coro_014_close_and_throw_unstarted() throws Exception {
    check("coro_014_close_and_throw_unstarted", t -> {
      UnstartedSteps s = UnstartedSteps.INSTANCE;
      Coro<Integer> c = s.body(t);
      t.call("throw(ValueError) into the unstarted coroutine", () -> c.throwInto(new Py.ValueError("early")));
      t.print("after the throw:", Py.state(c));
      t.call("send(None) afterwards", () -> c.send(null));
      run(s.main(t, c));

      Coro<Integer> d = s.body(t);
      t.call("close() of an unstarted coroutine", () -> {
        d.close();
        return null;
      });
      t.print("after close():", Py.state(d));
      t.call("send(None) afterwards", () -> d.send(null));

      AtomicReference<Coro<String>> box = new AtomicReference<>();
      Coro<String> me = s.closer(t, box);
      box.set(me);
      t.call("send(None) to a coroutine that closes itself", () -> me.send(null));
      t.print("after it:", Py.state(me));
    });
  }

  @Test
  void coro_011_async_with_protocol() throws Exception {
    Twins.checkStateMachines("coro_011_async_with_protocol", t -> run(AsyncWithSteps.INSTANCE.main(t)));
  }
}
