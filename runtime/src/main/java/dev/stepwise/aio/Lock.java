package dev.stepwise.aio;

import dev.stepwise.AsyncContextManager;
import dev.stepwise.Awaitable;
import java.util.ArrayDeque;

/**
 * A mutual-exclusion lock for tasks: not owned by a task, released by whoever holds it. Python's
 * {@code asyncio.Lock}.
 *
 * <p>Fair: tasks waiting in {@link #acquire()} get the lock in the order they started waiting, and
 * a newcomer never overtakes a waiting task, not even right after {@link #release()} (the woken
 * waiter has not run yet, yet the newcomer queues behind it). A waiter cancelled while queued is
 * skipped; if it had already been chosen, it passes the lock on to the next one.
 *
 * <pre>{@code
 * try (Lock held = Async.with(lock)) {   // async with lock:
 *   ...
 * }
 * }</pre>
 *
 * <p>As an {@link AsyncContextManager} it acquires on enter and releases on exit, and binds the
 * lock itself (Python binds None; a Java try-with-resources needs a variable).
 */
public final class Lock extends LoopBound implements AsyncContextManager<Lock>, AutoCloseable {
  private ArrayDeque<Future<Boolean>> waiters;
  private boolean locked;

  /** An unlocked lock. Python's {@code asyncio.Lock()}. */
  public Lock() {}

  /**
   * Whether the lock is held. Python's {@code Lock.locked()}.
   *
   * @return true when held
   */
  public boolean locked() {
    return locked;
  }

  /**
   * Acquires the lock, waiting in line if it is held or others wait for it. Python's
   * {@code Lock.acquire()}.
   *
   * @return an awaitable producing true; it does not suspend when the lock is free and nobody
   *     waits. Awaiting it throws {@link CancelledError} if the task is cancelled while waiting
   *     (the lock is then not held by it)
   */
  public Awaitable<Boolean> acquire() {
    return new Acquire();
  }

  /**
   * Releases the lock and wakes the first waiter. Python's {@code Lock.release()}.
   *
   * @throws RuntimeException "Lock is not acquired." when the lock is not held
   */
  public void release() {
    if (locked) {
      locked = false;
      wakeUpFirst();
    } else {
      throw new RuntimeException("Lock is not acquired.");
    }
  }

  private void wakeUpFirst() {
    if (waiters == null || waiters.isEmpty()) {
      return;
    }
    Future<Boolean> fut = waiters.peekFirst();
    if (!fut.done()) {
      fut.setResult(Boolean.TRUE);
    }
  }

  private boolean allWaitersCancelled() {
    if (waiters != null) {
      for (Future<Boolean> w : waiters) {
        if (!w.cancelled()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Acquires the lock. Python's {@code Lock.__aenter__()}.
   *
   * @return an awaitable producing this lock
   */
  @Override
  public Awaitable<Lock> enter() {
    return LibraryCoro.then("Lock.__aenter__", this::acquire, ok -> this);
  }

  /**
   * Releases the lock. Python's {@code Lock.__aexit__()}.
   *
   * @param pending the exception leaving the block, or null; never suppressed
   * @return an awaitable producing false
   */
  @Override
  public Awaitable<Boolean> exit(Throwable pending) {
    return releasingExit("Lock.__aexit__", this::release);
  }

  /**
   * Always fails: use {@code Async.with(lock)} in a coroutine, or {@link #release()}.
   *
   * @throws IllegalStateException always
   */
  @Override
  public void close() {
    throw closedDirectly(this);
  }

  /**
   * Python's {@code repr(lock)}, e.g. {@code <Lock [locked, waiters:2]>}.
   *
   * @return the state
   */
  @Override
  public String toString() {
    String extra = locked ? "locked" : "unlocked";
    if (waiters != null && !waiters.isEmpty()) {
      extra += ", waiters:" + waiters.size();
    }
    return "<Lock [" + extra + "]>";
  }

  /** {@code acquire()}: label 0 starts, label 1 resumes after waiting in line. */
  private final class Acquire extends LibraryCoro<Boolean> {
    private Future<Boolean> fut;

    Acquire() {
      super("Lock.acquire");
    }

    @Override
    protected int $resume(Throwable injected) throws Throwable {
      if ($state == 0) {
        if (injected != null) {
          throw injected;
        }
        if (!locked && allWaitersCancelled()) {
          locked = true;
          return ret(Boolean.TRUE);
        }
        if (waiters == null) {
          waiters = new ArrayDeque<>();
        }
        fut = newWaiter();
        waiters.add(fut);
        return await(fut, 1);
      }
      waiters.remove(fut);
      if (injected != null) {
        if (injected instanceof CancelledError && !locked) {
          // Chosen or not, this waiter gives up: make sure the head of the line runs.
          wakeUpFirst();
        }
        throw injected;
      }
      locked = true;
      return ret(Boolean.TRUE);
    }
  }
}
