package dev.stepwise.samples.generators;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;

/** The seeds' running average: a generator that receives values with send(). */
@Generator
public interface Averagers {
  /** Yields the running average of the terms sent in; Python's {@code averager()}. */
  default Gen<Double, Double, Void> averager() {
    double total = 0.0;
    int count = 0;
    Double average = null;
    while (true) {
      double term = Yield.value(average); // hands average out, receives term
      total += term;
      count += 1;
      average = total / count;
    }
  }
}
