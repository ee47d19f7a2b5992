package dev.stepwise.samples.coroutines;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs the seeds' gather error handling; {@code gather_errors.py} is the Python original. */
public final class GatherErrorsSample {
  private GatherErrorsSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /** Runs the program on a loop with {@code clock}. */
  public static void run(Clock clock) {
    Aio.run(GatherErrorsSteps.INSTANCE.main(), clock);
  }
}
