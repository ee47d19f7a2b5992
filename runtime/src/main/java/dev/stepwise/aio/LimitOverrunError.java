package dev.stepwise.aio;

/**
 * {@link StreamReader#readuntil} found no separator within the reader's limit, or found it beyond
 * the limit; the data stays in the reader's buffer. Python's {@code asyncio.LimitOverrunError}.
 */
public final class LimitOverrunError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int consumed;

  /**
   * @param message what went wrong, in Python's words
   * @param consumed how many bytes to consume to get past the over-long part
   */
  public LimitOverrunError(String message, int consumed) {
    super(message);
    this.consumed = consumed;
  }

  /**
   * How many bytes to consume to get past the over-long part. Python's {@code consumed}.
   *
   * @return the byte count
   */
  public int consumed() {
    return consumed;
  }
}
