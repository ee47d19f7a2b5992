package dev.stepwise.internal;

import dev.stepwise.AsyncIterable;
import dev.stepwise.AsyncIterator;

/**
 * What {@code for (T x : Async.iter(source))} iterates: Python's {@code aiter(source)}. Not for
 * users.
 */
public final class AsyncIteration {
  private AsyncIteration() {}

  /**
   * The asynchronous iterator of {@code source}.
   *
   * @param source an {@link AsyncIterable} (asynchronous generators and iterators are)
   * @return its iterator
   * @throws IllegalArgumentException "'async for' requires an object with __aiter__ method, got
   *     X" (Python's TypeError) for anything else, or if its {@code aiter()} returns null
   */
  public static AsyncIterator<?> aiter(Object source) {
    if (!(source instanceof AsyncIterable)) {
      String type = source == null ? "NoneType" : source.getClass().getSimpleName();
      throw new IllegalArgumentException("'async for' requires an object with __aiter__ method, got " + type);
    }
    AsyncIterator<?> it = ((AsyncIterable<?>) source).aiter();
    if (it == null) {
      throw new IllegalArgumentException("'async for' received an object from __aiter__ that does not implement __anext__: null");
    }
    return it;
  }
}
