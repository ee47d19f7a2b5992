package dev.stepwise.aio;

import static dev.stepwise.aio.Bodies.await;
import static dev.stepwise.aio.Bodies.coro;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stepwise.Awaitable;
import dev.stepwise.Coro;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** {@link Aio#asCompleted}: Python's {@code asyncio.as_completed} used with a plain for. */
class AsCompletedTest {
  private final List<Object> seen = new ArrayList<>();

  private static Coro<Object> after(double delay, Object result) {
    return coro("after", () -> {
      await(Aio.sleep(delay));
      return result;
    });
  }

  @Test
  void outcomesComeInCompletionOrderAsNewAwaitables() {
    Aio.run(coro("main", () -> {
      Future<Object> fut = Aio.getRunningLoop().createFuture();
      Aio.getRunningLoop().callLater(2, () -> fut.setException(new IllegalStateException("two")));
      List<Awaitable<Object>> aws = List.of(after(3, "three"), fut, after(1, "one"));
      for (Awaitable<Object> aw : Aio.asCompleted(aws)) {
        seen.add(aws.contains(aw));
        try {
          seen.add(await(aw));
        } catch (IllegalStateException e) {
          seen.add("raised " + e.getMessage());
        }
      }
      return null;
    }), new VirtualClock());
    assertEquals(List.of(false, "one", false, "raised two", false, "three"), seen);
  }

  @Test
  void aTimeoutMakesTheRemainingAwaitablesRaiseWithoutCancellingTheWork() {
    Aio.run(coro("main", () -> {
      Task<Object> slow = Aio.createTask(after(5, "slow"));
      Iterable<Awaitable<Object>> it = Aio.asCompleted(List.of(after(1, "fast"), slow, slow), 2.0);
      for (Awaitable<Object> aw : it) {
        try {
          seen.add(await(aw));
        } catch (TimeoutError e) {
          seen.add("TimeoutError at " + Aio.getRunningLoop().time());
        }
      }
      seen.add(slow.cancelled());
      seen.add(await(slow));
      return null;
    }), new VirtualClock());
    assertEquals(List.of("fast", "TimeoutError at 2.0", false, "slow"), seen, "the task given twice counts once");
  }

  @Test
  void theIterableIsOneShotAndHandsOutOneAwaitablePerFuture() {
    Aio.run(coro("main", () -> {
      Iterable<Awaitable<Object>> it = Aio.asCompleted(List.of(after(1, 1), after(2, 2)));
      Iterator<Awaitable<Object>> i = it.iterator();
      List<Awaitable<Object>> handed = List.of(i.next(), i.next());
      assertFalse(i.hasNext());
      assertFalse(it.iterator().hasNext(), "iterating again gives nothing, like a Python iterator");
      assertThrows(NoSuchElementException.class, i::next);
      for (Awaitable<Object> aw : handed) {
        seen.add(await(aw));
      }
      return null;
    }), new VirtualClock());
    assertEquals(List.of(1, 2), seen);
  }

  @Test
  void nothingToWaitForGivesNothing() {
    Aio.run(coro("main", () -> {
      seen.add(Aio.asCompleted(List.<Awaitable<Object>>of(), 1.0).iterator().hasNext());
      return null;
    }), new VirtualClock());
    assertEquals(List.of(false), seen);
  }
}
