package dev.stepwise.samples.coroutines;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs the seeds' Future example; {@code future_result.py} is the Python original. */
public final class FutureResultSample {
  private FutureResultSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /** Runs the program on a loop with {@code clock}. */
  public static void run(Clock clock) {
    Aio.run(FutureResultSteps.INSTANCE.main(), clock);
  }
}
