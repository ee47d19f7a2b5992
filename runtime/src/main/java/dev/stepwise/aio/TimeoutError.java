package dev.stepwise.aio;

/**
 * An operation did not finish before its deadline ({@code waitFor}, {@code timeout}). Python's
 * builtin {@code TimeoutError} (which {@code asyncio.TimeoutError} aliases since 3.11). Unchecked,
 * so a body can catch it around an {@code await}.
 */
public class TimeoutError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A TimeoutError without a message. */
  public TimeoutError() {
    super();
  }

  /**
   * @param message the message
   */
  public TimeoutError(String message) {
    super(message);
  }
}
