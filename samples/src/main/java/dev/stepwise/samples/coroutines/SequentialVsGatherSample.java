package dev.stepwise.samples.coroutines;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs the seeds' sequential fetches and gather; {@code sequential_vs_gather.py} is the Python original. */
public final class SequentialVsGatherSample {
  private SequentialVsGatherSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /** Runs the program on a loop with {@code clock}. */
  public static void run(Clock clock) {
    Aio.run(SequentialVsGatherSteps.INSTANCE.main(), clock);
  }
}
