package dev.stepwise;

import java.util.NoSuchElementException;

/**
 * Thrown by {@link Gen#next()} and {@link Gen#send} when a generator finishes; carries the
 * generator's return value. Python's {@code StopIteration}.
 *
 * <p>It is unchecked and a {@link NoSuchElementException}, so code written against
 * {@link java.util.Iterator} sees the end of iteration it expects. As PEP 479 requires, a
 * {@code StopIteration} that escapes a generator body does not end the generator quietly: it
 * becomes a {@link RuntimeException} "generator raised StopIteration" whose cause is the original.
 *
 * <p>A plain {@code Iterator} delegated to by {@code Yield.from} may throw one from {@code next()}
 * to end with a value, like a Python iterator raising {@code StopIteration(value)}.
 */
public class StopIteration extends NoSuchElementException {
  private static final long serialVersionUID = 1L;

  private final transient Object value;

  /** A StopIteration with no value ({@code None}). */
  public StopIteration() {
    this(null);
  }

  /**
   * A StopIteration carrying {@code value}, Python's {@code StopIteration(value)}.
   *
   * @param value the generator's return value, may be null
   */
  public StopIteration(Object value) {
    super(value == null ? null : String.valueOf(value));
    this.value = value;
  }

  /**
   * The generator's return value (Python's {@code StopIteration.value}); null for none.
   *
   * @return the value, or null
   */
  public Object value() {
    return value;
  }
}
