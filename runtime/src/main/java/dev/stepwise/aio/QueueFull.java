package dev.stepwise.aio;

/**
 * {@link Queue#putNowait(Object)} found the queue full. Python's {@code asyncio.QueueFull}.
 */
public class QueueFull extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A QueueFull without a message, as asyncio raises it. */
  public QueueFull() {
    super();
  }
}
