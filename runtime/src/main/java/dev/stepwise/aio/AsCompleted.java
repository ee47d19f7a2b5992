package dev.stepwise.aio;

import dev.stepwise.Awaitable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What {@link Aio#asCompleted} returns: an iterator of new awaitables, each producing the result
 * (or raising the exception) of the next future to finish. Python 3.13's
 * {@code asyncio.tasks._AsCompletedIterator}, used as a plain iterator.
 *
 * @param <T> the result type
 */
final class AsCompleted<T> implements AsCompletedIterator<T>, Iterator<Awaitable<T>> {
  private static final Object TIMED_OUT = new Object();

  private final Queue<Object> done = new Queue<>();
  private final Set<Future<? extends T>> todo = new LinkedHashSet<>();
  private final Consumer<Future<?>> onCompletion = this::handleCompletion;
  private TimerHandle timeoutHandle;
  private int todoLeft;

  AsCompleted(Iterable<? extends Awaitable<? extends T>> aws, Double timeout) {
    EventLoop loop = EventLoop.running();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Awaitable<? extends T>> unique = new ArrayList<>();
    for (Awaitable<? extends T> aw : aws) {
      if (seen.add(aw)) {
        unique.add(aw);
      }
    }
    for (Awaitable<? extends T> aw : unique) {
      todo.add(Aio.ensureFuture(aw, loop));
    }
    for (Future<? extends T> f : todo) {
      f.addDoneCallback(onCompletion);
    }
    if (!todo.isEmpty() && timeout != null) {
      timeoutHandle = loop.callLater(timeout, this::handleTimeout);
    }
    todoLeft = todo.size();
  }

  @Override
  public Iterator<Awaitable<T>> iterator() {
    return this;
  }

  @Override
  public boolean hasNext() {
    return todoLeft > 0;
  }

  @Override
  public Awaitable<T> next() {
    if (todoLeft == 0) {
      throw new NoSuchElementException("as_completed: every awaitable has been handed out");
    }
    todoLeft--;
    return new WaitForOne();
  }

  /**
   * Python 3.13's {@code __anext__}: waits for the next future to finish and produces it (not its
   * result); {@link dev.stepwise.StopAsyncIteration} once every one was handed out.
   */
  @Override
  public dev.stepwise.AsyncIterator<Future<T>> aiter() {
    return () -> new LibraryCoro<Future<T>>("_AsCompletedIterator.__anext__") {
      @Override
      @SuppressWarnings("unchecked")
      protected int $resume(Throwable injected) throws Throwable {
        if (injected != null) {
          throw injected;
        }
        if ($state == 0) {
          if (todoLeft == 0) {
            throw new dev.stepwise.StopAsyncIteration();
          }
          todoLeft--;
          return await(done.get(), 1);
        }
        Object f = sent();
        if (f == TIMED_OUT) {
          throw new TimeoutError();
        }
        return ret((Future<T>) f);
      }
    };
  }

  private void handleTimeout() {
    for (Future<? extends T> f : todo) {
      f.removeDoneCallback(onCompletion);
      done.putNowait(TIMED_OUT);
    }
    todo.clear();
  }

  private void handleCompletion(Future<?> f) {
    if (todo.isEmpty()) {
      return; // the timeout came first
    }
    todo.remove(f);
    done.putNowait(f);
    if (todo.isEmpty() && timeoutHandle != null) {
      timeoutHandle.cancel();
    }
  }

  /** {@code _wait_for_one()}: waits for the next finished future and produces its result. */
  private final class WaitForOne extends LibraryCoro<T> {
    WaitForOne() {
      super("_AsCompletedIterator._wait_for_one");
    }

    @Override
    @SuppressWarnings("unchecked")
    protected int $resume(Throwable injected) throws Throwable {
      if (injected != null) {
        throw injected;
      }
      if ($state == 0) {
        return await(done.get(), 1);
      }
      Object f = sent();
      if (f == TIMED_OUT) {
        throw new TimeoutError();
      }
      return ret(((Future<? extends T>) f).result());
    }
  }
}
