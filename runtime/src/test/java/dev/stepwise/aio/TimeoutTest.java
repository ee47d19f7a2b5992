package dev.stepwise.aio;

import static dev.stepwise.aio.Bodies.coro;
import static dev.stepwise.aio.Bodies.with;
import static dev.stepwise.aio.Scripted.await;
import static dev.stepwise.aio.Scripted.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.Async;
import dev.stepwise.Coro;
import dev.stepwise.StopIteration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link Timeout}, entered and left from {@link Scripted} frames exactly as the processor will
 * lower {@code try (Timeout t = Async.with(timeout(d))) { body }}: {@code await(t.enter())}, the
 * body, then {@code await(t.exit(pendingOrNull))} on every way out.
 */
class TimeoutTest {
  private final List<String> out = new ArrayList<>();

  /**
   * {@code async with timeout(delay) as cm: await body()}; the frame returns the exception that
   * left the statement (or null).
   */
  private static Coro<Throwable> asyncWith(Timeout[] cm, double delay, Supplier<Object> body, List<String> out) {
    Throwable[] pending = new Throwable[1];
    return new Scripted<>("main",
        (v, e) -> {
          cm[0] = Aio.timeout(delay);
          return await(cm[0].enter());
        },
        (v, e) -> {
          if (e != null) {
            throw e;
          }
          out.add("entered " + v + " at " + EventLoop.running().time());
          return await(body.get());
        },
        (v, e) -> {
          pending[0] = e; // the body ended, normally or not: exit on every way out
          return await(cm[0].exit(e));
        },
        (v, e) -> {
          if (e != null) {
            return done(e); // exit raised: that replaces the body's exception
          }
          if (pending[0] != null && !Boolean.TRUE.equals(v)) {
            return done(pending[0]);
          }
          return done(null);
        });
  }

  @Test
  void expiryCancelsTheBodyAndExitTurnsCancelledErrorIntoTimeoutError() {
    Timeout[] cm = new Timeout[1];
    EventLoop loop = new EventLoop(new VirtualClock());
    Task<Throwable> task = loop.createTask(asyncWith(cm, 0.1, () -> Aio.sleep(10), out));
    Throwable raised = loop.runUntilComplete(task);
    assertInstanceOf(TimeoutError.class, raised);
    assertInstanceOf(CancelledError.class, raised.getCause(), "raise TimeoutError from the CancelledError");
    assertEquals(0.1, loop.time());
    assertTrue(cm[0].expired());
    assertEquals("<Timeout [expired]>", cm[0].toString());
    assertEquals(0, task.cancelling(), "the timeout withdrew its own cancellation");
    assertEquals(List.of("entered <Timeout [active] when=0.1> at 0.0"), out);
    loop.close();
  }

  @Test
  void aBodyThatFinishesInTimeLeavesItFinishedAndUncancelled() {
    Timeout[] cm = new Timeout[1];
    EventLoop loop = new EventLoop(new VirtualClock());
    Coro<Object> main = new Scripted<>("main",
        (v, e) -> await(asyncWith(cm, 1.0, () -> Aio.sleep(0.5, "slept"), out)),
        (v, e) -> {
          out.add("statement ended with " + v);
          return await(Aio.sleep(2)); // past the old deadline: nothing may cancel us now
        },
        (v, e) -> done(e == null ? "not cancelled" : "cancelled"));
    assertEquals("not cancelled", loop.runUntilComplete(main));
    assertFalse(cm[0].expired());
    assertEquals("<Timeout [finished]>", cm[0].toString());
    assertEquals("statement ended with null", out.get(1));
    loop.close();
  }

  @Test
  void aTimeoutOfNoneNeverExpires() {
    Timeout[] cm = new Timeout[1];
    EventLoop loop = new EventLoop(new VirtualClock());
    Coro<Throwable> main = new Scripted<>("main",
        (v, e) -> {
          cm[0] = Aio.timeout(null);
          return await(cm[0].enter());
        },
        (v, e) -> {
          out.add(String.valueOf(cm[0]));
          return await(Aio.sleep(1000));
        },
        (v, e) -> await(cm[0].exit(e)),
        (v, e) -> done(e));
    assertNull(loop.runUntilComplete(main));
    assertEquals(List.of("<Timeout [active] when=None>"), out);
    assertNull(cm[0].when());
    loop.close();
  }

  @Test
  void aCancelFromOutsideIsNeverConverted() {
    Timeout[] cm = new Timeout[1];
    EventLoop loop = new EventLoop(new VirtualClock());
    Task<Throwable> task = loop.createTask(asyncWith(cm, 10, () -> Aio.sleep(100), out));
    loop.callAt(1.0, task::cancel);
    Throwable raised = loop.runUntilComplete(task);
    assertInstanceOf(CancelledError.class, raised);
    assertFalse(cm[0].expired());
    assertEquals(1, task.cancelling(), "the outside request is still counted");
    loop.close();
  }

  @Test
  void anExpiryRacingACancelFromOutsideLetsCancelledErrorThrough() {
    Timeout[] cm = new Timeout[1];
    EventLoop loop = new EventLoop(new VirtualClock());
    List<Task<?>> self = new ArrayList<>();
    Coro<Throwable> main = new Scripted<>("main",
        (v, e) -> {
          cm[0] = Aio.timeout(1.0);
          return await(cm[0].enter());
        },
        (v, e) -> {
          // Due at the same time as the deadline, scheduled after it: runs right after it.
          Task<?> me = Aio.currentTask();
          self.add(me);
          EventLoop.running().callAt(1.0, me::cancel);
          return await(Aio.sleep(10));
        },
        (v, e) -> {
          out.add("body got " + Bodies.describe(e));
          return await(cm[0].exit(e));
        },
        (v, e) -> done(e));
    Task<Throwable> task = loop.createTask(main);
    loop.runUntilComplete(task);
    // The frame returned the exception it saw leave exit, so the task itself finished normally.
    assertEquals(List.of("body got CancelledError"), out);
    assertTrue(cm[0].expired(), "it did expire");
    assertNull(task.result(), "exit raised nothing: the CancelledError was not converted");
    assertEquals(1, self.get(0).cancelling(), "the outside cancellation stays requested");
    loop.close();
  }

  @Test
  void withNestedTimeoutsOnlyTheExpiredOneConverts() {
    List<String> seen = new ArrayList<>();
    Object result = Aio.run(coro("main", () -> {
      Timeout outer = Aio.timeout(0.1);
      Timeout inner = Aio.timeout(1);
      try {
        with(outer, o -> {
          try {
            return with(inner, i -> Bodies.await(Aio.sleep(10)));
          } catch (CancelledError e) {
            seen.add("inner let it through; inner expired " + inner.expired());
            throw e;
          }
        });
      } catch (TimeoutError e) {
        seen.add("outer converted; outer expired " + outer.expired());
      }
      return Aio.currentTask().cancelling();
    }), new VirtualClock());
    assertEquals(0, result);
    assertEquals(List.of("inner let it through; inner expired false", "outer converted; outer expired true"), seen);
  }

  @Test
  void rescheduleMovesTheDeadlineAndAPastDeadlineExpiresOnTheNextIteration() {
    List<Double> at = new ArrayList<>();
    Aio.run(coro("main", () -> {
      EventLoop loop = Aio.getRunningLoop();
      Timeout later = Aio.timeout(0.1);
      with(later, t -> {
        t.reschedule(5.0);
        return Bodies.await(Aio.sleep(1));
      });
      at.add(loop.time());
      Timeout past = Aio.timeoutAt(loop.time() + 10);
      try {
        with(past, t -> {
          t.reschedule(0.0);
          return Bodies.await(Aio.sleep(10));
        });
      } catch (TimeoutError e) {
        at.add(loop.time());
      }
      return null;
    }), new VirtualClock());
    assertEquals(List.of(1.0, 1.0), at, "the moved deadline did not fire; the past one fired at once");
  }

  @Test
  void rescheduleAndEnterCheckTheState() {
    List<String> errors = new ArrayList<>();
    Aio.run(coro("main", () -> {
      Timeout t = Aio.timeout(1);
      try {
        t.reschedule(2.0);
      } catch (RuntimeException e) {
        errors.add(e.getMessage());
      }
      with(t, x -> null);
      try {
        t.reschedule(2.0);
      } catch (RuntimeException e) {
        errors.add(e.getMessage());
      }
      try {
        with(t, x -> null);
      } catch (RuntimeException e) {
        errors.add(e.getMessage());
      }
      return null;
    }), new VirtualClock());
    assertEquals(List.of("Timeout has not been entered", "Cannot change state of finished Timeout",
        "Timeout has already been entered"), errors);
  }

  @Test
  void enteringOutsideATaskFails() {
    EventLoop loop = new EventLoop(new VirtualClock());
    List<String> errors = new ArrayList<>();
    Coro<Object> driven = new Scripted<>("driven",
        (v, e) -> await(Aio.timeout(1).enter()),
        (v, e) -> {
          errors.add(Bodies.describe(e));
          return done(null);
        });
    loop.callSoon(() -> { // a plain callback drives it: there is no current task
      try {
        driven.send(null);
      } catch (StopIteration returned) {
        errors.add("returned");
      }
    });
    loop.callSoon(loop::stop);
    loop.runForever();
    assertEquals(List.of("RuntimeException: Timeout should be used inside a task", "returned"), errors);
    loop.close();
  }

  @Test
  void timeoutNeedsARunningLoopButTimeoutAtDoesNot() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Aio.timeout(1.0));
    assertEquals("no running event loop", e.getMessage());
    assertEquals(12.5, Aio.timeoutAt(12.5).when());
    assertEquals("<Timeout [created]>", Aio.timeoutAt(null).toString());
  }

  @Test
  void closingItDirectlyOrExecutingAsyncWithDirectlyFails() {
    Timeout t = Aio.timeoutAt(1.0);
    IllegalStateException closed = assertThrows(IllegalStateException.class, t::close);
    assertTrue(closed.getMessage().contains("must be used through Async.with in a coroutine"), closed.getMessage());
    IllegalStateException keyword = assertThrows(IllegalStateException.class, () -> {
      try (Timeout held = Async.with(t)) {
        out.add("never");
      }
    });
    assertTrue(keyword.getMessage().startsWith("Async.with was executed directly"), keyword.getMessage());
    assertEquals(List.of(), out);
  }
}
