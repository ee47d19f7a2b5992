package dev.stepwise.samples.coroutines;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs the seeds' run_in_executor example; {@code blocking_call.py} is the Python original. */
public final class BlockingCallSample {
  private BlockingCallSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /**
   * Runs the program on a loop with {@code clock}. The blocking call always takes 0.4 s of real
   * time on a thread of the executor; on a virtual clock the ticks come at once, still before it
   * ends.
   */
  public static void run(Clock clock) {
    Aio.run(BlockingCallSteps.INSTANCE.main(), clock);
  }
}
