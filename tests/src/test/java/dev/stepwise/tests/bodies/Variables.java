package dev.stepwise.tests.bodies;

import static dev.stepwise.tests.bodies.Variables.Helpers.twice;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.List;

/** Parameters, shadowing-free reuse of names, pattern bindings, var, and name resolution of members. */
@Generator
public interface Variables {
  int LIMIT = 3;

  /** Static helpers for a static import. */
  final class Helpers {
    private Helpers() {}

    public static int twice(int x) {
      return 2 * x;
    }
  }

  /** A static interface method. */
  static String tag(String s) {
    return "<" + s + ">";
  }

  /** F6: parameters mutated in the body. */
  default Gen<Integer, Integer, String> mutatedParameters(List<String> log, int n, String s) {
    while (n > 0) {
      Integer got = Yield.value(n);
      n -= got == null ? 1 : got;
      s += n;
    }
    log.add("s=" + s);
    return Gen.done(s);
  }

  /** F1: sibling blocks declaring the same names with different types. */
  default Gen<Object, Object, String> siblingNames(List<String> log) {
    String r = "";
    {
      int x = 1;
      Object got = Yield.value(x);
      r += x + "" + got;
    }
    {
      String x = "two";
      Yield.value(x);
      r += x;
    }
    for (int i = 0; i < 2; i++) {
      double x = i + 0.5;
      Yield.value(x);
      r += x;
    }
    for (String x : List.of("a", "b")) {
      long i = x.length();
      Yield.value(x + i);
    }
    return Gen.done(r);
  }

  /** F9, F5: a pattern binding used before a suspension; var locals that stay within one state. */
  default Gen<Object, Object, String> patternAndVar(List<String> log, Object o) {
    String r = "";
    if (o instanceof String s && s.length() > 1) {
      log.add("string " + s);
      Yield.value(s.toUpperCase());
    }
    var count = 0;
    for (var x : List.of(1, 2)) {
      count += x;
    }
    log.add("count " + count);
    Object got = Yield.value(count);
    if (got instanceof Integer i) {
      var doubled = i * 2;
      r += doubled;
    }
    return Gen.done(r + Yield.value("end"));
  }

  /** F6: the generator method called twice gives independent machines, interleaved by hand. */
  default Gen<String, Void, String> twoInstances(List<String> log) {
    String r = "";
    try (Gen<Integer, Integer, String> a = mutatedParameters(log, 2, "a");
        Gen<Integer, Integer, String> b = mutatedParameters(log, 3, "b")) {
      while (a.hasNext() | b.hasNext()) {
        Integer x = a.hasNext() ? a.next() : null;
        Integer y = b.hasNext() ? b.next() : null;
        Yield.value(x + "," + y);
        r += x + "" + y;
      }
    }
    return Gen.done(r);
  }

  /** G1–G4: unqualified calls to default, abstract-free static and statically imported methods, and constants. */
  default Gen<String, Void, String> memberResolution(List<String> log) {
    String r = "";
    for (int i = 0; i < LIMIT; i++) {
      r += tag(String.valueOf(twice(i)));
      Yield.value(tag("i" + i) + Variables.LIMIT);
      r += helper(i);
    }
    Yield.value(toString().isEmpty() ? "empty" : "toString ok");
    return Gen.done(r + hashCodeIsStable());
  }

  /** An ordinary default method. */
  default String helper(int i) {
    return "h" + i;
  }

  /** Calls an Object method unqualified from a default method. */
  default boolean hashCodeIsStable() {
    return hashCode() == hashCode();
  }
}
