package dev.stepwise;

/**
 * Raised by the awaitable of {@link AsyncIterator#anext()} when an asynchronous iterator is
 * exhausted; {@code for (T x : Async.iter(source))} ends on it. Python's
 * {@code StopAsyncIteration}.
 *
 * <p>As in Python, one that escapes an asynchronous generator body does not end the generator
 * quietly: it becomes a {@link RuntimeException} "async generator raised StopAsyncIteration".
 * An asynchronous generator that returns a value ({@code return AsyncGen.done(value)}, PEP 828)
 * carries it here.
 */
public class StopAsyncIteration extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Object value;

  /** A StopAsyncIteration with no value. */
  public StopAsyncIteration() {
    this(null);
  }

  /**
   * A StopAsyncIteration carrying the generator's return value (PEP 828).
   *
   * @param value the return value, may be null
   */
  public StopAsyncIteration(Object value) {
    super(value == null ? null : String.valueOf(value));
    this.value = value;
  }

  /**
   * The asynchronous generator's return value (PEP 828); null for none.
   *
   * @return the value, or null
   */
  public Object value() {
    return value;
  }
}
