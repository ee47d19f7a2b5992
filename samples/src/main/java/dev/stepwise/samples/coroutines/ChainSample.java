package dev.stepwise.samples.coroutines;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs the seeds' compute/print_sum chain; {@code chain.py} is the Python original. */
public final class ChainSample {
  private ChainSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /** Runs the program on a loop with {@code clock}. */
  public static void run(Clock clock) {
    Aio.run(ChainSteps.INSTANCE.printSum(1, 2), clock);
  }
}
