package dev.stepwise.aio;

import dev.stepwise.Coro;
import dev.stepwise.internal.CoroFrame;
import java.io.PrintStream;
import java.util.List;

/**
 * A coroutine scheduled on a loop: it steps the coroutine, waits on the future the coroutine
 * suspends on, and is woken when that future is done. Python's {@code asyncio.Task}.
 *
 * <p>Invariant (as in asyncio): either {@code waiter} is null and a step is scheduled, or
 * {@code waiter} is the future the coroutine waits on and no step is scheduled.
 *
 * <p>Cancellation is a request: {@link #cancel()} cancels the future the task waits on (so a task
 * awaiting another task cancels it too), or, when it waits on nothing, makes the next step raise
 * {@link CancelledError} at the await. The coroutine may catch it and go on. A task cancelled
 * before its first step never runs its body. {@link #cancelling()} counts requests and
 * {@link #uncancel()} withdraws one (Python 3.13: withdrawing the last one also withdraws a pending
 * request).
 *
 * @param <T> the result type
 */
public final class Task<T> extends Future<T> {
  private final CoroFrame<T> coro;
  private Step plainStep;
  private final int number;
  private String name;
  private Future<?> waiter;
  private boolean mustCancel;
  private String cancelRequestMessage;
  private int cancelsRequested;
  Task<?> prevTask;
  Task<?> nextTask;

  Task(EventLoop loop, Coro<T> coro, String name) {
    super(loop);
    if (!(coro instanceof CoroFrame)) {
      throw new IllegalArgumentException("a coroutine was expected, got " + coro);
    }
    this.coro = (CoroFrame<T>) coro;
    this.coro.$take();
    this.number = loop.nextTaskNumber();
    this.name = name;
    loop.tasks.add(this);
    if (LoopEvents.tasks()) {
      LoopEvents.taskCreated(this);
    }
    loop.schedule(plainStep());
  }

  /**
   * The task's name, {@code Task-N} unless one was given. Python's {@code Task.get_name()}.
   *
   * @return the name
   */
  public String name() {
    return name != null ? name : "Task-" + number;
  }

  /**
   * Renames the task. Python's {@code Task.set_name()}.
   *
   * @param name the new name
   */
  public void setName(String name) {
    this.name = name;
  }

  /**
   * Where the task is suspended: its chain of coroutines, innermost first (the one that awaits what
   * the task waits on), each as the user's source line of its current state. Python's
   * {@code Task.get_stack()}, which gives the task's outermost frame only. Empty for a task that
   * has not started or is done; for a coroutine that is not a generated state machine (one run by
   * the reference executor) its frame has no line.
   *
   * @return the frames, innermost first
   */
  public List<StackTraceElement> stack() {
    return done() ? List.of() : coro.$stack();
  }

  /**
   * What the task is waiting on: the future (or other awaitable) its innermost coroutine awaits, or
   * null when it is scheduled to run or done.
   *
   * @return the awaited object or null
   */
  public Object waitingOn() {
    return done() ? null : coro.$waitingOn();
  }

  /**
   * Prints the task, its stack ({@link #stack()}, innermost first, Java style) and what it waits on.
   * Python's {@code Task.print_stack()}.
   *
   * @param out where to print
   */
  public void printStack(PrintStream out) {
    out.print(describeStack());
  }

  /** The text {@link #printStack} prints. */
  String describeStack() {
    StringBuilder sb = new StringBuilder(toString()).append('\n');
    for (StackTraceElement e : stack()) {
      sb.append("    at ").append(e).append('\n');
    }
    Object on = waitingOn();
    if (on != null) {
      sb.append("    waiting on ").append(on).append('\n');
    }
    return sb.toString();
  }

  /**
   * The coroutine the task runs. Python's {@code Task.get_coro()}.
   *
   * @return the coroutine
   */
  public Coro<T> coro() {
    return coro;
  }

  /**
   * Always fails: a task's result comes from its coroutine. Python's
   * {@code Task.set_result()}.
   *
   * @throws RuntimeException "Task does not support set_result operation"
   */
  @Override
  public void setResult(T value) {
    throw new RuntimeException("Task does not support set_result operation");
  }

  /**
   * Always fails. Python's {@code Task.set_exception()}.
   *
   * @throws RuntimeException "Task does not support set_exception operation"
   */
  @Override
  public void setException(Throwable exception) {
    throw new RuntimeException("Task does not support set_exception operation");
  }

  /**
   * Requests cancellation. Python's {@code Task.cancel(msg)}.
   *
   * @param message carried by the CancelledError, or null
   * @return false if the task is already done, else true
   */
  @Override
  public boolean cancel(String message) {
    if (done()) {
      return false;
    }
    cancelsRequested++;
    if (waiter != null && waiter.cancel(message)) {
      // Keep the waiter: if it is a task that swallows the cancellation, we may cancel it again.
      return true;
    }
    mustCancel = true;
    cancelRequestMessage = message;
    return true;
  }

  /**
   * The number of pending cancellation requests. Python's {@code Task.cancelling()}.
   *
   * @return the count
   */
  public int cancelling() {
    return cancelsRequested;
  }

  /**
   * Withdraws one cancellation request; withdrawing the last also withdraws a request not yet
   * delivered (Python 3.13). Python's {@code Task.uncancel()}.
   *
   * @return the remaining count
   */
  public int uncancel() {
    if (cancelsRequested > 0) {
      cancelsRequested--;
      if (cancelsRequested == 0) {
        mustCancel = false;
      }
    }
    return cancelsRequested;
  }

  /** One step of the coroutine, raising {@code exc} at its await when not null. */
  void step(Throwable exc) {
    if (done()) {
      throw new InvalidStateError("step(): already done: " + this + ", " + exc);
    }
    if (mustCancel) {
      // A CancelledError already on its way in (the awaited future was cancelled by an earlier
      // cancel()) is the one delivered, with its message: several requests raise it once.
      if (!(exc instanceof CancelledError)) {
        exc = cancelRequestMessage == null ? new CancelledError() : new CancelledError(cancelRequestMessage);
      }
      mustCancel = false;
    }
    waiter = null;
    Task<?> previous = loop.current;
    loop.current = this;
    try {
      Object handedUp;
      try {
        handedUp = coro.$advance(null, exc);
      } catch (CancelledError e) {
        mustCancel = false;
        cancelNow(e.getMessage());
        finished();
        return;
      } catch (Throwable e) {
        fail(e);
        finished();
        return;
      }
      if (handedUp == CoroFrame.$FINISHED) {
        if (mustCancel) {
          mustCancel = false;
          cancelNow(cancelRequestMessage);
        } else {
          complete(coro.$returnValue());
        }
        finished();
        return;
      }
      if (handedUp instanceof Future) {
        Future<?> f = (Future<?>) handedUp;
        if (f.loop != loop) {
          loop.schedule(new Step(this, new RuntimeException(
              "Task " + this + " got Future " + f + " attached to a different loop")));
        } else if (f == this) {
          loop.schedule(new Step(this, new RuntimeException("Task cannot await on itself: " + this)));
        } else {
          f.addCallback(this);
          waiter = f;
          plainStep = null; // a task that waits holds no step handle (memory per sleeping task)
          if (mustCancel && f.cancel(cancelRequestMessage)) {
            mustCancel = false;
          }
        }
      } else if (handedUp == null) {
        loop.schedule(plainStep());
      } else {
        loop.schedule(new Step(this, new RuntimeException("Task got bad yield: " + handedUp)));
      }
    } finally {
      loop.current = previous;
    }
  }

  /** The task is done: it leaves the loop's task list. */
  private void finished() {
    loop.tasks.remove(this);
    if (LoopEvents.tasks()) {
      LoopEvents.taskFinished(this, cancelled() ? "cancelled" : exceptionUnchecked() != null ? "exception" : "result");
    }
  }

  /** What the loop runs when a future this task waits on is done. */
  Handle wakeupHandle(Future<?> future) {
    return new Wakeup(this, future);
  }

  @Override
  public String toString() {
    return "<Task " + describeState() + " name='" + name() + "' coro=" + coro + ">";
  }

  /**
   * The task's step without an exception, reused while the task only reschedules itself
   * ({@code sleep(0)}): a task has at most one step scheduled at a time, and this handle is never
   * cancelled or handed out. Dropped when the task waits on a future.
   */
  private Step plainStep() {
    Step s = plainStep;
    if (s == null) {
      s = new Step(this, null);
      plainStep = s;
    }
    return s;
  }

  /** A scheduled step of a task. */
  private static final class Step extends Handle {
    private final Task<?> task;
    private final Throwable exc;

    Step(Task<?> task, Throwable exc) {
      super(task.loop, null);
      this.task = task;
      this.exc = exc;
    }

    @Override
    void run() {
      task.step(exc);
    }

    @Override
    public String toString() {
      return "<Handle " + task + ".step()>";
    }
  }

  /** A task's wakeup by a future it waited on: the future's exception, if any, is raised in it. */
  private static final class Wakeup extends Handle {
    private final Task<?> task;
    private final Future<?> future;

    Wakeup(Task<?> task, Future<?> future) {
      super(task.loop, null);
      this.task = task;
      this.future = future;
    }

    @Override
    void run() {
      Throwable exc = null;
      try {
        future.result();
      } catch (Throwable t) {
        exc = t;
      }
      task.step(exc);
    }

    @Override
    public String toString() {
      return "<Handle " + task + ".wakeup(" + future + ")>";
    }
  }
}
