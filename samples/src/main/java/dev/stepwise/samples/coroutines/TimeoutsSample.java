package dev.stepwise.samples.coroutines;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs the seeds' timeout examples; {@code timeouts.py} is the Python original. */
public final class TimeoutsSample {
  private TimeoutsSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /** Runs the program on a loop with {@code clock}. */
  public static void run(Clock clock) {
    Aio.run(TimeoutsSteps.INSTANCE.main(), clock);
  }
}
