package dev.stepwise.aio;

import dev.stepwise.AsyncContextManager;
import dev.stepwise.Awaitable;

/**
 * A deadline for the code inside an {@code async with}: when it passes, the enclosing task is
 * cancelled, and the {@link CancelledError} leaving the block is turned into a
 * {@link TimeoutError} whose cause it is. Python's {@code asyncio.Timeout} (3.11+), obtained from
 * {@link Aio#timeout} or {@link Aio#timeoutAt}.
 *
 * <pre>{@code
 * try (Timeout t = Async.with(timeout(2.0))) {
 *   await(slowOperation());
 * } catch (TimeoutError e) {
 *   System.out.println("timed out: " + t.expired());
 * }
 * }</pre>
 *
 * <p>States, as in asyncio's {@code timeouts.py}:
 *
 * <pre>
 *   CREATED --enter--> ENTERED --deadline--> EXPIRING --exit--> EXPIRED
 *                         |
 *                         +------exit------> EXITED
 * </pre>
 *
 * <p>Entering records the task's {@link Task#cancelling()} count and schedules the deadline. At the
 * deadline the task is cancelled (state EXPIRING). On exit from EXPIRING the timeout withdraws its
 * own cancellation with {@link Task#uncancel()}, and converts the pending {@code CancelledError}
 * into a {@code TimeoutError} only if no other cancellation was requested meanwhile, that is when
 * {@code uncancel()} is not above the count recorded on entry. So with nested timeouts only the
 * one that expired converts (an outer expiry passes through an inner timeout as
 * {@code CancelledError}), and a cancellation from outside is never turned into a
 * {@code TimeoutError}. A body that swallows the cancellation leaves normally; the timeout is
 * still {@link #expired()}.
 *
 * <p>Python 3.13 also records a TimeoutError in the {@code __context__} chain of another exception
 * raised while the cancellation was handled; Java has no implicit exception context, so that
 * exception propagates unchanged.
 *
 * <p>{@link #close()} exists only so that the try-with-resources statement compiles; the
 * transformed code uses {@link #enter()} and {@link #exit(Throwable)}.
 */
public final class Timeout implements AsyncContextManager<Timeout>, AutoCloseable {
  private enum State {
    CREATED("created"),
    ENTERED("active"),
    EXPIRING("expiring"),
    EXPIRED("expired"),
    EXITED("finished");

    final String value;

    State(String value) {
      this.value = value;
    }
  }

  private State state = State.CREATED;
  private Double when;
  private Handle timeoutHandler;
  private Task<?> task;
  private int cancelling;

  /**
   * A timeout that expires at loop time {@code when}, or never when null. Python's
   * {@code asyncio.Timeout(when)}; {@link Aio#timeout} and {@link Aio#timeoutAt} are the usual way
   * to make one.
   *
   * @param when the deadline on the loop's clock, or null for no deadline
   */
  public Timeout(Double when) {
    this.when = when;
  }

  /**
   * The deadline, or null when there is none. Python's {@code Timeout.when()}.
   *
   * @return loop time in seconds, or null
   */
  public Double when() {
    return when;
  }

  /**
   * Moves the deadline; a deadline already past expires on the next loop iteration. Python's
   * {@code Timeout.reschedule()}.
   *
   * @param when the new deadline on the loop's clock, or null for none
   * @throws RuntimeException "Timeout has not been entered", or "Cannot change state of expiring
   *     Timeout" (expired, finished) once the deadline has passed or the block was left
   */
  public void reschedule(Double when) {
    if (state != State.ENTERED) {
      if (state == State.CREATED) {
        throw new RuntimeException("Timeout has not been entered");
      }
      throw new RuntimeException("Cannot change state of " + state.value + " Timeout");
    }
    this.when = when;
    if (timeoutHandler != null) {
      timeoutHandler.cancel();
    }
    if (when == null) {
      timeoutHandler = null;
    } else {
      EventLoop loop = EventLoop.running();
      if (when <= loop.time()) {
        timeoutHandler = loop.callSoon(this::onTimeout);
      } else {
        timeoutHandler = loop.callAt(when, this::onTimeout);
      }
    }
  }

  /**
   * Whether the deadline passed while the block ran. Python's {@code Timeout.expired()}.
   *
   * @return true in state EXPIRING or EXPIRED
   */
  public boolean expired() {
    return state == State.EXPIRING || state == State.EXPIRED;
  }

  /**
   * Enters the block: binds to the current task and schedules the deadline. Python's
   * {@code Timeout.__aenter__()}; never suspends.
   *
   * @return an awaitable producing this timeout; awaiting it throws {@link RuntimeException}
   *     "Timeout has already been entered", or "Timeout should be used inside a task"
   */
  @Override
  public Awaitable<Timeout> enter() {
    return LibraryCoro.of("Timeout.__aenter__", () -> {
      if (state != State.CREATED) {
        throw new RuntimeException("Timeout has already been entered");
      }
      EventLoop loop = EventLoop.running();
      Task<?> current = loop.currentTask();
      if (current == null) {
        throw new RuntimeException("Timeout should be used inside a task");
      }
      state = State.ENTERED;
      task = current;
      cancelling = current.cancelling();
      reschedule(when);
      return this;
    });
  }

  /**
   * Leaves the block. Python's {@code Timeout.__aexit__()}; never suspends and never suppresses.
   *
   * @param pending the exception leaving the block, or null
   * @return an awaitable producing false; awaiting it throws {@link TimeoutError} (with
   *     {@code pending} as its cause) when this timeout expired, {@code pending} is a
   *     {@link CancelledError}, and no other cancellation of the task is outstanding
   */
  @Override
  public Awaitable<Boolean> exit(Throwable pending) {
    return LibraryCoro.of("Timeout.__aexit__", () -> {
      if (state != State.ENTERED && state != State.EXPIRING) {
        throw new IllegalStateException("Timeout.exit() in state " + state.value);
      }
      if (timeoutHandler != null) {
        timeoutHandler.cancel();
        timeoutHandler = null;
      }
      if (state == State.EXPIRING) {
        state = State.EXPIRED;
        if (task.uncancel() <= cancelling && pending instanceof CancelledError) {
          TimeoutError e = new TimeoutError();
          e.initCause(pending);
          throw e;
        }
      } else {
        state = State.EXITED;
      }
      return Boolean.FALSE;
    });
  }

  private void onTimeout() {
    task.cancel();
    state = State.EXPIRING;
    timeoutHandler = null;
  }

  /**
   * Always fails: a timeout is an asynchronous context manager. {@code close()} exists so that
   * {@code try (Timeout t = Async.with(timeout(d)))} compiles.
   *
   * @throws IllegalStateException always
   */
  @Override
  public void close() {
    throw new IllegalStateException(
        "a Timeout must be used through Async.with in a coroutine (async with), not closed directly");
  }

  /**
   * Python's {@code repr(timeout)}: {@code <Timeout [active] when=12.0>}.
   *
   * @return the state, and the deadline while entered
   */
  @Override
  public String toString() {
    String info = "";
    if (state == State.ENTERED) {
      info = " when=" + (when == null ? "None" : Double.toString(Math.round(when * 1000) / 1000.0));
    }
    return "<Timeout [" + state.value + "]" + info + ">";
  }
}
