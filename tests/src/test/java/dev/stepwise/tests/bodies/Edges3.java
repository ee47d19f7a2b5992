package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Conditionals whose branches have different types, suspending switch selectors, lambdas and
 * method references before a suspension, and method-level annotation.
 */
public interface Edges3 {
  /** Switch selectors. */
  enum Kind { ONE, TWO }

  /** Branches of different types: the conditional's value keeps each branch's own value. */
  @Generator
  default Gen<Object, Object, String> mixedConditional(List<String> log) {
    String r = "";
    for (int i = 0; i < 2; i++) {
      Object o = i == 0 ? 1 : Yield.<String>value("string branch");
      Object p = i == 1 ? "text" : Yield.<Integer>value("int branch");
      long widened = i == 0 ? Yield.<Integer>value("widen") : 5L;
      int nested = i == 0 ? (Yield.value("nested cond") != null ? 10 : 20) : 30;
      r += o + "/" + p + "/" + widened + "/" + nested + ";";
    }
    return Gen.done(r);
  }

  /** A switch whose selector suspends: an enum and a String selector. */
  @Generator
  default Gen<String, Object, String> suspendingSelector(List<String> log) {
    String r = "";
    switch (Yield.<Kind>value("kind?")) {
      case ONE:
        r += "one";
        break;
      case TWO:
        r += "two";
        Yield.value("two!");
        break;
    }
    switch (Yield.<String>value("name?")) {
      case "x" -> r += "x";
      default -> r += Yield.value("default");
    }
    return Gen.done(r);
  }

  /** Calls whose earlier arguments are a lambda and a method reference, before a suspension. */
  @Generator
  default Gen<String, String, String> functionalOperands(List<String> log) {
    String prefix = "p";
    String a = apply(() -> prefix + "-lambda", Yield.value("first"));
    String b = apply(String::new, Yield.value("second"));
    return Gen.done(a + " " + b);
  }

  default String apply(Supplier<String> s, Object v) {
    return s.get() + ":" + v;
  }
}
