package dev.stepwise.aio;

/**
 * Raised at an {@code await} when the task running it is cancelled, and by {@link Future#result()}
 * of a cancelled future. Python's {@code asyncio.CancelledError}.
 *
 * <p>It extends {@link Error}, not {@link Exception}: Python 3.8 made it a {@code BaseException}
 * because {@code except Exception} kept swallowing cancellation, and a Java
 * {@code catch (Exception e)} must not swallow it either. Catch it to clean up, then rethrow it.
 */
public class CancelledError extends Error {
  private static final long serialVersionUID = 1L;

  /** A CancelledError without a message. */
  public CancelledError() {
    super();
  }

  /**
   * A CancelledError carrying the message given to {@code cancel(msg)}.
   *
   * @param message the cancellation message, or null
   */
  public CancelledError(String message) {
    super(message);
  }
}
