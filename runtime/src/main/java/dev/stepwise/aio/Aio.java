package dev.stepwise.aio;

import dev.stepwise.Awaitable;
import dev.stepwise.Coro;
import dev.stepwise.internal.CoroFrame;
import dev.stepwise.internal.YieldOnce;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry points of the asyncio-like library, as static methods to import: Python's
 * {@code asyncio} module functions.
 *
 * <pre>{@code
 * import static dev.stepwise.Async.await;
 * import static dev.stepwise.aio.Aio.*;
 *
 * Aio.run(ChainSteps.INSTANCE.printSum(1, 2));
 * }</pre>
 */
public final class Aio {
  private Aio() {}

  /**
   * Runs {@code coro} on a new event loop and returns its result: the loop is created on the
   * calling thread, still-pending tasks are cancelled and awaited when {@code coro} returns, and the
   * loop is closed. Python's {@code asyncio.run()}.
   *
   * @param coro the main coroutine
   * @param <T> its result type
   * @return its result
   * @throws RuntimeException "asyncio.run() cannot be called from a running event loop"
   * @throws IllegalArgumentException "a coroutine was expected, got ..."
   */
  public static <T> T run(Coro<T> coro) {
    return run(coro, Clock.SYSTEM);
  }

  /**
   * {@link #run(Coro)} on a loop with the given clock (a {@link VirtualClock} in tests).
   *
   * @param coro the main coroutine
   * @param clock the loop's clock
   * @param <T> its result type
   * @return its result
   */
  public static <T> T run(Coro<T> coro, Clock clock) {
    if (EventLoop.runningOrNull() != null) {
      throw new RuntimeException("asyncio.run() cannot be called from a running event loop");
    }
    if (!(coro instanceof CoroFrame)) {
      throw new IllegalArgumentException("a coroutine was expected, got " + coro);
    }
    EventLoop loop = new EventLoop(clock);
    try {
      return loop.runUntilComplete(loop.createTask(coro));
    } finally {
      try {
        cancelAllTasks(loop);
      } finally {
        loop.close();
      }
    }
  }

  private static void cancelAllTasks(EventLoop loop) {
    List<Task<?>> pending = loop.allTasks();
    if (pending.isEmpty()) {
      return;
    }
    for (Task<?> t : pending) {
      t.cancel();
    }
    Future<Void> all = loop.createFuture();
    int[] remaining = {pending.size()};
    for (Task<?> t : pending) {
      t.addCallback((java.util.function.Consumer<Future<?>>) done -> {
        if (--remaining[0] == 0 && !all.done()) {
          all.setResult(null);
        }
      });
    }
    loop.runUntilComplete(all);
    for (Task<?> t : pending) {
      if (!t.cancelled() && t.exceptionUnchecked() != null) {
        t.exception();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("message", "unhandled exception during asyncio.run() shutdown");
        context.put("exception", t.exceptionUnchecked());
        context.put("task", t);
        loop.callExceptionHandler(context);
      }
    }
  }

  /**
   * Suspends the current task for {@code seconds}; {@code sleep(0)} just lets every other ready
   * task run once. Python's {@code asyncio.sleep()}. The timer starts when {@code sleep} is called.
   *
   * @param seconds how long, on the loop's clock
   * @return an awaitable that produces null
   * @throws IllegalStateException "no running event loop" for a positive delay outside a loop
   */
  public static Awaitable<Void> sleep(double seconds) {
    return sleep(seconds, null);
  }

  /**
   * Like {@link #sleep(double)}, producing {@code result}. Python's {@code asyncio.sleep(d, result)}.
   *
   * @param seconds how long
   * @param result what the await produces
   * @param <T> its type
   * @return the awaitable
   */
  public static <T> Awaitable<T> sleep(double seconds, T result) {
    if (!(seconds > 0)) {
      return new YieldOnce<>(result);
    }
    EventLoop loop = EventLoop.running();
    Future<T> f = loop.createFuture();
    TimerHandle h = loop.callLater(seconds, () -> {
      if (!f.done()) {
        f.setResult(result);
      }
    });
    f.addDoneCallback(done -> h.cancel());
    return f;
  }

  /**
   * Schedules {@code coro} as a task on the running loop. Python's {@code asyncio.create_task()}.
   *
   * @param coro the coroutine
   * @param <T> its result type
   * @return the task
   * @throws IllegalStateException "no running event loop" (the coroutine is then closed)
   */
  public static <T> Task<T> createTask(Coro<T> coro) {
    return createTask(coro, null);
  }

  /**
   * Schedules {@code coro} as a named task. Python's {@code asyncio.create_task(coro, name=...)}.
   *
   * @param coro the coroutine
   * @param name the name, or null
   * @param <T> its result type
   * @return the task
   */
  public static <T> Task<T> createTask(Coro<T> coro, String name) {
    EventLoop loop = EventLoop.runningOrNull();
    if (loop == null) {
      coro.close();
      throw new IllegalStateException("no running event loop");
    }
    return loop.createTask(coro, name);
  }

  /**
   * The running loop. Python's {@code asyncio.get_running_loop()}.
   *
   * @return the loop
   * @throws IllegalStateException "no running event loop"
   */
  public static EventLoop getRunningLoop() {
    return EventLoop.running();
  }

  /**
   * The task running now, or null. Python's {@code asyncio.current_task()}.
   *
   * @return the task or null
   * @throws IllegalStateException "no running event loop"
   */
  public static Task<?> currentTask() {
    return EventLoop.running().currentTask();
  }

  /**
   * The running loop's unfinished tasks. Python's {@code asyncio.all_tasks()}.
   *
   * @return a snapshot
   * @throws IllegalStateException "no running event loop"
   */
  public static List<Task<?>> allTasks() {
    return new ArrayList<>(EventLoop.running().allTasks());
  }
}
