package dev.stepwise.aio;

/**
 * A future or task was used in a state that does not allow the operation, e.g. {@code result()}
 * before it is done ("Result is not set.") or {@code setResult} twice ("invalid state"). Python's
 * {@code asyncio.InvalidStateError}.
 */
public class InvalidStateError extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was wrong, in CPython's words
   */
  public InvalidStateError(String message) {
    super(message);
  }
}
