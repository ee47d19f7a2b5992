package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.TreeMap;

/** More corner cases: multi-catch types, resources left by jumps, typed keyword spills, nested-type imports. */
@Generator
public interface Edges2 {
  /** A multi-catch parameter used as its common supertype across a suspension. */
  default Gen<String, String, String> multiCatchType(List<String> log) {
    String r = "";
    for (int i = 0; i < 2; i++) {
      try {
        if (i == 0) {
          throw new IllegalArgumentException("iae");
        }
        throw new IllegalStateException("ise");
      } catch (IllegalArgumentException | IllegalStateException e) {
        Yield.value("caught " + e.getMessage());
        RuntimeException asRuntime = e;
        r += asRuntime.getMessage();
      }
    }
    return Gen.done(r);
  }

  /** A resource left by break, continue and return, and a generator used as a resource. */
  default Gen<String, Integer, String> resourcesLeftByJumps(List<String> log) {
    for (int i = 0; i < 4; i++) {
      try (Resources.Res r = new Resources.Res(log, "r" + i, false)) {
        Integer got = Yield.value("in " + r.name());
        if (i == 0) {
          continue;
        }
        if (got != null && got == 2) {
          break;
        }
        if (i == 2) {
          return Gen.done("returned from " + r.name());
        }
      }
      log.add("after resource " + i);
    }
    try (Gen<Integer, Void, Void> numbers = Edges.numbersOf(log)) {
      Yield.value("first number " + numbers.next());
    }
    return Gen.done("end");
  }

  /** The initializer of the second resource throws: the first is closed. */
  default Gen<String, String, String> resourceInitFails(List<String> log) {
    try (Resources.Res a = new Resources.Res(log, "a", false);
        Resources.Res b = new Resources.Res(log, "b-" + Yield.value("b?") + fail(log), false)) {
      Yield.value("unreachable " + a.name() + b.name());
    } catch (IllegalStateException e) {
      log.add("caught " + e.getMessage());
    }
    return Gen.done("done");
  }

  default String fail(List<String> log) {
    log.add("failing");
    throw new IllegalStateException("init failed");
  }

  /** Two typed suspensions in one call: a wrongly typed sent value fails where the original fails. */
  default Gen<Object, Object, String> typedKeywordSpill(List<String> log) {
    String s = join(Yield.<String>value("first?"), Yield.<String>value("second?"));
    log.add(s);
    int n = Yield.<Integer>value("n?") + Yield.<Integer>value("m?");
    return Gen.done(s + n);
  }

  default String join(String a, String b) {
    return a + "+" + b;
  }

  /** Untyped keyword arguments and a boxed null passed to primitive and typed parameters. */
  default Gen<Object, Object, String> argumentConversions(List<String> log) {
    String s = join(Yield.value("first?"), Yield.value("second?"));
    log.add(s);
    Integer missing = null;
    int sum = add(missing, Yield.<Integer>value("never"));
    return Gen.done(s + sum);
  }

  default int add(int a, int b) {
    return a + b;
  }

  /** A nested-type import (Map.Entry) as the type of hoisted locals and loop variables. */
  default Gen<String, Void, Integer> nestedTypeImport(List<String> log) {
    Map<String, Integer> map = new TreeMap<>(Map.of("a", 1, "b", 2));
    int sum = 0;
    for (Entry<String, Integer> e : map.entrySet()) {
      Yield.value(e.getKey());
      sum += e.getValue();
    }
    Map.Entry<String, Integer> first = map.entrySet().iterator().next();
    Yield.value("first " + first.getKey());
    return Gen.done(sum + first.getValue());
  }
}
