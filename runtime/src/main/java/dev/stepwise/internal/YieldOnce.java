package dev.stepwise.internal;

import dev.stepwise.Awaitable;

/**
 * An awaitable that suspends exactly once, handing {@code null} up to the driver (a Task then
 * reschedules itself for the next loop iteration), and then produces {@code result}. This is all
 * Python's {@code asyncio.sleep(0)} is: a bare {@code yield}. Not for users.
 *
 * @param <T> the result type
 */
public final class YieldOnce<T> implements Awaitable<T> {
  private static final YieldOnce<Object> NONE = new YieldOnce<>(null);

  final T result;

  /**
   * @param result what the await produces after the reschedule
   */
  public YieldOnce(T result) {
    this.result = result;
  }

  /**
   * The shared instance that produces null: {@code sleep(0)} allocates nothing.
   *
   * @param <T> the type the await is assigned to
   * @return the instance
   */
  @SuppressWarnings("unchecked")
  public static <T> YieldOnce<T> none() {
    return (YieldOnce<T>) NONE;
  }
}
