package dev.stepwise.aio;

import dev.stepwise.AsyncContextManager;
import dev.stepwise.Awaitable;
import java.util.ArrayDeque;
import java.util.function.BooleanSupplier;

/**
 * A condition variable: tasks holding its lock wait until another task notifies them. Python's
 * {@code asyncio.Condition}.
 *
 * <p>{@link #waitAsync()} releases the lock, waits to be notified, and re-acquires the lock before
 * it returns, also when it is cancelled (the cancellation is raised once the lock is held again).
 * {@link #notify(int)} wakes up to {@code n} waiters in the order they started waiting. If a
 * notified waiter fails to return normally (it was cancelled meanwhile), it passes the
 * notification on to the next waiter (Python 3.13). Waits may return spuriously: re-check the
 * state, or use {@link #waitFor(BooleanSupplier)}.
 *
 * <p>Names: {@code Object.wait()}, {@code notify()} and {@code notifyAll()} are final in Java, so
 * Python's {@code wait()}, {@code notify()} and {@code notify_all()} are {@link #waitAsync()},
 * {@link #notifyOne()} (or {@link #notify(int) notify(1)}) and {@link #notifyAllWaiters()}. Calling
 * Java's {@code notify()} on a Condition is Java's monitor operation, not this one.
 *
 * <p>As an {@link AsyncContextManager} it acquires the lock on enter and releases it on exit, and
 * binds the condition itself.
 */
public final class Condition extends LoopBound implements AsyncContextManager<Condition>, AutoCloseable {
  private final Lock lock;
  private final ArrayDeque<Future<Boolean>> waiters = new ArrayDeque<>();

  /** A condition with a new {@link Lock}. Python's {@code asyncio.Condition()}. */
  public Condition() {
    this(new Lock());
  }

  /**
   * A condition over {@code lock}. Python's {@code asyncio.Condition(lock)}.
   *
   * @param lock the lock to use
   */
  public Condition(Lock lock) {
    if (lock == null) {
      throw new NullPointerException("lock");
    }
    this.lock = lock;
  }

  /**
   * Whether the underlying lock is held. Python's {@code Condition.locked()}.
   *
   * @return true when held
   */
  public boolean locked() {
    return lock.locked();
  }

  /**
   * Acquires the underlying lock. Python's {@code Condition.acquire()}.
   *
   * @return an awaitable producing true
   */
  public Awaitable<Boolean> acquire() {
    return lock.acquire();
  }

  /**
   * Releases the underlying lock. Python's {@code Condition.release()}.
   *
   * @throws RuntimeException "Lock is not acquired."
   */
  public void release() {
    lock.release();
  }

  /**
   * Releases the lock, waits until notified, then re-acquires the lock. Python's
   * {@code Condition.wait()}.
   *
   * @return an awaitable producing true; awaiting it throws {@link RuntimeException} "cannot wait on
   *     un-acquired lock" when the lock is not held, or {@link CancelledError} (with the lock held
   *     again) when the task is cancelled
   */
  public Awaitable<Boolean> waitAsync() {
    return new Wait();
  }

  /**
   * Waits until {@code predicate} is true, checking it first and after every wake-up. Python's
   * {@code Condition.wait_for(predicate)}.
   *
   * @param predicate evaluated with the lock held
   * @return an awaitable producing true; it throws what {@link #waitAsync()} throws
   */
  public Awaitable<Boolean> waitFor(BooleanSupplier predicate) {
    return new WaitFor(predicate);
  }

  /**
   * Wakes up to {@code n} waiting tasks. Python's {@code Condition.notify(n)}.
   *
   * @param n how many
   * @throws RuntimeException "cannot notify on un-acquired lock" when the lock is not held
   */
  public void notify(int n) {
    if (!locked()) {
      throw new RuntimeException("cannot notify on un-acquired lock");
    }
    wake(n);
  }

  /**
   * Wakes up one waiting task. Python's {@code Condition.notify()}.
   *
   * @throws RuntimeException "cannot notify on un-acquired lock" when the lock is not held
   */
  public void notifyOne() {
    notify(1);
  }

  /**
   * Wakes up every waiting task. Python's {@code Condition.notify_all()}.
   *
   * @throws RuntimeException "cannot notify on un-acquired lock" when the lock is not held
   */
  public void notifyAllWaiters() {
    notify(waiters.size());
  }

  private void wake(int n) {
    int idx = 0;
    for (Future<Boolean> fut : waiters) {
      if (idx >= n) {
        break;
      }
      if (!fut.done()) {
        idx++;
        fut.setResult(Boolean.FALSE);
      }
    }
  }

  /**
   * Acquires the lock. Python's {@code Condition.__aenter__()}.
   *
   * @return an awaitable producing this condition
   */
  @Override
  public Awaitable<Condition> enter() {
    return LibraryCoro.then("Condition.__aenter__", lock::acquire, ok -> this);
  }

  /**
   * Releases the lock. Python's {@code Condition.__aexit__()}.
   *
   * @param pending the exception leaving the block, or null; never suppressed
   * @return an awaitable producing false
   */
  @Override
  public Awaitable<Boolean> exit(Throwable pending) {
    return releasingExit("Condition.__aexit__", this::release);
  }

  /**
   * Always fails: use {@code Async.with(condition)} in a coroutine, or {@link #release()}.
   *
   * @throws IllegalStateException always
   */
  @Override
  public void close() {
    throw closedDirectly(this);
  }

  /**
   * Python's {@code repr(condition)}, e.g. {@code <Condition [locked, waiters:1]>}.
   *
   * @return the state
   */
  @Override
  public String toString() {
    String extra = locked() ? "locked" : "unlocked";
    if (!waiters.isEmpty()) {
      extra += ", waiters:" + waiters.size();
    }
    return "<Condition [" + extra + "]>";
  }

  /**
   * {@code wait()}: label 0 releases and waits, label 1 resumes once notified (or cancelled), label
   * 2 resumes after an attempt to re-acquire the lock.
   */
  private final class Wait extends LibraryCoro<Boolean> {
    private Future<Boolean> fut;
    /** What leaves the wait once the lock is held again: null (return true) or an exception. */
    private Throwable outcome;
    private Throwable err;

    Wait() {
      super("Condition.wait");
    }

    @Override
    protected int $resume(Throwable injected) throws Throwable {
      switch ($state) {
        case 0:
          if (injected != null) {
            throw injected;
          }
          if (!locked()) {
            throw new RuntimeException("cannot wait on un-acquired lock");
          }
          fut = newWaiter();
          release();
          waiters.add(fut);
          return await(fut, 1);
        case 1:
          waiters.remove(fut);
          outcome = injected;
          return await(lock.acquire(), 2);
        default:
          if (injected instanceof CancelledError) {
            // Must re-acquire the lock even if cancelled: try again, remember the latest.
            err = injected;
            return await(lock.acquire(), 2);
          }
          Throwable leaving = injected != null ? injected : err != null ? err : outcome;
          if (leaving != null) {
            // This task may have been notified: hand the notification on.
            wake(1);
            throw leaving;
          }
          return ret(Boolean.TRUE);
      }
    }
  }

  /** {@code wait_for(predicate)}: label 0 checks, label 1 resumes after a wait. */
  private final class WaitFor extends LibraryCoro<Boolean> {
    private final BooleanSupplier predicate;

    WaitFor(BooleanSupplier predicate) {
      super("Condition.wait_for");
      this.predicate = predicate;
    }

    @Override
    protected int $resume(Throwable injected) throws Throwable {
      if (injected != null) {
        throw injected;
      }
      if (predicate.getAsBoolean()) {
        return ret(Boolean.TRUE);
      }
      return await(new Wait(), 1);
    }
  }
}
