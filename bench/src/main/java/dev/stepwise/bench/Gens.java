package dev.stepwise.bench;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;

/**
 * The generators G1 and G2 measure: real {@code @Generator} bodies, so what runs is the state
 * machines the processor generates ({@code GensSteps}).
 */
@Generator
public interface Gens {
  /** Python's {@code def count(n): for i in range(n): yield i}. */
  default Gen<Integer, Void, Void> count(int n) {
    for (int i = 0; i < n; i++) {
      Yield.value(i);
    }
    return Gen.done();
  }

  /**
   * A chain of {@code depth} generators, each delegating to the next with {@code Yield.from};
   * the innermost one yields {@code 0 .. n-1}. Depth 1 is {@link #count} itself.
   */
  default Gen<Integer, Void, Void> chain(int depth, int n) {
    if (depth <= 1) {
      for (int i = 0; i < n; i++) {
        Yield.value(i);
      }
    } else {
      Yield.from(chain(depth - 1, n));
    }
    return Gen.done();
  }
}
