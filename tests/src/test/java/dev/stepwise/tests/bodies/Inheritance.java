package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.List;

/** G1: generator interfaces that extend one another and call abstract and inherited methods. */
public final class Inheritance {
  private Inheritance() {}

  /** The base: an abstract method, a helper and a generator. */
  @Generator
  public interface Base {
    String name();

    default String decorate(String s) {
      return "[" + s + "]";
    }

    default Gen<String, String, String> greet(List<String> log) {
      String got = Yield.value(decorate(name()));
      log.add("greet got " + got);
      return Gen.done(name() + got);
    }
  }

  /**
   * The child: calls the abstract method and an inherited helper, and delegates to a generator of
   * its own. (Inherited generator methods are not overridden by {@code Inheritance_ChildSteps}: on
   * it, {@code greet} would run the untransformed body; see the suite's notes.)
   */
  @Generator
  public interface Child extends Base {
    default Gen<String, String, String> greetTwice(List<String> log) {
      String a = Yield.from(shout(log));
      Yield.value(decorate(a) + " " + name());
      String b = Yield.from(this.shout(log));
      return Gen.done(a + b);
    }

    default Gen<String, String, String> shout(List<String> log) {
      String got = Yield.value(decorate(name()).toUpperCase());
      log.add("shout got " + got);
      return Gen.done(name() + got);
    }
  }
}
