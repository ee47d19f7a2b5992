package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** Lambdas and anonymous classes that capture locals living across suspensions. */
@Generator
public interface Captures {
  /** A prefix for labels, to show that this in a lambda is the interface instance. */
  default String prefix() {
    return "p:";
  }

  /** F3: lambdas created in a loop capture the per-iteration value, also after later suspensions. */
  default Gen<String, Integer, String> lambdasInLoop(List<String> log) {
    List<Supplier<String>> suppliers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      int square = i * i;
      String label = Yield.value("make " + i);
      suppliers.add(() -> prefix() + label + "=" + square);
      Yield.value("made " + i);
    }
    String all = "";
    for (Supplier<String> s : suppliers) {
      all += s.get() + ";";
      Yield.value(s.get());
    }
    return Gen.done(all);
  }

  /** F4, G7: an anonymous class capturing a hoisted local and its own fields; this and Captures.this in a lambda. */
  default Gen<Integer, Integer, Integer> anonymousClass(List<String> log) {
    int base = Yield.value(1);
    IntSupplier counter = new IntSupplier() {
      private int calls;

      @Override
      public int getAsInt() {
        calls++;
        return base * 10 + calls;
      }
    };
    Yield.value(counter.getAsInt());
    Yield.value(counter.getAsInt());
    Supplier<String> who = () -> this.prefix() + Captures.this.prefix();
    log.add(who.get());
    return Gen.done(counter.getAsInt());
  }

  /** A lambda created before a suspension and run after it, capturing a parameter and a hoisted local. */
  default Gen<String, String, String> lambdaAcrossSuspension(List<String> log, String name) {
    String greeting = Yield.value("greeting?");
    Supplier<String> hello = () -> greeting + ", " + name;
    Runnable logger = () -> log.add("logged " + hello.get());
    Yield.value("made lambdas");
    logger.run();
    String again = Yield.value(hello.get());
    return Gen.done(again + " " + hello.get());
  }
}
