package dev.stepwise.aio;

/**
 * {@link Queue#getNowait()} found the queue empty. Python's {@code asyncio.QueueEmpty}.
 */
public class QueueEmpty extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A QueueEmpty without a message, as asyncio raises it. */
  public QueueEmpty() {
    super();
  }
}
