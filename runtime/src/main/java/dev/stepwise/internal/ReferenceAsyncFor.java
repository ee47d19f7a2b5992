package dev.stepwise.internal;

import dev.stepwise.AsyncIterator;
import dev.stepwise.StopAsyncIteration;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * {@code for (T x : Async.iter(source))} run untransformed by a reference body: an iterator whose
 * {@code hasNext()} awaits the next {@code anext()} on the body thread, ending at
 * {@link StopAsyncIteration}. Not for users.
 *
 * @param <T> the element type
 */
public final class ReferenceAsyncFor<T> implements Iterable<T> {
  private final AwaitingBody body;
  private final Object source;

  /**
   * @param body the reference body running the loop
   * @param source the asynchronous iterable
   */
  public ReferenceAsyncFor(AwaitingBody body, Object source) {
    this.body = body;
    this.source = source;
  }

  @Override
  public Iterator<T> iterator() {
    AsyncIterator<?> it = AsyncIteration.aiter(source);
    return new Iterator<T>() {
      private T next;
      private boolean ready;
      private boolean ended;

      @Override
      public boolean hasNext() {
        if (!ready && !ended) {
          try {
            next = body.await(it.anext());
            ready = true;
          } catch (StopAsyncIteration stop) {
            ended = true;
          }
        }
        return ready;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ready = false;
        T v = next;
        next = null;
        return v;
      }
    };
  }
}
