package dev.stepwise.samples.coroutines;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs the seeds' common mistakes; {@code common_mistakes.py} is the Python original. */
public final class CommonMistakesSample {
  private CommonMistakesSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /** Runs the program on a loop with {@code clock}. */
  public static void run(Clock clock) {
    Aio.run(CommonMistakesSteps.INSTANCE.main(), clock);
  }
}
