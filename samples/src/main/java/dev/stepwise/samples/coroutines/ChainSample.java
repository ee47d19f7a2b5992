package dev.stepwise.samples.coroutines;

import dev.stepwise.aio.Aio;

/** Runs the seeds' compute/print_sum chain; {@code chain.py} is the Python original. */
public final class ChainSample {
  private ChainSample() {}

  public static void main(String[] args) {
    Aio.run(ChainSteps.INSTANCE.printSum(1, 2));
  }
}
