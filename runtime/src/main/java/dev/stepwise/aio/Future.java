package dev.stepwise.aio;

import dev.stepwise.Awaitable;
import dev.stepwise.StopIteration;
import dev.stepwise.internal.Sneaky;
import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * The result of an operation that finishes later, bound to one {@link EventLoop}. Python's
 * {@code asyncio.Future}.
 *
 * <p>States: PENDING, then either FINISHED (with a result or an exception) or CANCELLED. Done
 * callbacks never run inside {@code setResult}/{@code setException}/{@code cancel}: each is
 * scheduled with {@link EventLoop#callSoon}, in registration order, also when added to a future
 * that is already done. A coroutine that awaits a pending future hands it up to its task, which
 * resumes when the future is done; awaiting a done future does not suspend.
 *
 * <p>Not thread-safe: use it on its loop's thread (from other threads, go through
 * {@link EventLoop#callSoonThreadsafe}).
 *
 * @param <T> the result type
 */
public class Future<T> implements Awaitable<T> {
  private static final byte PENDING = 0;
  private static final byte CANCELLED = 1;
  private static final byte FINISHED = 2;

  final EventLoop loop;
  private byte state;
  private boolean retrieved;
  private T result;
  private Throwable exception;
  private String cancelMessage;
  /** Null, one callback, or a list of callbacks (a Consumer or a Task each). */
  private Object callbacks;

  /**
   * A pending future on {@code loop}. Python's {@code asyncio.Future(loop=loop)}; usually obtained
   * from {@link EventLoop#createFuture()}.
   *
   * @param loop its loop
   */
  public Future(EventLoop loop) {
    if (loop == null) {
      throw new NullPointerException("loop");
    }
    this.loop = loop;
  }

  /**
   * The loop this future belongs to. Python's {@code Future.get_loop()}.
   *
   * @return the loop
   */
  public final EventLoop loop() {
    return loop;
  }

  /**
   * Whether it is finished or cancelled. Python's {@code Future.done()}.
   *
   * @return true when done
   */
  public final boolean done() {
    return state != PENDING;
  }

  /**
   * Whether it was cancelled. Python's {@code Future.cancelled()}.
   *
   * @return true when cancelled
   */
  public final boolean cancelled() {
    return state == CANCELLED;
  }

  /**
   * The result. Python's {@code Future.result()}.
   *
   * @return the result
   * @throws CancelledError if cancelled
   * @throws InvalidStateError "Result is not set." while pending
   * @throws Throwable (unchecked or not) the exception it finished with
   */
  public T result() {
    if (state == CANCELLED) {
      throw cancelledError();
    }
    if (state == PENDING) {
      throw new InvalidStateError("Result is not set.");
    }
    retrieved = true;
    if (exception != null) {
      throw Sneaky.raise(exception);
    }
    return result;
  }

  /**
   * The exception it finished with, or null. Python's {@code Future.exception()}.
   *
   * @return the exception or null
   * @throws CancelledError if cancelled
   * @throws InvalidStateError "Exception is not set." while pending
   */
  public Throwable exception() {
    if (state == CANCELLED) {
      throw cancelledError();
    }
    if (state == PENDING) {
      throw new InvalidStateError("Exception is not set.");
    }
    retrieved = true;
    return exception;
  }

  /**
   * Finishes it with {@code value} and schedules the done callbacks. Python's
   * {@code Future.set_result()}.
   *
   * @param value the result
   * @throws InvalidStateError "invalid state" when already done
   */
  public void setResult(T value) {
    complete(value);
  }

  final void complete(T value) {
    if (state != PENDING) {
      throw new InvalidStateError("invalid state");
    }
    result = value;
    state = FINISHED;
    scheduleCallbacks();
  }

  /**
   * Finishes it with {@code exception} and schedules the done callbacks. Python's
   * {@code Future.set_exception()}. A {@link StopIteration} is stored as a
   * {@link RuntimeException} whose cause it is (Python 3.13), since it would end a generator.
   *
   * @param exception the exception
   * @throws InvalidStateError "invalid state" when already done
   */
  public void setException(Throwable exception) {
    fail(exception);
  }

  final void fail(Throwable exception) {
    if (state != PENDING) {
      throw new InvalidStateError("invalid state");
    }
    if (exception == null) {
      throw new NullPointerException("setException(null)");
    }
    if (exception instanceof StopIteration) {
      RuntimeException wrapped = new RuntimeException(
          "StopIteration interacts badly with generators and cannot be raised into a Future", exception);
      exception = wrapped;
    }
    this.exception = exception;
    state = FINISHED;
    loop.unretrieved.add(this);
    scheduleCallbacks();
  }

  /**
   * Cancels it if it is pending and schedules the done callbacks. Python's {@code Future.cancel()}.
   *
   * @return true if it was pending (and is now cancelled), false if it was already done
   */
  public boolean cancel() {
    return cancel(null);
  }

  /**
   * Cancels it with a message that {@link CancelledError} carries. Python's
   * {@code Future.cancel(msg)}.
   *
   * @param message the message, or null
   * @return true if it was pending
   */
  public boolean cancel(String message) {
    return cancelNow(message);
  }

  final boolean cancelNow(String message) {
    if (state != PENDING) {
      return false;
    }
    state = CANCELLED;
    cancelMessage = message;
    scheduleCallbacks();
    return true;
  }

  /**
   * Adds a callback run with this future once it is done, through {@link EventLoop#callSoon}.
   * Python's {@code Future.add_done_callback()}.
   *
   * @param callback receives this future
   */
  public final void addDoneCallback(Consumer<? super Future<T>> callback) {
    if (callback == null) {
      throw new NullPointerException("callback");
    }
    addCallback(callback);
  }

  final void addCallback(Object callback) {
    if (state != PENDING) {
      scheduleCallback(callback);
      return;
    }
    if (callbacks == null) {
      callbacks = callback;
    } else if (callbacks instanceof CallbackList) {
      ((CallbackList) callbacks).add(callback);
    } else {
      CallbackList list = new CallbackList();
      list.add(callbacks);
      list.add(callback);
      callbacks = list;
    }
  }

  /**
   * Removes every registration of {@code callback}. Python's {@code Future.remove_done_callback()}.
   *
   * @param callback the callback
   * @return how many registrations were removed
   */
  public final int removeDoneCallback(Consumer<? super Future<T>> callback) {
    return removeCallback(callback);
  }

  final int removeCallback(Object callback) {
    if (callbacks == null) {
      return 0;
    }
    if (callbacks instanceof CallbackList) {
      CallbackList list = (CallbackList) callbacks;
      int before = list.size();
      list.removeIf(c -> c == callback);
      return before - list.size();
    }
    if (callbacks == callback) {
      callbacks = null;
      return 1;
    }
    return 0;
  }

  private void scheduleCallbacks() {
    Object cbs = callbacks;
    callbacks = null;
    if (cbs instanceof CallbackList) {
      for (Object cb : (CallbackList) cbs) {
        scheduleCallback(cb);
      }
    } else if (cbs != null) {
      scheduleCallback(cbs);
    }
  }

  @SuppressWarnings("unchecked")
  private void scheduleCallback(Object cb) {
    if (cb instanceof Task) {
      loop.schedule(((Task<?>) cb).wakeupHandle(this));
    } else {
      Consumer<? super Future<T>> consumer = (Consumer<? super Future<T>>) cb;
      loop.callSoon(new Runnable() {
        @Override
        public void run() {
          consumer.accept(Future.this);
        }

        @Override
        public String toString() {
          return consumer + "(" + Future.this + ")";
        }
      });
    }
  }

  CancelledError cancelledError() {
    return cancelMessage == null ? new CancelledError() : new CancelledError(cancelMessage);
  }

  final boolean exceptionRetrieved() {
    return retrieved || exception == null;
  }

  final Throwable exceptionUnchecked() {
    return exception;
  }

  String describeState() {
    switch (state) {
      case PENDING:
        return "pending";
      case CANCELLED:
        return "cancelled";
      default:
        return exception != null ? "finished exception=" + exception : "finished result=" + result;
    }
  }

  @Override
  public String toString() {
    return "<Future " + describeState() + ">";
  }

  /** The callbacks of a future with more than one. */
  private static final class CallbackList extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;
  }
}
