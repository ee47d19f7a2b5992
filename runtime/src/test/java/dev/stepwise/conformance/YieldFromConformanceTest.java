package dev.stepwise.conformance;

import dev.stepwise.Gen;
import dev.stepwise.GenState;
import dev.stepwise.GeneratorExit;
import dev.stepwise.StopIteration;
import dev.stepwise.Yield;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The {@code yf_} cases of PYTHON-SEMANTICS.md (PEP 380, {@code yield from}): each test is the
 * Java twin of {@code src/test/resources/python/<case>.py} and must print the same trace as
 * CPython, checked in as {@code <case>.out}. Bodies are plain Java lambdas run by the reference
 * executor; {@code Yield.from} is driven by {@link dev.stepwise.internal.GenFrame} and its
 * {@code Delegation}, the same code that drives the processor's state machines.
 *
 * <p>Every P0 and P1 case is here; {@code yf_012_nested_close_order} (P2) is not: it is triggered
 * by CPython's refcounting on {@code del}. Python-only parts, and how Java plays Python's objects:
 *
 * <ul>
 *   <li>{@code yf_005}: the AttributeError message names the iterator's class
 *       ({@code 'list_iterator'} vs a Java class name), so the trace checks the error's class and
 *       the end of its message; Java's error is {@link UnsupportedOperationException}.
 *   <li>{@code yf_006}: an iterator "with close()" is an {@link Iterator} that is also
 *       {@link AutoCloseable}.
 *   <li>{@code yf_007}: {@code StopIteration(1, 2)} giving its first argument has no counterpart;
 *       Java's StopIteration carries one value.
 *   <li>{@code yf_011}: Python's subiterator with {@code __next__} and {@code send} is a
 *       {@link Gen} implemented by hand, which Delegation drives through its public methods.
 * </ul>
 */
class YieldFromConformanceTest {

  private static Gen<Object, Object, Object> returnsAtOnce(Object v) {
    return Py.gen("returns_at_once", () -> Gen.done(v));
  }

  @Test
  void yf_001_delegation_and_return() {
    Trace t = new Trace();
    Gen<Object, Object, Object> inner = Py.gen("inner", () -> {
      t.print("inner starts");
      Object a = Yield.value(1);
      t.print("inner got", a);
      Yield.value(2);
      return Gen.done("inner result");
    });
    Gen<Object, Object, Object> g = Py.gen("outer", () -> {
      t.print("outer starts");
      Object r = Yield.from(inner);
      t.print("yield from inner ->", r);
      r = Yield.from(List.of());
      t.print("yield from [] ->", r);
      Gen<Object, Object, Object> exhausted = returnsAtOnce(5);
      for (Object unused : exhausted) {
        throw new AssertionError("yields nothing");
      }
      r = Yield.from(exhausted);
      t.print("yield from exhausted ->", r);
      r = Yield.from(returnsAtOnce(7));
      t.print("yield from returns_at_once ->", r);
      Yield.value(3);
      return Gen.done("outer result");
    });
    t.print("created");
    t.call("next", g::next);
    t.call("send('a')", () -> g.send("a"));
    t.call("next", g::next);
    t.call("next", g::next);
    t.assertMatches("yf_001_delegation_and_return");
  }

  @Test
  void yf_002_send_forwarding() {
    Trace t = new Trace();
    Gen<Object, Object, Object> inner = Py.gen("inner", () -> {
      while (true) {
        Object x = Yield.value("inner waiting");
        t.print("inner got", x);
        if ("stop".equals(x)) {
          return Gen.done("inner done");
        }
      }
    });
    Gen<Object, Object, Object> g = Py.gen("outer", () -> {
      Object r = Yield.from(inner);
      t.print("outer got", r);
      Object y = Yield.value("outer waiting");
      t.print("outer y", y);
      return Gen.done();
    });
    t.call("next", g::next);
    t.call("send('a')", () -> g.send("a"));
    t.call("send('b')", () -> g.send("b"));
    t.call("send('stop')", () -> g.send("stop"));
    t.call("send('z')", () -> g.send("z"));
    t.assertMatches("yf_002_send_forwarding");
  }

  @Test
  void yf_003_throw_forwarding() {
    Trace t = new Trace();
    Function<Gen<Object, Object, Object>, Gen<Object, Object, Object>> delegator =
        sub -> Py.gen("delegator", () -> {
          try {
            Object r = Yield.from(sub);
            t.print("delegator got", r);
            Yield.value("delegator continues");
          } catch (Py.ValueError e) {
            t.print("delegator caught", Py.exc(e));
            Yield.value("delegator handled");
          }
          return Gen.done();
        });
    Gen<Object, Object, Object> handlesAndYields = Py.gen("handles_and_yields", () -> {
      try {
        Yield.value("sub waiting");
      } catch (Py.ValueError e) {
        t.print("sub caught", Py.exc(e));
        Yield.value("sub after catch");
      }
      return Gen.done("r1");
    });
    Gen<Object, Object, Object> handlesAndReturns = Py.gen("handles_and_returns", () -> {
      try {
        Yield.value("sub waiting");
      } catch (Py.ValueError e) {
        t.print("sub caught", Py.exc(e));
        return Gen.done("returned from handler");
      }
      return Gen.done();
    });
    Gen<Object, Object, Object> propagates = Py.gen("propagates", () -> {
      try {
        Yield.value("sub waiting");
      } finally {
        t.print("sub finally");
      }
      return Gen.done();
    });
    for (Gen<Object, Object, Object> sub : List.of(handlesAndYields, handlesAndReturns, propagates)) {
      t.print("--", sub.name());
      Gen<Object, Object, Object> g = delegator.apply(sub);
      t.call("next", g::next);
      t.call("throw", () -> g.throwInto(new Py.ValueError("boom")));
      t.call("next", g::next);
      t.call("next", g::next);
    }
    t.assertMatches("yf_003_throw_forwarding");
  }

  @Test
  void yf_004_close_forwarding() {
    Trace t = new Trace();
    Gen<Object, Object, Object> i = Py.gen("inner", () -> {
      try {
        Yield.value(1);
      } finally {
        t.print("inner finally");
      }
      return Gen.done();
    });
    Gen<Object, Object, Object> m = Py.gen("middle", () -> {
      try {
        Yield.from(i);
      } finally {
        t.print("middle finally");
      }
      return Gen.done();
    });
    Gen<Object, Object, Object> o = Py.gen("outer", () -> {
      try {
        Yield.from(m);
      } catch (GeneratorExit e) {
        t.print("outer got GeneratorExit");
        throw e;
      } finally {
        t.print("outer finally");
      }
      return Gen.done();
    });
    t.call("next", o::next);
    t.call("close", () -> Py.close(o));
    t.print("states:", Py.state(o), Py.state(m), Py.state(i));

    Gen<Object, Object, Object> b = Py.gen("bad_inner", () -> {
      try {
        Yield.value(1);
      } finally {
        t.print("bad_inner cleanup raising");
        throw new Py.ValueError("inner cleanup failed");
      }
    });
    Gen<Object, Object, Object> o2 = Py.gen("outer2", () -> {
      try {
        Yield.from(b);
      } catch (GeneratorExit e) {
        t.print("outer2 got GeneratorExit");
        throw e;
      } catch (Py.ValueError e) {
        t.print("outer2 got", Py.exc(e));
        throw e;
      }
      return Gen.done();
    });
    t.call("next", o2::next);
    t.call("close", () -> Py.close(o2));
    t.print("states:", Py.state(o2), Py.state(b));
    t.assertMatches("yf_004_close_forwarding");
  }

  private static Gen<Object, Object, Object> overList(Trace t) {
    return Py.gen("delegator", () -> {
      try {
        Object r = Yield.from(List.of(1, 2, 3).iterator());
        t.print("result", r);
      } catch (UnsupportedOperationException e) {
        t.print("delegator sees", Py.name(e), "| no attribute 'send':",
            e.getMessage().endsWith("object has no attribute 'send'"));
        throw e;
      } finally {
        t.print("delegator finally");
      }
      return Gen.done();
    });
  }

  @Test
  void yf_005_plain_iterator_subiterator() {
    Trace t = new Trace();
    Gen<Object, Object, Object> g = overList(t);
    t.call("next", g::next);
    t.call("send(None)", () -> g.send(null));
    try {
      g.send("x");
    } catch (UnsupportedOperationException e) {
      t.print("send('x') ->", Py.name(e));
    }
    t.print("state:", Py.state(g));
    t.call("next", g::next);
    t.print("drained:", Py.list(overList(t)));
    t.assertMatches("yf_005_plain_iterator_subiterator");
  }

  /** Python's {@code Counter}: an endless iterator with a close() and no throw(). */
  private static final class Counter implements Iterator<Integer>, AutoCloseable {
    private final Trace t;
    private int i;

    Counter(Trace t) {
      this.t = t;
    }

    @Override
    public boolean hasNext() {
      return true;
    }

    @Override
    public Integer next() {
      return ++i;
    }

    @Override
    public void close() {
      t.print("Counter.close called");
    }
  }

  private static Gen<Object, Object, Object> overCounter(Trace t) {
    return Py.gen("delegator", () -> {
      try {
        Yield.from(new Counter(t));
      } catch (Py.ValueError e) {
        t.print("delegator caught", Py.exc(e));
        Yield.value("handled");
      } catch (GeneratorExit e) {
        t.print("delegator got GeneratorExit");
        throw e;
      }
      return Gen.done();
    });
  }

  @Test
  void yf_006_throw_close_non_generator() {
    Trace t = new Trace();
    Gen<Object, Object, Object> g = overCounter(t);
    t.call("next", g::next);
    t.call("next", g::next);
    t.call("throw", () -> g.throwInto(new Py.ValueError("boom")));
    t.call("next", g::next);

    Gen<Object, Object, Object> h = overCounter(t);
    t.call("next", h::next);
    t.call("close", () -> Py.close(h));
    t.print("state:", Py.state(h));
    t.assertMatches("yf_006_throw_close_non_generator");
  }

  /** Python's {@code Ends}: yields 1 and 2, then throws {@code StopIteration(value)}. */
  private static final class Ends implements Iterator<Integer> {
    private final StopIteration end;
    private int n;

    Ends(StopIteration end) {
      this.end = end;
    }

    @Override
    public boolean hasNext() {
      return true;
    }

    @Override
    public Integer next() {
      if (n < 2) {
        return ++n;
      }
      throw end;
    }
  }

  @Test
  void yf_007_stopiteration_value_custom() {
    Trace t = new Trace();
    Gen<Object, Object, Object> g = Py.gen("delegator", () -> {
      Object r = Yield.from(new Ends(new StopIteration(42)));
      t.print("with value ->", r);
      r = Yield.from(new Ends(new StopIteration()));
      t.print("without value ->", r);
      r = Yield.from(new Ends(new StopIteration("text")));
      t.print("with text ->", r);
      return Gen.done();
    });
    t.print("yielded:", Py.list(g));
    t.assertMatches("yf_007_stopiteration_value_custom");
  }

  @Test
  void yf_008_throw_generatorexit() {
    Trace t = new Trace();
    Gen<Object, Object, Object> returns = Py.gen("returns", () -> {
      try {
        Yield.value(1);
      } catch (GeneratorExit e) {
        t.print("sub caught GeneratorExit, returning");
        return Gen.done("dropped");
      }
      return Gen.done();
    });
    Gen<Object, Object, Object> yields = Py.gen("yields", () -> {
      try {
        Yield.value(1);
      } catch (GeneratorExit e) {
        t.print("sub caught GeneratorExit, yielding");
        Yield.value(2);
      }
      return Gen.done();
    });
    Gen<Object, Object, Object> raises = Py.gen("raises", () -> {
      try {
        Yield.value(1);
      } catch (GeneratorExit e) {
        t.print("sub raising ValueError");
        throw new Py.ValueError("from sub");
      }
      return Gen.done();
    });
    for (Gen<Object, Object, Object> sub : List.of(returns, yields, raises)) {
      t.print("--", sub.name());
      Gen<Object, Object, Object> g = Py.gen("delegator", () -> {
        try {
          Object r = Yield.from(sub);
          t.print("delegator got", r);
        } catch (Throwable e) {
          t.print("delegator sees", Py.exc(e));
          throw e;
        }
        return Gen.done();
      });
      t.call("next", g::next);
      t.call("throw(GeneratorExit)", () -> g.throwInto(new GeneratorExit()));
      t.print("states:", Py.state(g), Py.state(sub));
    }
    t.assertMatches("yf_008_throw_generatorexit");
  }

  private static Gen<Object, Object, Object> catchingDelegator(Trace t, Gen<Object, Object, Object> sub) {
    return Py.gen("delegator", () -> {
      try {
        Yield.from(sub);
      } catch (Py.ValueError e) {
        t.print("caught at yield from:", Py.exc(e), "| sub:", Py.state(sub));
      }
      Yield.value("after");
      return Gen.done();
    });
  }

  private static Gen<Object, Object, Object> failsLater() {
    return Py.gen("fails_later", () -> {
      Yield.value(1);
      throw new Py.ValueError("sub failed");
    });
  }

  @Test
  void yf_009_exception_from_subgen() {
    Trace t = new Trace();
    Gen<Object, Object, Object> g = catchingDelegator(t, failsLater());
    t.call("next", g::next);
    t.call("next", g::next);
    t.call("next", g::next);

    Gen<Object, Object, Object> h = catchingDelegator(t, Py.gen("fails_at_once", () -> {
      throw new Py.ValueError("at once");
    }));
    t.call("next", h::next);

    Gen<Object, Object, Object> sub = failsLater();
    Gen<Object, Object, Object> u = Py.gen("uncaught", () -> {
      Yield.from(sub);
      Yield.value("not reached");
      return Gen.done();
    });
    t.call("next", u::next);
    t.call("next", u::next);
    t.print("state:", Py.state(u));
    t.assertMatches("yf_009_exception_from_subgen");
  }

  @Test
  void yf_010_gi_yieldfrom_and_running() {
    Trace t = new Trace();
    AtomicReference<Gen<Object, Object, Object>> outerRef = new AtomicReference<>();
    AtomicReference<Gen<Object, Object, Object>> innerRef = new AtomicReference<>();
    Gen<Object, Object, Object> inner = Py.gen("sub", () -> {
      t.print("in sub: delegator running:", outerRef.get().state() == GenState.RUNNING,
          "| sub running:", innerRef.get().state() == GenState.RUNNING);
      Yield.value(1);
      Yield.value(2);
      return Gen.done();
    });
    Gen<Object, Object, Object> outer = Py.gen("delegator", () -> {
      Yield.from(inner);
      Yield.value(3);
      return Gen.done();
    });
    outerRef.set(outer);
    innerRef.set(inner);
    t.print("before start:", outer.yieldFrom());
    t.call("next", outer::next);
    t.print("yieldfrom is sub:", outer.yieldFrom() == inner);
    t.call("next", outer::next);
    t.call("next", outer::next);
    t.print("after sub finished:", outer.yieldFrom());
    outer.close();
    t.print("after close:", outer.yieldFrom());

    AtomicReference<Gen<Object, Object, Object>> aRef = new AtomicReference<>();
    AtomicReference<Gen<Object, Object, Object>> bRef = new AtomicReference<>();
    Gen<Object, Object, Object> a = Py.gen("a", () -> {
      Yield.from(bRef.get());
      return Gen.done();
    });
    Gen<Object, Object, Object> b = Py.gen("b", () -> {
      Yield.from(aRef.get());
      return Gen.done();
    });
    aRef.set(a);
    bRef.set(b);
    t.call("loop", a::next);
    t.print("states:", Py.state(a), Py.state(b));
    t.assertMatches("yf_010_gi_yieldfrom_and_running");
  }

  /**
   * Python's {@code Recorder}: a subiterator that says which of {@code __next__} and
   * {@code send} was called.
   */
  private static final class Recorder implements Gen<Object, Object, Object> {
    private final Trace t;

    Recorder(Trace t) {
      this.t = t;
    }

    @Override
    public Object next() {
      t.print("  __next__ called");
      return "n";
    }

    @Override
    public Object send(Object value) {
      t.print("  send called with", value);
      return "s";
    }

    @Override
    public Object throwInto(Throwable exception) {
      throw new AssertionError("not used by the case", exception);
    }

    @Override
    public void close() {}

    @Override
    public boolean hasNext() {
      return true;
    }

    @Override
    public GenState state() {
      return GenState.SUSPENDED;
    }

    @Override
    public Object yieldFrom() {
      return null;
    }

    @Override
    public Object returnValue() {
      return null;
    }

    @Override
    public String name() {
      return "Recorder";
    }
  }

  @Test
  void yf_011_next_vs_send_none() {
    Trace t = new Trace();
    Gen<Object, Object, Object> g = Py.gen("delegator", () -> {
      Yield.from(new Recorder(t));
      return Gen.done();
    });
    t.call("next", g::next);
    t.call("send(None)", () -> g.send(null));
    t.call("send(5)", () -> g.send(5));
    t.call("next", g::next);
    t.assertMatches("yf_011_next_vs_send_none");
  }

  /** yf_101's {@code levels}: the generators whose running state the levels print, in order. */
  private static List<String> running(Map<String, Gen<Object, Object, Object>> levels) {
    List<String> names = new ArrayList<>();
    levels.forEach((name, g) -> {
      if (g.state() == GenState.RUNNING) {
        names.add(name);
      }
    });
    return names;
  }

  private static List<String> states(Map<String, Gen<Object, Object, Object>> levels) {
    List<String> states = new ArrayList<>();
    levels.values().forEach(g -> states.add(Py.state(g)));
    return states;
  }

  private static Gen<Object, Object, Object> leaf(String name, int count) {
    return Py.gen("leaf", () -> {
      List<Object> got = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        got.add(Yield.value(name + i));
      }
      return Gen.done(name + Py.str(got));
    });
  }

  private static Gen<Object, Object, Object> level(Trace t, Map<String, Gen<Object, Object, Object>> levels,
      String name, Gen<Object, Object, Object> below, boolean after) {
    return Py.gen("level", () -> {
      Object r = Yield.from(below);
      t.print(" ", name, "got", r, "| running:", running(levels));
      if (after) {
        Object x = Yield.value(name + "-after");
        return Gen.done(name + "(" + Py.str(r) + "," + Py.str(x) + ")");
      }
      return Gen.done(name + "(" + Py.str(r) + ")");
    });
  }

  private static Gen<Object, Object, Object> passing(Trace t, String name, Gen<Object, Object, Object> below) {
    return Py.gen("passing", () -> {
      try {
        return Gen.done(Yield.from(below));
      } finally {
        t.print("  finally of", name);
      }
    });
  }

  private static Gen<Object, Object, Object> noisy(Trace t, String name, Gen<Object, Object, Object> below) {
    return Py.gen("noisy", () -> {
      try {
        Object r = Yield.from(below);
        t.print("  ", name, "got", r);
      } finally {
        t.print("  finally of", name);
      }
      return Gen.done(name);
    });
  }

  /** yf_101's {@code user}: delegates to the generator {@code vars} holds as "shared" when it starts. */
  private static Gen<Object, Object, Object> user(Trace t, Map<String, Gen<Object, Object, Object>> vars, String name) {
    return Py.gen("user", () -> {
      try {
        Object r = Yield.from(vars.get("shared"));
        t.print("  ", name, "got", r);
      } catch (IllegalStateException e) {
        t.print("  ", name, "caught", Py.exc(e));
        Object x = Yield.value(name + " recovered");
        t.print("  ", name, "resumed with", x);
      }
      Yield.value(name + " end");
      return Gen.done(name);
    });
  }

  private static Gen<Object, Object, Object> countdown(int n) {
    return Py.gen("countdown", () -> {
      if (n == 0) {
        Object x = Yield.value("bottom");
        return Gen.done(x);
      }
      Object r = Yield.from(countdown(n - 1));
      Object sum = (Integer) r + 1;
      return Gen.done(sum);
    });
  }

  @Test
  void yf_101_deep_chains() {
    Trace t = new Trace();
    Map<String, Gen<Object, Object, Object>> levels = new LinkedHashMap<>();

    t.print("-- sends reach the innermost; finished levels resume the one above");
    Gen<Object, Object, Object> g = leaf("L", 2);
    String[] names = {"d5", "d4", "d3", "d2", "d1"};
    boolean[] after = {false, true, false, false, true};
    for (int i = 0; i < names.length; i++) {
      g = level(t, levels, names[i], g, after[i]);
      levels.put(names[i], g);
    }
    Gen<Object, Object, Object> root = g;
    t.call("next", root::next);
    t.call("send('a')", () -> root.send("a"));
    t.call("send('b')", () -> root.send("b"));
    t.call("send('c')", () -> root.send("c"));
    t.call("send('d')", () -> root.send("d"));
    t.print("states:", states(levels));

    t.print("-- every level is running while the innermost runs; re-entrant calls raise at the call");
    levels.clear();
    Gen<Object, Object, Object> watcher = Py.gen("watcher", () -> {
      t.print("  running:", running(levels));
      t.call("  next(mid)", () -> levels.get("mid").next());
      t.call("  mid.throw", () -> levels.get("mid").throwInto(new Py.ValueError("k")));
      t.call("  mid.close", () -> {
        levels.get("mid").close();
        return null;
      });
      t.call("  next(top)", () -> levels.get("top").next());
      Object x = Yield.value("w0");
      t.print("  watcher got", x, "| states:", states(levels));
      Yield.value("w1");
      return Gen.done("watched");
    });
    levels.put("bottom", level(t, levels, "bottom", watcher, true));
    levels.put("mid", level(t, levels, "mid", levels.get("bottom"), false));
    levels.put("top", level(t, levels, "top", levels.get("mid"), true));
    Gen<Object, Object, Object> top1 = levels.get("top");
    t.call("next", top1::next);
    t.print("yieldfrom chain:", top1.yieldFrom() == levels.get("mid"),
        levels.get("mid").yieldFrom() == levels.get("bottom"));
    t.call("send('x')", () -> top1.send("x"));
    t.call("next", top1::next);
    t.call("next", top1::next);
    t.call("next", top1::next);

    t.print("-- an exception climbs level by level");
    Gen<Object, Object, Object> raiser = Py.gen("raiser", () -> {
      Yield.value("r0");
      throw new Py.ValueError("deep failure");
    });
    Gen<Object, Object, Object> below = passing(t, "p3", passing(t, "p4", raiser));
    Gen<Object, Object, Object> guarded = Py.gen("guarded", () -> {
      try {
        Object r = Yield.from(below);
        t.print("  guarded got", r);
      } catch (Py.ValueError e) {
        t.print("  guarded caught", Py.exc(e));
        Yield.value("guarded recovered");
      }
      return Gen.done("guarded done");
    });
    Gen<Object, Object, Object> top2 = passing(t, "p1", guarded);
    t.call("next", top2::next);
    t.call("next", top2::next);
    t.call("next", top2::next);

    t.print("-- a generator in the middle driven directly between operations on the top");
    levels.clear();
    Gen<Object, Object, Object> mid3 = level(t, levels, "mid", leaf("M", 2), true);
    levels.put("mid", mid3);
    Gen<Object, Object, Object> top3 = level(t, levels, "top", mid3, false);
    levels.put("top", top3);
    t.call("next(top)", top3::next);
    t.call("send(mid, 'm')", () -> mid3.send("m"));
    t.call("send(mid, 'n')", () -> mid3.send("n"));
    t.call("send(top, 't')", () -> top3.send("t"));

    t.print("-- a generator in the middle closed directly");
    levels.clear();
    Gen<Object, Object, Object> mid4 = noisy(t, "mid", noisy(t, "low", leaf("C", 3)));
    Gen<Object, Object, Object> top4 = noisy(t, "top", mid4);
    t.call("next(top)", top4::next);
    t.call("close(mid)", () -> {
      mid4.close();
      return null;
    });
    t.print("states:", Py.state(top4), Py.state(mid4));
    t.call("next(top)", top4::next);

    t.print("-- one generator shared by two delegators");
    levels.clear();
    Map<String, Gen<Object, Object, Object>> vars = new LinkedHashMap<>();
    vars.put("shared", level(t, levels, "shared", leaf("S", 2), true));
    levels.put("shared", vars.get("shared"));
    Gen<Object, Object, Object> a = user(t, vars, "a");
    Gen<Object, Object, Object> b = user(t, vars, "b");
    levels.put("a", a);
    levels.put("b", b);
    t.call("next(a)", a::next);
    t.call("next(b)", b::next);
    t.call("send(a, 1)", () -> a.send(1));
    t.call("send(b, 2)", () -> b.send(2));
    t.call("next(a)", a::next);
    t.call("next(b)", b::next);
    t.call("next(a)", a::next);

    t.print("-- a shared generator re-entered through its other delegator");
    levels.clear();
    Gen<Object, Object, Object> callsB = Py.gen("calls_b", () -> {
      Yield.value("c0");
      t.call("  next(b) inside", () -> vars.get("b").next());
      t.call("  next(a) inside", () -> vars.get("a").next());
      Yield.value("c1");
      return Gen.done("calls_b done");
    });
    vars.put("shared", level(t, levels, "shared", callsB, false));
    vars.put("a", user(t, vars, "a"));
    vars.put("b", user(t, vars, "b"));
    Gen<Object, Object, Object> a2 = vars.get("a");
    Gen<Object, Object, Object> b2 = vars.get("b");
    t.call("next(a)", a2::next);
    t.call("next(a)", a2::next);
    t.call("next(b)", b2::next);
    t.call("send(b, 'again')", () -> b2.send("again"));
    t.call("next(a)", a2::next);
    t.call("next(a)", a2::next);

    t.print("-- two delegators of one generator resumed in turn, then a re-entrant call");
    Gen<Object, Object, Object> reenters = Py.gen("reenters", () -> {
      for (int i = 0; i < 4; i++) {
        Yield.value("e" + i);
      }
      t.print("  shared running:", vars.get("shared").state() == GenState.RUNNING,
          "| a running:", vars.get("a").state() == GenState.RUNNING,
          "| b running:", vars.get("b").state() == GenState.RUNNING);
      t.call("  next(shared) inside", () -> vars.get("shared").next());
      Yield.value("e4");
      return Gen.done("reenters done");
    });
    levels.clear();
    vars.put("shared", level(t, levels, "shared", reenters, false));
    vars.put("a", user(t, vars, "a"));
    vars.put("b", user(t, vars, "b"));
    Gen<Object, Object, Object> a3 = vars.get("a");
    Gen<Object, Object, Object> b3 = vars.get("b");
    for (Gen<Object, Object, Object> turn : List.of(a3, b3, a3, b3, a3)) {
      t.call(turn == a3 ? "next(a)" : "next(b)", turn::next);
    }
    t.call("next(b)", b3::next);
    t.call("next(a)", a3::next);

    t.print("-- throw into the top reaches the innermost");
    levels.clear();
    Gen<Object, Object, Object> catcher = Py.gen("catcher", () -> {
      while (true) {
        try {
          Yield.value("waiting");
        } catch (Py.ValueError e) {
          t.print("  catcher caught", Py.exc(e));
          Yield.value("caught");
          return Gen.done("catcher done");
        }
      }
    });
    Gen<Object, Object, Object> top5 = passing(t, "t1", passing(t, "t2", passing(t, "t3", catcher)));
    t.call("next", top5::next);
    t.call("throw", () -> top5.throwInto(new Py.ValueError("k")));
    t.call("next", top5::next);

    t.print("-- 200 levels");
    Gen<Object, Object, Object> deep = countdown(200);
    t.call("next", deep::next);
    t.call("send(0)", () -> deep.send(0));
    t.assertMatches("yf_101_deep_chains");
  }
}
