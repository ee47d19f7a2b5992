package dev.stepwise.samples.generators;

import dev.stepwise.Gen;
import dev.stepwise.StopIteration;

/** Runs the seeds' basic generator programs; {@code basic_generators.py} is the Python original. */
public final class BasicGeneratorsSample {
  private BasicGeneratorsSample() {}

  public static void main(String[] args) {
    BasicGenerators g = BasicGeneratorsSteps.INSTANCE;
    Gen<Integer, Void, Void> gen = g.gen(); // nothing runs yet
    System.out.println(gen.next());
    System.out.println(gen.next());
    try {
      gen.next();
    } catch (StopIteration e) {
      System.out.println("StopIteration");
    }

    Gen<Integer, Void, Void> a = g.counting();
    for (int i = 0; i < 4; i++) {
      System.out.println(a.next());
    }
    try {
      a.next();
    } catch (StopIteration e) {
      System.out.println("StopIteration");
    }

    Gen<Integer, Void, String> r = g.withReturn();
    System.out.println(r.next());
    try {
      r.next();
    } catch (StopIteration e) {
      System.out.println(e.value());
    }
  }
}
