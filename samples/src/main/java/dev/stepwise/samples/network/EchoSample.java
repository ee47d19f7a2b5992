package dev.stepwise.samples.network;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs the echo server and its client on 127.0.0.1; {@code echo.py} is the Python original. */
public final class EchoSample {
  private EchoSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /** Runs the program on a loop with {@code clock}. */
  public static void run(Clock clock) {
    Aio.run(EchoSteps.INSTANCE.main(), clock);
  }
}
