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
import org.junit.jupiter.api.Test;

/**
 * The P0 {@code coro_} cases of PYTHON-SEMANTICS.md section 3: each test is the Java twin of
 * {@code src/test/resources/python/<case>.py}, written as a real {@code @Coroutine} interface of
 * this package, and must print CPython's trace, checked in as {@code <case>.out}, on the generated
 * state machines and on the reference executor alike.
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
}
