package dev.stepwise.junit;

import dev.stepwise.Coro;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fresh event loop on a {@link VirtualClock} for one test, handed to test methods by the
 * {@link StepwiseExtension}: time passes only as the loop waits, so a test that sleeps an hour
 * takes no time. Everything the loop's exception handler receives is kept; when the test ends,
 * the extension shuts the loop down and fails the test on what went wrong.
 */
public final class TestLoop {
  private final VirtualClock clock = new VirtualClock();
  private final EventLoop loop = new EventLoop(clock);
  private final List<Map<String, Object>> reports = new ArrayList<>();

  TestLoop() {
    loop.setExceptionHandler((l, context) -> reports.add(context));
  }

  /**
   * The loop.
   *
   * @return the loop
   */
  public EventLoop loop() {
    return loop;
  }

  /**
   * The loop's clock: {@code clock().now()} is the virtual time in seconds.
   *
   * @return the clock
   */
  public VirtualClock clock() {
    return clock;
  }

  /**
   * Runs {@code coro} as a task on this loop until it finishes and returns its result. Python's
   * {@code loop.run_until_complete()}. Tasks it starts and does not wait for keep running in later
   * calls; those still pending when the test ends fail it.
   *
   * @param coro the coroutine
   * @param <T> its result type
   * @return its result
   * @throws RuntimeException whatever the coroutine raised
   * @throws IllegalStateException if the loop is already running (a nested run), or if it is stuck:
   *     nothing can move it any more (a deadlock; see {@link EventLoop#runUntilComplete(dev.stepwise.aio.Future)}),
   *     with the task dump
   */
  public <T> T run(Coro<T> coro) {
    return loop.runUntilComplete(coro);
  }

  /**
   * What the loop's exception handler has received so far, oldest first: Python's context maps,
   * each with at least a {@code "message"}.
   *
   * @return a snapshot
   */
  public List<Map<String, Object>> reports() {
    return List.copyOf(reports);
  }

  /**
   * Ends the test's use of the loop: the tasks still pending are listed (with the coroutines they
   * are suspended in) and then cancelled, and the loop is shut down as {@code Aio.run} does, which
   * reports never-awaited coroutines and exceptions nobody retrieved to the handler.
   *
   * @return what went wrong, one entry per problem; empty when nothing did
   */
  Problems finish() {
    Problems problems = new Problems();
    if (!loop.allTasks().isEmpty()) {
      problems.add("task(s) still pending when the test ended:\n" + loop.dumpTasks().stripTrailing(), null);
    }
    loop.shutdown();
    for (Map<String, Object> context : reports) {
      Object exception = context.get("exception");
      problems.add("the loop's exception handler received: " + context.get("message"),
          exception instanceof Throwable ? (Throwable) exception : null);
    }
    return problems;
  }

  /** The problems of one test, each a message and maybe the exception behind it. */
  static final class Problems {
    final List<String> messages = new ArrayList<>();
    final List<Throwable> causes = new ArrayList<>();

    void add(String message, Throwable cause) {
      messages.add(message);
      if (cause != null) {
        causes.add(cause);
      }
    }

    boolean isEmpty() {
      return messages.isEmpty();
    }
  }
}
