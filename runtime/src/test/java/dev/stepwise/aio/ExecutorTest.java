package dev.stepwise.aio;

import static dev.stepwise.aio.Scripted.await;
import static dev.stepwise.aio.Scripted.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.Coro;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@link EventLoop#runInExecutor}, {@link Aio#toThread} and {@link EventLoop#runCoroutineThreadsafe}:
 * Python's {@code loop.run_in_executor}, {@code asyncio.to_thread} and
 * {@code asyncio.run_coroutine_threadsafe}. The worker threads are real; tests wait for them only
 * with bounded {@code get(timeout)} / {@code join(timeout)}.
 */
class ExecutorTest {
  private static final long WAIT_SECONDS = 10;
  private final List<Object> seen = new ArrayList<>();

  @Test
  void theFunctionRunsOnAWorkerAndTheAwaitResumesOnTheLoopThread() {
    EventLoop loop = new EventLoop(new VirtualClock());
    Thread loopThread = Thread.currentThread();
    Object result = loop.runUntilComplete(new Scripted<>("main",
        (v, e) -> await(loop.runInExecutor(null, () -> Thread.currentThread().getName())),
        (v, e) -> {
          seen.add(((String) v).startsWith("stepwise-executor-"));
          seen.add(Thread.currentThread() == loopThread);
          return await(Aio.toThread(() -> Thread.currentThread() != loopThread));
        },
        (v, e) -> done(v)));
    loop.close();
    assertEquals(List.of(true, true), seen);
    assertEquals(true, result);
  }

  @Test
  void anExceptionOfTheFunctionIsRaisedAtTheAwaitUnchanged() {
    EventLoop loop = new EventLoop(new VirtualClock());
    Object raised = loop.runUntilComplete(new Scripted<>("main",
        (v, e) -> await(loop.runInExecutor(null, () -> {
          throw new IOException("disk on fire");
        })),
        (v, e) -> done(e)));
    loop.close();
    assertInstanceOf(IOException.class, raised, "a checked exception reaches the await as it was thrown");
    assertEquals("disk on fire", ((Throwable) raised).getMessage());
  }

  @Test
  void aGivenExecutorIsUsed() {
    List<Runnable> jobs = new ArrayList<>();
    EventLoop loop = new EventLoop(new VirtualClock());
    Coro<Object> main = new Scripted<>("main",
        (v, e) -> {
          Future<String> f = loop.runInExecutor(jobs::add, () -> "ran by hand");
          // Run the job on this (the loop's) thread: its completion still goes through callSoonThreadsafe.
          jobs.get(0).run();
          return await(f);
        },
        (v, e) -> done(v));
    assertEquals("ran by hand", loop.runUntilComplete(main));
    loop.close();
    assertFalse(loop.hasDefaultExecutor(), "no default executor was created");
  }

  @Test
  void cancellingTheFutureBeforeTheFunctionStartsKeepsItFromRunning() {
    List<Runnable> jobs = new ArrayList<>();
    EventLoop loop = new EventLoop(new VirtualClock());
    Future<String> f = loop.runInExecutor(jobs::add, () -> {
      seen.add("ran");
      return "x";
    });
    f.cancel();
    loop.callSoon(loop::stop);
    loop.runForever(); // the cancellation reaches the CompletableFuture through a done callback
    jobs.get(0).run();
    loop.close();
    assertEquals(List.of(), seen);
  }

  @Test
  void toThreadSubmitsOnlyWhenAwaited() {
    EventLoop loop = new EventLoop(new VirtualClock());
    List<String> reports = new ArrayList<>();
    loop.setExceptionHandler((l, context) -> reports.add(String.valueOf(context.get("message"))));
    loop.runUntilComplete(new Scripted<>("main", (v, e) -> {
      Aio.toThread(() -> seen.add("ran"));
      return done(null);
    }));
    assertFalse(loop.hasDefaultExecutor(), "nothing was submitted");
    loop.close();
    assertEquals(List.of("coroutine 'to_thread' was never awaited"), reports);
  }

  @Test
  void closingTheLoopShutsTheDefaultExecutorDown() throws InterruptedException {
    EventLoop loop = new EventLoop(new VirtualClock());
    Object worker = loop.runUntilComplete(new Scripted<>("main",
        (v, e) -> await(loop.runInExecutor(null, Thread::currentThread)),
        (v, e) -> done(v)));
    assertTrue(loop.hasDefaultExecutor());
    loop.close();
    Thread t = (Thread) worker;
    t.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    assertFalse(t.isAlive(), "the idle worker ended when the executor was shut down");
    IllegalStateException closed = assertThrows(IllegalStateException.class, () -> loop.runInExecutor(null, () -> 1));
    assertEquals("Event loop is closed", closed.getMessage());
  }

  @Test
  void afterShutdownDefaultExecutorTheDefaultExecutorIsRefused() {
    EventLoop loop = new EventLoop(new VirtualClock());
    Object message = loop.runUntilComplete(new Scripted<>("main",
        (v, e) -> await(loop.runInExecutor(null, () -> 1)),
        (v, e) -> await(loop.shutdownDefaultExecutor()),
        (v, e) -> {
          try {
            loop.runInExecutor(null, () -> 2);
            return done("accepted");
          } catch (RuntimeException refused) {
            return done(refused.getMessage());
          }
        }));
    loop.close();
    assertEquals("Executor shutdown has been called", message);
  }

  @Test
  void runWaitsForTheDefaultExecutorsJobsBeforeClosingTheLoop() throws Exception {
    CompletableFuture<Void> started = new CompletableFuture<>();
    CompletableFuture<Void> gate = new CompletableFuture<>();
    CompletableFuture<String> finished = new CompletableFuture<>();
    Thread opener = new Thread(() -> {
      try {
        started.get(WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (Exception e) {
        finished.completeExceptionally(e);
      }
      gate.complete(null);
    });
    opener.start();
    Aio.run(new Scripted<>("main", (v, e) -> {
      EventLoop.running().runInExecutor(null, () -> {
        started.complete(null);
        gate.get(WAIT_SECONDS, TimeUnit.SECONDS);
        finished.complete("finished");
        return null;
      }); // fire and forget: main returns at once
      return done(null);
    }), new VirtualClock());
    assertTrue(finished.isDone(), "asyncio.run waits for the default executor (shutdown_default_executor)");
    assertEquals("finished", finished.get(0, TimeUnit.SECONDS));
    opener.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
  }

  /** Runs {@code client} on another thread while this thread runs {@code loop} until it stops it. */
  private static void runWithClient(EventLoop loop, ThrowingConsumer client) throws Throwable {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        client.accept(loop);
      } catch (Throwable e) {
        failure.set(e);
      } finally {
        loop.callSoonThreadsafe(loop::stop);
      }
    }, "client");
    t.start();
    loop.runForever();
    t.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    loop.close();
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  @FunctionalInterface
  private interface ThrowingConsumer {
    void accept(EventLoop loop) throws Exception;
  }

  @Test
  void runCoroutineThreadsafeDeliversResultsAndExceptionsToAnotherThread() throws Throwable {
    List<Object> got = new ArrayList<>();
    runWithClient(new EventLoop(new VirtualClock()), loop -> {
      CompletableFuture<Object> ok = loop.runCoroutineThreadsafe(new Scripted<>("ok",
          (v, e) -> await(Aio.sleep(5, "slept")),
          (v, e) -> done(v + " on " + Thread.currentThread().getName())));
      got.add(ok.get(WAIT_SECONDS, TimeUnit.SECONDS));
      CompletableFuture<Object> bad = loop.runCoroutineThreadsafe(new Scripted<>("bad", (v, e) -> {
        throw new IllegalStateException("bad coroutine");
      }));
      ExecutionException failure = assertThrows(ExecutionException.class, () -> bad.get(WAIT_SECONDS, TimeUnit.SECONDS));
      got.add(failure.getCause().getMessage());
      CompletableFuture<Object> cancelledInside = loop.runCoroutineThreadsafe(new Scripted<>("self-cancelling", (v, e) -> {
        Aio.currentTask().cancel();
        return await(Aio.sleep(0));
      }, (v, e) -> {
        throw e;
      }));
      assertThrows(CancellationException.class, () -> cancelledInside.get(WAIT_SECONDS, TimeUnit.SECONDS));
      got.add(cancelledInside.isCancelled());
    });
    assertEquals(List.of("slept on " + Thread.currentThread().getName(), "bad coroutine", true), got);
  }

  @Test
  void cancellingTheCompletableFutureCancelsTheTask() throws Throwable {
    CompletableFuture<String> cleanup = new CompletableFuture<>();
    runWithClient(new EventLoop(new VirtualClock()), loop -> {
      CompletableFuture<Object> started = new CompletableFuture<>();
      CompletableFuture<Object> result = loop.runCoroutineThreadsafe(new Scripted<>("forever",
          (v, e) -> {
            started.complete(null);
            return await(EventLoop.running().createFuture()); // never done
          },
          (v, e) -> {
            cleanup.complete(e == null ? "woke without error" : e.getClass().getSimpleName());
            throw e;
          }));
      started.get(WAIT_SECONDS, TimeUnit.SECONDS);
      assertTrue(result.cancel(false));
      cleanup.get(WAIT_SECONDS, TimeUnit.SECONDS);
    });
    assertEquals("CancelledError", cleanup.get(0, TimeUnit.SECONDS));
  }

  @Test
  void runCoroutineThreadsafeNeedsACoroutine() {
    EventLoop loop = new EventLoop(new VirtualClock());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loop.runCoroutineThreadsafe(null));
    assertEquals("A coroutine object is required", e.getMessage());
    loop.close();
    Coro<Integer> refused = Coro.done(1);
    IllegalStateException closed = assertThrows(IllegalStateException.class, () -> loop.runCoroutineThreadsafe(refused));
    assertEquals("Event loop is closed", closed.getMessage());
    refused.close();
  }
}
