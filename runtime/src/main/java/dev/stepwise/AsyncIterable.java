package dev.stepwise;

/**
 * Something {@code for (T x : Async.iter(source))} can iterate asynchronously. Python's
 * asynchronous iterable ({@code __aiter__}).
 *
 * @param <T> the type of the elements
 */
public interface AsyncIterable<T> {
  /**
   * An asynchronous iterator over the elements. Python's {@code __aiter__()}.
   *
   * @return the iterator
   */
  AsyncIterator<T> aiter();
}
