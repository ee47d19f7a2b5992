package dev.stepwise.aio;

/**
 * A {@link Semaphore} that refuses to be released more often than it was acquired. Python's
 * {@code asyncio.BoundedSemaphore}.
 */
public final class BoundedSemaphore extends Semaphore {
  private final int bound;

  /** A bounded semaphore with one slot. Python's {@code asyncio.BoundedSemaphore()}. */
  public BoundedSemaphore() {
    this(1);
  }

  /**
   * A bounded semaphore with {@code value} slots, never more. Python's
   * {@code asyncio.BoundedSemaphore(value)}.
   *
   * @param value the initial and maximal number of free slots
   * @throws IllegalArgumentException "Semaphore initial value must be >= 0"
   */
  public BoundedSemaphore(int value) {
    super(value);
    this.bound = value;
  }

  /**
   * Gives a slot back. Python's {@code BoundedSemaphore.release()}.
   *
   * @throws IllegalStateException "BoundedSemaphore released too many times" (Python's ValueError)
   *     when every slot is already free
   */
  @Override
  public void release() {
    if (value >= bound) {
      throw new IllegalStateException("BoundedSemaphore released too many times");
    }
    super.release();
  }
}
