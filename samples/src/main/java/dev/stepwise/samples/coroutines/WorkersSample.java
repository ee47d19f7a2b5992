package dev.stepwise.samples.coroutines;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs the seeds' two workers; {@code workers.py} is the Python original. */
public final class WorkersSample {
  private WorkersSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /** Runs the program on a loop with {@code clock}. */
  public static void run(Clock clock) {
    Aio.run(WorkersSteps.INSTANCE.main(), clock);
  }
}
