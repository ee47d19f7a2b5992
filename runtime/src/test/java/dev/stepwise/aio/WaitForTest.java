package dev.stepwise.aio;

import static dev.stepwise.aio.Bodies.await;
import static dev.stepwise.aio.Bodies.coro;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.Coro;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Aio#waitFor}: Python 3.12+'s {@code asyncio.wait_for}, built on {@link Timeout}. */
class WaitForTest {
  private final List<Object> seen = new ArrayList<>();

  @Test
  void onTimeoutTheWorkIsCancelledItsCleanupRunsAndThenTimeoutErrorIsRaised() {
    Aio.run(coro("main", () -> {
      Coro<Object> slow = coro("slow", () -> {
        try {
          return await(Aio.sleep(10));
        } finally {
          seen.add("cleanup starts at " + Aio.getRunningLoop().time());
          await(Aio.sleep(0.5));
          seen.add("cleanup ends at " + Aio.getRunningLoop().time());
        }
      });
      try {
        await(Aio.waitFor(slow, 1.0));
      } catch (TimeoutError e) {
        seen.add("TimeoutError at " + Aio.getRunningLoop().time() + " from " + Bodies.describe(e.getCause()));
      }
      seen.add(Aio.currentTask().cancelling());
      return null;
    }), new VirtualClock());
    assertEquals(List.of("cleanup starts at 1.0", "cleanup ends at 1.5", "TimeoutError at 1.5 from CancelledError", 0), seen);
  }

  @Test
  void theWorkRunsInsideTheAwaitingTask() {
    Aio.run(coro("main", () -> {
      Task<?> me = Aio.currentTask();
      Coro<Object> inner = coro("inner", () -> Aio.currentTask());
      seen.add(await(Aio.waitFor(inner, 5)) == me);
      seen.add(Aio.allTasks().size());
      return null;
    }), new VirtualClock());
    assertEquals(List.of(true, 1), seen, "Python 3.12+: no task is created for a positive timeout");
  }

  @Test
  void anExceptionOfTheWorkPropagatesUnchanged() {
    Object raised = Aio.run(coro("main", () -> {
      Coro<Object> bad = coro("bad", () -> {
        await(Aio.sleep(0.1));
        throw new UnsupportedOperationException("nope");
      });
      try {
        return await(Aio.waitFor(bad, 5));
      } catch (UnsupportedOperationException e) {
        return e.getMessage();
      }
    }), new VirtualClock());
    assertEquals("nope", raised);
  }

  @Test
  void aZeroTimeoutNeverStartsACoroutineButReturnsADoneFuturesResult() {
    Aio.run(coro("main", () -> {
      Coro<Object> never = coro("never", () -> {
        seen.add("ran");
        return null;
      });
      try {
        await(Aio.waitFor(never, 0));
      } catch (TimeoutError e) {
        seen.add("TimeoutError from " + Bodies.describe(e.getCause()));
      }
      Future<Object> done = Aio.getRunningLoop().createFuture();
      done.setResult("ready");
      seen.add(await(Aio.waitFor(done, -5)));
      Future<Object> failed = Aio.getRunningLoop().createFuture();
      failed.setException(new IllegalStateException("failed already"));
      try {
        await(Aio.waitFor(failed, 0));
      } catch (IllegalStateException e) {
        seen.add(e.getMessage());
      }
      return null;
    }), new VirtualClock());
    assertEquals(List.of("TimeoutError from CancelledError", "ready", "failed already"), seen);
  }

  @Test
  void aZeroTimeoutOnAFutureThatResistsCancellationReturnsItsResult() {
    Object result = Aio.run(coro("main", () -> {
      Task<Object> stubborn = Aio.createTask(coro("stubborn", () -> {
        try {
          return await(Aio.sleep(10));
        } catch (CancelledError e) {
          return "kept going";
        }
      }));
      await(Aio.sleep(0)); // let it start
      return await(Aio.waitFor(stubborn, 0));
    }), new VirtualClock());
    assertEquals("kept going", result);
  }

  @Test
  void workThatSwallowsTheCancellationReturnsItsValue() {
    Object result = Aio.run(coro("main", () -> {
      Coro<Object> stubborn = coro("stubborn", () -> {
        try {
          return await(Aio.sleep(10));
        } catch (CancelledError e) {
          return "swallowed";
        }
      });
      Object r = await(Aio.waitFor(stubborn, 1));
      return r + " cancelling=" + Aio.currentTask().cancelling();
    }), new VirtualClock());
    assertEquals("swallowed cancelling=0", result);
  }

  @Test
  void aNullTimeoutJustAwaits() {
    Object result = Aio.run(coro("main", () -> await(Aio.waitFor(Aio.sleep(1000, "late"), null))
        + " at " + Aio.getRunningLoop().time()), new VirtualClock());
    assertEquals("late at 1000.0", result);
  }

  @Test
  void cancellingTheAwaitingTaskCancelsTheWork() {
    Aio.run(coro("main", () -> {
      Future<Object> work = Aio.getRunningLoop().createFuture();
      Task<Object> outer = Aio.createTask(coro("outer", () -> await(Aio.waitFor(work, 5))));
      await(Aio.sleep(1));
      outer.cancel();
      try {
        await(outer);
      } catch (CancelledError e) {
        seen.add("outer cancelled " + outer.cancelled());
      }
      seen.add("work cancelled " + work.cancelled());
      return null;
    }), new VirtualClock());
    assertEquals(List.of("outer cancelled true", "work cancelled true"), seen);
  }

  @Test
  void itIsACoroutineThatRunsOnlyWhenAwaited() {
    try (Bodies.Recorded r = new Bodies.Recorded()) {
      r.run(coro("main", () -> {
        Coro<Integer> unused = Aio.waitFor(Aio.sleep(0, 1), 1.0);
        seen.add(unused.name());
        return null;
      }));
      r.close();
      assertSame(seen.get(0), "wait_for");
      assertTrue(r.messages().contains("coroutine 'wait_for' was never awaited"), r.messages().toString());
    }
  }
}
