package dev.stepwise.samples.asyncgens;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs an asynchronous generator delegating with Yield.from (PEP 828); {@code delegation.py} is the Python 3.16 original. */
public final class AsyncDelegationSample {
  private AsyncDelegationSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /** Runs the program on a loop with {@code clock}. */
  public static void run(Clock clock) {
    Aio.run(AsyncDelegation_MainSteps.INSTANCE.main(), clock);
  }
}
