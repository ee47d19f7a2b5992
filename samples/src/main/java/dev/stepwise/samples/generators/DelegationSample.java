package dev.stepwise.samples.generators;

import dev.stepwise.Gen;
import dev.stepwise.StopIteration;

/** Runs the seeds' outer/inner program; {@code delegation.py} is the Python original. */
public final class DelegationSample {
  private DelegationSample() {}

  public static void main(String[] args) {
    Gen<Integer, String, String> g = DelegationSteps.INSTANCE.outer();
    System.out.println(g.next());
    System.out.println(g.next());
    System.out.println(g.send("hello"));
    try {
      g.next();
    } catch (StopIteration e) {
      System.out.println("StopIteration: " + e.value());
    }
  }
}
