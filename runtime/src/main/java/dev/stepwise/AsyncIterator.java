package dev.stepwise;

/**
 * An asynchronous iterator: each {@link #anext()} is awaited for the next element, and the
 * awaitable raises {@link StopAsyncIteration} at the end. Python's asynchronous iterator
 * ({@code __anext__}); implement it to make your own type usable in
 * {@code for (T x : Async.iter(source))}.
 *
 * @param <T> the type of the elements
 */
public interface AsyncIterator<T> extends AsyncIterable<T> {
  /**
   * The awaitable of the next element. Python's {@code __anext__()}.
   *
   * @return an awaitable that produces the next element, or raises {@link StopAsyncIteration}
   */
  Awaitable<T> anext();

  /**
   * This iterator itself. Python's {@code __aiter__()} of an iterator.
   *
   * @return {@code this}
   */
  @Override
  default AsyncIterator<T> aiter() {
    return this;
  }
}
