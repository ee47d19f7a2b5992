package dev.stepwise.samples.asyncgens;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs the seeds' async iteration (an async iterator class, async generators); {@code async_iteration.py} is the Python original. */
public final class AsyncIterationSample {
  private AsyncIterationSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /** Runs the program on a loop with {@code clock}. */
  public static void run(Clock clock) {
    Aio.run(AsyncIteration_MainSteps.INSTANCE.main(), clock);
  }
}
