package dev.stepwise.samples.coroutines;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs the seeds' as_completed example; {@code as_completed.py} is the Python original. */
public final class CompletionOrderSample {
  private CompletionOrderSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /** Runs the program on a loop with {@code clock}. */
  public static void run(Clock clock) {
    Aio.run(CompletionOrderSteps.INSTANCE.main(), clock);
  }
}
