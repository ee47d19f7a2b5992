package dev.stepwise.samples.coroutines;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs the seeds' AsyncDB program; {@code async_db.py} is the Python original. */
public final class AsyncDbSample {
  private AsyncDbSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /** Runs the program on a loop with {@code clock}. */
  public static void run(Clock clock) {
    Aio.run(AsyncDbUserSteps.INSTANCE.main(), clock);
  }
}
