package dev.stepwise.tests.coroutines;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Future;
import dev.stepwise.aio.Task;
import dev.stepwise.aio.Timeout;
import dev.stepwise.aio.TimeoutError;
import dev.stepwise.annotations.Coroutine;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Awaits on the event loop: tasks, futures, CompletableFutures, sleeps on the virtual clock, cancellation. */
@Coroutine
public interface LoopCoros {
  /** The loop's (virtual) time, rounded to milliseconds. */
  static String now() {
    return String.format("t=%.3f", EventLoop.running().time());
  }

  /** Sleeps {@code delay}, logging before and after; returns {@code result}. */
  default Coro<String> sleeper(List<String> log, String name, double delay, String result) {
    log.add(name + " sleeps " + delay + " at " + now());
    await(Aio.sleep(delay));
    log.add(name + " woke at " + now());
    return Coro.done(result);
  }

  /** Awaits tasks: one created and awaited at once, two running concurrently, one finished before it is awaited. */
  default Coro<String> awaitTasks(List<String> log) {
    Task<String> a = Aio.createTask(sleeper(log, "a", 1.0, "A"));
    Task<String> b = Aio.createTask(sleeper(log, "b", 0.5, "B"));
    log.add("created, done: " + a.done() + " " + b.done());
    String rb = await(b);
    log.add("b -> " + rb + " at " + now() + ", a done: " + a.done());
    String ra = await(a);
    log.add("a -> " + ra + " at " + now());
    Task<String> c = Aio.createTask(sleeper(log, "c", 0, "C"));
    await(Aio.sleep(0.25));
    log.add("c done before its await: " + c.done());
    String again = await(a);
    return Coro.done(rb + ra + await(c) + again + " " + now());
  }

  /** Awaits a future that another task sets after a sleep, and one that another task fails. */
  default Coro<String> awaitFutureSetByAnotherTask(List<String> log) {
    Future<String> f = EventLoop.running().createFuture();
    Aio.createTask(setter(log, f, 2.0, "value"));
    String v = await(f);
    log.add("future -> " + v + " at " + now());
    Future<String> g = EventLoop.running().createFuture();
    Aio.createTask(setter(log, g, 0.5, null));
    try {
      await(g);
    } catch (IllegalStateException e) {
      log.add("failed future -> " + e.getMessage() + " at " + now());
    }
    return Coro.done(v);
  }

  /** Sets (or, for a null value, fails) {@code f} after {@code delay}. */
  default Coro<Void> setter(List<String> log, Future<String> f, double delay, String value) {
    await(Aio.sleep(delay));
    log.add("setting at " + now());
    if (f.done()) {
      log.add("the future is done already, cancelled: " + f.cancelled());
    } else if (value == null) {
      f.setException(new IllegalStateException("set to fail"));
    } else {
      f.setResult(value);
    }
    return Coro.done();
  }

  /**
   * Awaits CompletableFutures completed on another thread: with a value, exceptionally, and one
   * already completed. The thread completes its future only once the loop has run a callback
   * scheduled after the await suspended, so the await really waits.
   */
  @SuppressWarnings("StepwiseBlockingCall") // joins a thread that has already completed the awaited future
  default Coro<String> awaitCompletableFuture(List<String> log) throws InterruptedException {
    String r = "";
    for (int i = 0; i < 2; i++) {
      CompletableFuture<String> cf = new CompletableFuture<>();
      CountDownLatch suspended = new CountDownLatch(1);
      Thread loopThread = Thread.currentThread();
      int n = i;
      Thread completer = new Thread(() -> {
        try {
          if (suspended.await(10, TimeUnit.SECONDS)) {
            if (n == 0) {
              cf.complete("from " + (Thread.currentThread() != loopThread ? "another thread" : "the loop"));
            } else {
              cf.completeExceptionally(new IllegalArgumentException("failed on another thread"));
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "completer");
      completer.start();
      EventLoop.running().callSoon(suspended::countDown);
      try {
        r += await(cf);
      } catch (IllegalArgumentException e) {
        r += " caught " + e.getMessage();
      } finally {
        completer.join(10_000);
        log.add("completer alive: " + completer.isAlive());
      }
    }
    r += " " + await(CompletableFuture.completedFuture("done already"));
    return Coro.done(r + " " + now());
  }

  /** sleep(0) lets the other ready tasks run once; sleeps on the virtual clock take exactly their time. */
  default Coro<String> virtualSleeps(List<String> log) {
    Task<Void> other = Aio.createTask(ticker(log, "other", 3));
    for (int i = 0; i < 3; i++) {
      log.add("main " + i);
      await(Aio.sleep(0));
    }
    await(other);
    log.add("before sleeps " + now());
    await(Aio.sleep(1.5));
    log.add("after 1.5 " + now());
    String r = await(Aio.sleep(0.25, "result of sleep"));
    log.add(r + " " + now());
    Task<String> slow = Aio.createTask(sleeper(log, "slow", 3, "s"));
    Task<String> fast = Aio.createTask(sleeper(log, "fast", 1, "f"));
    return Coro.done(await(slow) + await(fast) + " " + now());
  }

  /** Logs {@code n} turns, giving way with sleep(0) after each. */
  default Coro<Void> ticker(List<String> log, String name, int n) {
    for (int i = 0; i < n; i++) {
      log.add(name + " " + i);
      await(Aio.sleep(0));
    }
    return Coro.done();
  }

  /** Cancellation delivered at an await inside try/finally: the finally awaits; one victim re-raises, one swallows. */
  default Coro<String> cancelInTryFinally(List<String> log) {
    Task<String> reraises = Aio.createTask(victim(log, "reraises", false));
    Task<String> swallows = Aio.createTask(victim(log, "swallows", true));
    await(Aio.sleep(1));
    log.add("cancel -> " + reraises.cancel() + " " + swallows.cancel("stop"));
    String r = "";
    try {
      r += await(reraises);
    } catch (CancelledError e) {
      r += "CancelledError(" + e.getMessage() + ")";
    }
    r += " " + await(swallows);
    log.add("cancelled: " + reraises.cancelled() + " " + swallows.cancelled() + " at " + now());
    log.add("cancel a done task -> " + reraises.cancel());
    return Coro.done(r);
  }

  /** Sleeps ten seconds in try/catch/finally; the finally awaits. */
  default Coro<String> victim(List<String> log, String name, boolean swallow) {
    try {
      await(Aio.sleep(10));
      return Coro.done("not cancelled");
    } catch (CancelledError e) {
      log.add(name + " caught CancelledError(" + e.getMessage() + ") at " + now());
      if (!swallow) {
        throw e;
      }
      return Coro.done(name + " swallowed");
    } finally {
      log.add(name + " finally at " + now());
      await(Aio.sleep(0.5));
      log.add(name + " finally done at " + now());
    }
  }

  /** Cancellation delivered three frames down; every frame's finally awaits before it propagates. */
  default Coro<String> cancelDeepChain(List<String> log) {
    Task<Integer> t = Aio.createTask(deep(log, 3));
    await(Aio.sleep(2));
    t.cancel();
    try {
      await(t);
      return Coro.done("not cancelled");
    } catch (CancelledError e) {
      log.add("task cancelled " + t.cancelled() + " at " + now());
    }
    Task<Integer> u = Aio.createTask(deep(log, 2));
    await(Aio.sleep(0));
    u.cancel();
    u.cancel();
    log.add("cancelling " + u.cancelling());
    try {
      await(u);
    } catch (CancelledError e) {
      log.add("second task cancelled " + u.cancelled() + " at " + now());
    }
    return Coro.done("ok");
  }

  /** A frame of {@link #cancelDeepChain}. */
  default Coro<Integer> deep(List<String> log, int depth) {
    try {
      if (depth == 0) {
        await(Aio.sleep(100));
        return Coro.done(0);
      }
      return Coro.done(1 + await(deep(log, depth - 1)));
    } finally {
      log.add("finally at depth " + depth + " " + now());
      await(Aio.sleep(0.1));
    }
  }

  /** gather of coroutines of this interface: results in argument order whatever their timing. */
  default Coro<String> gatherChildren(List<String> log) {
    List<Object> results = await(Aio.gather(
        sleeper(log, "g1", 0.3, "one"), sleeper(log, "g2", 0.1, "two"), sleeper(log, "g3", 0.2, "three")));
    return Coro.done(results + " " + now());
  }

  /** The toolkit's async context manager: Aio.timeout in Async.with turns its cancellation into TimeoutError. */
  @SuppressWarnings("try")
  default Coro<String> timeoutWith(List<String> log) {
    String r = "";
    try {
      try (Timeout t = Async.with(Aio.timeout(1.0))) {
        log.add("entered " + now());
        await(Aio.sleep(5));
        r += "not reached";
      }
    } catch (TimeoutError e) {
      r += "TimeoutError at " + now();
    }
    try (Timeout t = Async.with(Aio.timeout(5.0))) {
      await(Aio.sleep(1));
      r += ", in time at " + now() + " expired " + t.expired();
    }
    return Coro.done(r);
  }

  /** The oracle of {@link #timeoutWith}: the same blocks desugared as AsyncContextManager specifies. */
  default Coro<String> timeoutWithDesugared(List<String> log) {
    String r = "";
    try {
      Timeout m = Aio.timeout(1.0);
      await(m.enter());
      boolean raised = false;
      try {
        log.add("entered " + now());
        await(Aio.sleep(5));
        r += "not reached";
      } catch (Throwable e) {
        raised = true;
        if (!Boolean.TRUE.equals(await(m.exit(e)))) {
          throw e;
        }
      } finally {
        if (!raised) {
          await(m.exit(null));
        }
      }
    } catch (TimeoutError e) {
      r += "TimeoutError at " + now();
    }
    Timeout m = Aio.timeout(5.0);
    Timeout t = await(m.enter());
    boolean raised = false;
    try {
      await(Aio.sleep(1));
      r += ", in time at " + now() + " expired " + t.expired();
    } catch (Throwable e) {
      raised = true;
      if (!Boolean.TRUE.equals(await(m.exit(e)))) {
        throw e;
      }
    } finally {
      if (!raised) {
        await(m.exit(null));
      }
    }
    return Coro.done(r);
  }
}
