package dev.stepwise.samples.generators;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;

/** PEP 380 delegation: the inner generator's return value becomes the value of Yield.from. */
@Generator
public interface Delegation {
  /** Python's {@code inner()}. */
  default Gen<Integer, String, String> inner() {
    String a = Yield.value(1);
    System.out.println(a);
    return Gen.done("done");
  }

  /** Python's {@code outer()}: send/throwInto/close go straight to inner while it runs. */
  default Gen<Integer, String, String> outer() {
    Yield.value(2);
    String val = Yield.from(inner());
    System.out.println(val);
    Yield.value(4);
    return Gen.done("hi");
  }
}
