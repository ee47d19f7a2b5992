package dev.stepwise.aio;

import dev.stepwise.AsyncContextManager;
import dev.stepwise.Awaitable;
import java.util.ArrayDeque;

/**
 * A counter of free slots: {@link #acquire()} takes one, waiting while there is none, and
 * {@link #release()} gives one back. Python's {@code asyncio.Semaphore}.
 *
 * <p>Fair (Python 3.11.7+): waiters get slots in the order they started waiting, and a newcomer
 * waits behind them even when a slot is free, until every earlier waiter has been served. A waiter
 * cancelled after it was given a slot gives the slot back. {@link #release()} may raise the value
 * above the initial one; {@link BoundedSemaphore} forbids that.
 *
 * <p>As an {@link AsyncContextManager} it acquires on enter and releases on exit, and binds the
 * semaphore itself.
 */
public class Semaphore extends LoopBound implements AsyncContextManager<Semaphore>, AutoCloseable {
  private ArrayDeque<Future<Boolean>> waiters;
  int value;

  /** A semaphore with one slot. Python's {@code asyncio.Semaphore()}. */
  public Semaphore() {
    this(1);
  }

  /**
   * A semaphore with {@code value} slots. Python's {@code asyncio.Semaphore(value)}.
   *
   * @param value the initial number of free slots
   * @throws IllegalArgumentException "Semaphore initial value must be >= 0" (Python's ValueError)
   */
  public Semaphore(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("Semaphore initial value must be >= 0");
    }
    this.value = value;
  }

  /**
   * Whether {@link #acquire()} would wait: no free slot, or tasks are already waiting. Python's
   * {@code Semaphore.locked()}.
   *
   * @return true when an acquire would wait
   */
  public boolean locked() {
    if (value == 0) {
      return true;
    }
    if (waiters != null) {
      for (Future<Boolean> w : waiters) {
        if (!w.cancelled()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Takes a slot, waiting in line when none is free or others wait. Python's
   * {@code Semaphore.acquire()}.
   *
   * @return an awaitable producing true; it does not suspend when {@link #locked()} is false.
   *     Awaiting it throws {@link CancelledError} if the task is cancelled while waiting (it then
   *     holds no slot)
   */
  public Awaitable<Boolean> acquire() {
    return new Acquire();
  }

  /**
   * Gives a slot back and wakes the first waiter. Python's {@code Semaphore.release()}.
   */
  public void release() {
    value++;
    wakeUpNext();
  }

  private boolean wakeUpNext() {
    if (waiters == null) {
      return false;
    }
    for (Future<Boolean> fut : waiters) {
      if (!fut.done()) {
        value--;
        fut.setResult(Boolean.TRUE);
        return true;
      }
    }
    return false;
  }

  /**
   * Acquires a slot. Python's {@code Semaphore.__aenter__()}.
   *
   * @return an awaitable producing this semaphore
   */
  @Override
  public Awaitable<Semaphore> enter() {
    return LibraryCoro.then(getClass().getSimpleName() + ".__aenter__", this::acquire, ok -> this);
  }

  /**
   * Releases a slot. Python's {@code Semaphore.__aexit__()}.
   *
   * @param pending the exception leaving the block, or null; never suppressed
   * @return an awaitable producing false; a {@link BoundedSemaphore} released too often throws
   */
  @Override
  public Awaitable<Boolean> exit(Throwable pending) {
    return releasingExit(getClass().getSimpleName() + ".__aexit__", this::release);
  }

  /**
   * Always fails: use {@code Async.with(semaphore)} in a coroutine, or {@link #release()}.
   *
   * @throws IllegalStateException always
   */
  @Override
  public void close() {
    throw closedDirectly(this);
  }

  /**
   * Python's {@code repr(semaphore)}, e.g. {@code <Semaphore [unlocked, value:2]>}.
   *
   * @return the state
   */
  @Override
  public String toString() {
    String extra = locked() ? "locked" : "unlocked, value:" + value;
    if (waiters != null && !waiters.isEmpty()) {
      extra += ", waiters:" + waiters.size();
    }
    return "<" + getClass().getSimpleName() + " [" + extra + "]>";
  }

  /** {@code acquire()}: label 0 starts, label 1 resumes after waiting in line. */
  private final class Acquire extends LibraryCoro<Boolean> {
    private Future<Boolean> fut;

    Acquire() {
      super(Semaphore.this.getClass().getSimpleName() + ".acquire");
    }

    @Override
    protected int $resume(Throwable injected) throws Throwable {
      if ($state == 0) {
        if (injected != null) {
          throw injected;
        }
        if (!locked()) {
          value--;
          return ret(Boolean.TRUE);
        }
        if (waiters == null) {
          waiters = new ArrayDeque<>();
        }
        fut = newWaiter();
        waiters.add(fut);
        return await(fut, 1);
      }
      try {
        waiters.remove(fut);
        if (injected != null) {
          if (injected instanceof CancelledError && fut.done() && !fut.cancelled()) {
            // We were given a slot but will not take it: give it back.
            value++;
          }
          throw injected;
        }
      } finally {
        // New waiters may have queued behind us although slots were free (FIFO): wake them.
        while (value > 0) {
          if (!wakeUpNext()) {
            break;
          }
        }
      }
      return ret(Boolean.TRUE);
    }
  }
}
