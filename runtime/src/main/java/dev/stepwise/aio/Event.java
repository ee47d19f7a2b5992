package dev.stepwise.aio;

import dev.stepwise.Awaitable;
import java.util.ArrayDeque;

/**
 * A flag tasks can wait for. Python's {@code asyncio.Event}.
 *
 * <p>{@link #set()} wakes every waiting task (in the order they started waiting); a
 * {@link #clear()} right after does not take that back, since the woken waiters' futures are
 * already done. {@link #waitAsync()} on a set event returns at once, without suspending.
 *
 * <p>Python's {@code wait()} is {@link #waitAsync()} here: {@code Object.wait()} is final in Java.
 */
public final class Event extends LoopBound {
  private final ArrayDeque<Future<Boolean>> waiters = new ArrayDeque<>();
  private boolean value;

  /** An event that is not set. Python's {@code asyncio.Event()}. */
  public Event() {}

  /**
   * Whether the flag is set. Python's {@code Event.is_set()}.
   *
   * @return the flag
   */
  public boolean isSet() {
    return value;
  }

  /** Sets the flag and wakes all waiting tasks. Python's {@code Event.set()}. */
  public void set() {
    if (!value) {
      value = true;
      for (Future<Boolean> fut : waiters) {
        if (!fut.done()) {
          fut.setResult(Boolean.TRUE);
        }
      }
    }
  }

  /** Clears the flag: later waiters wait until it is set again. Python's {@code Event.clear()}. */
  public void clear() {
    value = false;
  }

  /**
   * Waits until the flag is set. Python's {@code Event.wait()}.
   *
   * @return an awaitable producing true; it does not suspend when the flag is already set
   */
  public Awaitable<Boolean> waitAsync() {
    return new Wait();
  }

  /**
   * Python's {@code repr(event)}, e.g. {@code <Event [unset, waiters:1]>}.
   *
   * @return the state
   */
  @Override
  public String toString() {
    String extra = value ? "set" : "unset";
    if (!waiters.isEmpty()) {
      extra += ", waiters:" + waiters.size();
    }
    return "<Event [" + extra + "]>";
  }

  /** {@code wait()}: label 0 starts, label 1 resumes once woken. */
  private final class Wait extends LibraryCoro<Boolean> {
    private Future<Boolean> fut;

    Wait() {
      super("Event.wait");
    }

    @Override
    protected int $resume(Throwable injected) throws Throwable {
      if ($state == 0) {
        if (injected != null) {
          throw injected;
        }
        if (value) {
          return ret(Boolean.TRUE);
        }
        fut = newWaiter();
        waiters.add(fut);
        return await(fut, 1);
      }
      waiters.remove(fut);
      if (injected != null) {
        throw injected;
      }
      return ret(Boolean.TRUE);
    }
  }
}
