package dev.stepwise.aio;

/**
 * A put into, or a get from, a queue that was {@linkplain Queue#shutdown(boolean) shut down}.
 * Python's {@code asyncio.QueueShutDown} (3.13).
 */
public class QueueShutDown extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A QueueShutDown without a message, as asyncio raises it. */
  public QueueShutDown() {
    super();
  }
}
