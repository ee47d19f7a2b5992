package dev.stepwise.samples.coroutines;

import dev.stepwise.aio.Aio;

/** Runs the seeds' AsyncDB program; {@code async_db.py} is the Python original. */
public final class AsyncDbSample {
  private AsyncDbSample() {}

  public static void main(String[] args) {
    Aio.run(AsyncDbUserSteps.INSTANCE.main());
  }
}
