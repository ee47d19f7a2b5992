package dev.stepwise.samples.network;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs the child processes read line by line; {@code subprocess_lines.py} is the Python original. */
public final class SubprocessLinesSample {
  private SubprocessLinesSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /** Runs the program on a loop with {@code clock}. */
  public static void run(Clock clock) {
    Aio.run(SubprocessLinesSteps.INSTANCE.main(), clock);
  }
}
