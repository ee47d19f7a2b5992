package dev.stepwise.samples.coroutines;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs the seeds' cancellation example; {@code cancellation.py} is the Python original. */
public final class CancellationSample {
  private CancellationSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /** Runs the program on a loop with {@code clock}. */
  public static void run(Clock clock) {
    Aio.run(CancellationSteps.INSTANCE.main(), clock);
  }
}
