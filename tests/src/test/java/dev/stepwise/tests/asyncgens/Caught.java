package dev.stepwise.tests.asyncgens;

/**
 * The exception the asynchronous generator bodies catch: the differential suite raises it with
 * {@code athrow} at each suspension point to reach their catch blocks, and
 * {@code dev.stepwise.tests.Injected} (which most bodies do not catch) to see them fail.
 */
public final class Caught extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public Caught(String message) {
    super(message);
  }
}
