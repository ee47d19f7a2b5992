package dev.stepwise.tests.coroutines;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;

/** The generator behind {@link Tick}: Python's {@code __await__} of an object that suspends once. */
@Generator
public interface Ticks {
  /** Yields null once (a bare {@code yield}) and returns what was sent, or {@code otherwise}. */
  default Gen<Object, Object, Object> tick(Object otherwise) {
    Object got = Yield.value(null);
    return Gen.done(got != null ? got : otherwise);
  }
}
