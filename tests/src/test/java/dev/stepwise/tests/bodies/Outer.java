package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.List;

/** G8: a generator interface nested in a class, using static members of the enclosing class. */
public final class Outer {
  private Outer() {}

  static final String GREETING = "hi";

  static String shout(String s) {
    return s.toUpperCase() + "!";
  }

  /** The nested interface. */
  @Generator
  public interface Nested {
    default Gen<String, String, String> useEnclosing(List<String> log) {
      String got = Yield.value(GREETING);
      String loud = shout(got == null ? GREETING : got);
      log.add(loud);
      Yield.value(loud + Outer.GREETING.length());
      return Gen.done(shout(loud));
    }
  }
}
