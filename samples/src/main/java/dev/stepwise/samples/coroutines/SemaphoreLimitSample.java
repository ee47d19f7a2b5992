package dev.stepwise.samples.coroutines;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs the seeds' Semaphore example; {@code semaphore_limit.py} is the Python original. */
public final class SemaphoreLimitSample {
  private SemaphoreLimitSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /** Runs the program on a loop with {@code clock}. */
  public static void run(Clock clock) {
    Aio.run(SemaphoreLimitSteps.INSTANCE.main(), clock);
  }
}
