package dev.stepwise.aio;

import dev.stepwise.AsyncContextManager;
import dev.stepwise.Awaitable;
import dev.stepwise.Coro;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Structured concurrency: tasks created in the group are awaited when the block is left, and the
 * first task that fails cancels the others. Python's {@code asyncio.TaskGroup} (3.11+).
 *
 * <pre>{@code
 * try (TaskGroup tg = Async.with(new TaskGroup())) {
 *   tg.createTask(fetch("a"));
 *   tg.createTask(fetch("b"));
 * }   // both are done here
 * }</pre>
 *
 * <p>Behaviour, as asyncio's {@code taskgroups.py} (the state is the flags {@code entered},
 * {@code exiting}, {@code aborting} and {@code parentCancelRequested}):
 *
 * <ul>
 *   <li>When a task fails with an exception other than {@link CancelledError}, the group aborts:
 *       it cancels every unfinished task and cancels the parent task (the one that entered the
 *       group) once, so that the block's own await is interrupted; it withdraws that
 *       cancellation with {@link Task#uncancel()} when it exits.
 *   <li>{@link #exit(Throwable)} waits until every task is done, then raises an
 *       {@link ExceptionGroup} "unhandled errors in a TaskGroup (N sub-exceptions)" holding every
 *       task failure, in the order the tasks finished, followed by the exception that left the
 *       block, if any (an exception in the block also aborts the group).
 *   <li>A cancellation of the parent from outside cancels the tasks and propagates as a plain
 *       {@code CancelledError} once they are done; if tasks also failed, the group wins and the
 *       parent's cancellation stays requested ({@link Task#cancelling()} keeps counting it).
 *   <li>A {@link VirtualMachineError} (Python's KeyboardInterrupt and SystemExit) in a task or the
 *       block is re-raised as it is, after the tasks are done.
 * </ul>
 *
 * <p>Tasks are kept in creation order, so siblings are cancelled in the order they were created
 * (CPython keeps a set: its order is arbitrary). The block binds the group itself;
 * {@link #close()} exists only so that the try-with-resources statement compiles.
 */
public final class TaskGroup implements AsyncContextManager<TaskGroup>, AutoCloseable {
  private boolean entered;
  private boolean exiting;
  private boolean aborting;
  private boolean parentCancelRequested;
  private EventLoop loop;
  private Task<?> parentTask;
  private final Set<Task<?>> tasks = new LinkedHashSet<>();
  private List<Throwable> errors = new ArrayList<>();
  private Throwable baseError;
  private Future<Boolean> onCompletedFut;
  private final Consumer<Future<?>> onTaskDone = this::onTaskDone;

  /** A group, to be entered with {@code Async.with}. Python's {@code asyncio.TaskGroup()}. */
  public TaskGroup() {}

  /**
   * Enters the group and binds it to the current task. Python's {@code TaskGroup.__aenter__()};
   * never suspends.
   *
   * @return an awaitable producing this group; awaiting it throws {@link RuntimeException}
   *     "TaskGroup ... has already been entered" or "TaskGroup ... cannot determine the parent
   *     task", or {@link IllegalStateException} "no running event loop"
   */
  @Override
  public Awaitable<TaskGroup> enter() {
    return LibraryCoro.of("TaskGroup.__aenter__", () -> {
      if (entered) {
        throw new RuntimeException("TaskGroup " + this + " has already been entered");
      }
      if (loop == null) {
        loop = EventLoop.running();
      }
      parentTask = loop.currentTask();
      if (parentTask == null) {
        throw new RuntimeException("TaskGroup " + this + " cannot determine the parent task");
      }
      entered = true;
      return this;
    });
  }

  /**
   * Leaves the group: waits for every task, then reports failures. Python's
   * {@code TaskGroup.__aexit__()}.
   *
   * @param pending the exception leaving the block, or null
   * @return an awaitable producing false (the group never suppresses); awaiting it throws
   *     {@link ExceptionGroup} when tasks failed or the block raised, the parent's
   *     {@link CancelledError} when it was cancelled from outside, or a {@link VirtualMachineError}
   *     raised in a task or the block
   */
  @Override
  public Awaitable<Boolean> exit(Throwable pending) {
    return new Exit(pending);
  }

  /**
   * Creates a task in this group. Python's {@code TaskGroup.create_task()}.
   *
   * @param coro the coroutine; closed when the group refuses it
   * @param <T> its result type
   * @return the task
   * @throws RuntimeException "TaskGroup ... has not been entered", "TaskGroup ... is finished"
   *     (exited with no task left) or "TaskGroup ... is shutting down" (aborting)
   */
  public <T> Task<T> createTask(Coro<T> coro) {
    return createTask(coro, null);
  }

  /**
   * Creates a named task in this group. Python's {@code TaskGroup.create_task(coro, name=...)}.
   *
   * @param coro the coroutine; closed when the group refuses it
   * @param name the task's name, or null for {@code Task-N}
   * @param <T> its result type
   * @return the task
   * @throws RuntimeException as {@link #createTask(Coro)}
   */
  public <T> Task<T> createTask(Coro<T> coro, String name) {
    if (!entered) {
      coro.close();
      throw new RuntimeException("TaskGroup " + this + " has not been entered");
    }
    if (exiting && tasks.isEmpty()) {
      coro.close();
      throw new RuntimeException("TaskGroup " + this + " is finished");
    }
    if (aborting) {
      coro.close();
      throw new RuntimeException("TaskGroup " + this + " is shutting down");
    }
    Task<T> task = loop.createTask(coro, name);
    if (task.done()) {
      onTaskDone(task);
    } else {
      tasks.add(task);
      task.addDoneCallback(onTaskDone);
    }
    return task;
  }

  /**
   * Always fails: a task group is an asynchronous context manager. {@code close()} exists so that
   * {@code try (TaskGroup tg = Async.with(new TaskGroup()))} compiles.
   *
   * @throws IllegalStateException always
   */
  @Override
  public void close() {
    throw new IllegalStateException(
        "a TaskGroup must be used through Async.with in a coroutine (async with), not closed directly");
  }

  private static boolean isBaseError(Throwable t) {
    return t instanceof VirtualMachineError;
  }

  private void abort() {
    aborting = true;
    for (Task<?> t : new ArrayList<>(tasks)) {
      if (!t.done()) {
        t.cancel();
      }
    }
  }

  private void onTaskDone(Future<?> future) {
    Task<?> task = (Task<?>) future;
    tasks.remove(task);
    if (onCompletedFut != null && tasks.isEmpty() && !onCompletedFut.done()) {
      onCompletedFut.setResult(Boolean.TRUE);
    }
    if (task.cancelled()) {
      return;
    }
    Throwable exc = task.exception();
    if (exc == null) {
      return;
    }
    errors.add(exc);
    if (isBaseError(exc) && baseError == null) {
      baseError = exc;
    }
    if (parentTask.done()) {
      Map<String, Object> context = new LinkedHashMap<>();
      context.put("message", "Task " + task + " has errored out but its parent task " + parentTask
          + " is already completed");
      context.put("exception", exc);
      context.put("task", task);
      loop.callExceptionHandler(context);
      return;
    }
    if (!aborting && !parentCancelRequested) {
      abort();
      parentCancelRequested = true;
      parentTask.cancel();
    }
  }

  /**
   * Python's {@code repr(group)}: {@code <TaskGroup tasks=2 errors=1 cancelling>}.
   *
   * @return the group's state
   */
  @Override
  public String toString() {
    StringBuilder info = new StringBuilder();
    if (!tasks.isEmpty()) {
      info.append(" tasks=").append(tasks.size());
    }
    if (errors != null && !errors.isEmpty()) {
      info.append(" errors=").append(errors.size());
    }
    if (aborting) {
      info.append(" cancelling");
    } else if (entered) {
      info.append(" entered");
    }
    return "<TaskGroup" + info + ">";
  }

  /** {@code __aexit__}: label 0 starts, label 1 resumes after waiting for the tasks. */
  private final class Exit extends LibraryCoro<Boolean> {
    private final Throwable pending;
    private Throwable propagateCancellationError;

    Exit(Throwable pending) {
      super("TaskGroup.__aexit__");
      this.pending = pending;
    }

    @Override
    protected int $resume(Throwable injected) throws Throwable {
      if ($state == 0) {
        if (injected != null) {
          throw injected;
        }
        exiting = true;
        if (pending != null && isBaseError(pending) && baseError == null) {
          baseError = pending;
        }
        propagateCancellationError = pending instanceof CancelledError ? pending : null;
        if (pending != null && !aborting) {
          abort();
        }
        return waitForTasks();
      }
      // Resumed after awaiting onCompletedFut.
      if (injected instanceof CancelledError) {
        if (!aborting) {
          // The parent is cancelled while the tasks still run.
          propagateCancellationError = injected;
          abort();
        }
      } else if (injected != null) {
        throw injected;
      }
      onCompletedFut = null;
      return waitForTasks();
    }

    private int waitForTasks() throws Throwable {
      if (!tasks.isEmpty()) {
        if (onCompletedFut == null) {
          onCompletedFut = loop.createFuture();
        }
        return await(onCompletedFut, 1);
      }
      if (baseError != null) {
        throw baseError;
      }
      if (parentCancelRequested && parentTask.uncancel() == 0) {
        // No cancellation left but ours: do not propagate CancelledError.
        propagateCancellationError = null;
      }
      if (propagateCancellationError != null && errors.isEmpty()) {
        throw propagateCancellationError;
      }
      if (pending != null && !(pending instanceof CancelledError)) {
        errors.add(pending);
      }
      if (!errors.isEmpty()) {
        if (parentTask.cancelling() > 0) {
          // Cancelled from outside too: keep that request counted and pending.
          parentTask.uncancel();
          parentTask.cancel();
        }
        List<Throwable> failures = errors;
        errors = new ArrayList<>();
        throw new ExceptionGroup("unhandled errors in a TaskGroup", failures);
      }
      return ret(Boolean.FALSE);
    }
  }
}
