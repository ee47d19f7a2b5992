package dev.stepwise.samples.network;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Clock;

/** Runs the chat server and three clients on 127.0.0.1; {@code chat.py} is the Python original. */
public final class ChatSample {
  private ChatSample() {}

  public static void main(String[] args) {
    run(Clock.SYSTEM);
  }

  /** Runs the program on a loop with {@code clock}. */
  public static void run(Clock clock) {
    Aio.run(ChatSteps.INSTANCE.main(), clock);
  }
}
