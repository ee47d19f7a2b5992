package dev.stepwise.aio;

import static dev.stepwise.aio.Bodies.await;
import static dev.stepwise.aio.Bodies.coro;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.Coro;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Aio#gather}: Python's {@code asyncio.gather} and its {@code _GatheringFuture}. */
class GatherTest {
  private final List<String> out = new ArrayList<>();

  private Coro<Object> after(String name, double delay, Object result) {
    return coro(name, () -> {
      out.add("start " + name);
      await(Aio.sleep(delay));
      return result;
    });
  }

  private static Coro<Object> failing(String message, double delay) {
    return coro("failing", () -> {
      await(Aio.sleep(delay));
      throw new IllegalArgumentException(message);
    });
  }

  @Test
  void resultsComeInArgumentOrderAndCoroutinesStartInArgumentOrder() {
    Object results = Aio.run(coro("main", () -> {
      Future<List<Object>> g = Aio.gather(after("a", 3, "A"), after("b", 1, "B"), after("c", 2, "C"));
      List<String> names = new ArrayList<>();
      for (Task<?> t : Aio.allTasks()) {
        names.add(t.name());
      }
      out.add("tasks " + names);
      return await(g);
    }), new VirtualClock());
    assertEquals(List.of("A", "B", "C"), results);
    assertEquals(List.of("tasks [Task-1, Task-2, Task-3, Task-4]", "start a", "start b", "start c"), out);
  }

  @Test
  void anAwaitableGivenTwiceRunsOnceAndAppearsTwice() {
    Object results = Aio.run(coro("main", () -> {
      Coro<Object> once = after("once", 1, 7);
      return await(Aio.gather(once, once, Aio.sleep(0, "zero")));
    }), new VirtualClock());
    assertEquals(List.of(7, 7, "zero"), results, "a YieldOnce (sleep(0)) is wrapped in a task too");
    assertEquals(List.of("start once"), out);
  }

  @Test
  void theFirstExceptionFinishesTheGatherAndTheOthersGoOn() {
    List<Object> seen = new ArrayList<>();
    Aio.run(coro("main", () -> {
      Task<Object> slow = Aio.createTask(after("slow", 5, "done"));
      Future<List<Object>> g = Aio.gather(failing("first", 1), failing("second", 2), slow);
      try {
        await(g);
      } catch (IllegalArgumentException e) {
        seen.add(e.getMessage() + " at " + Aio.getRunningLoop().time());
      }
      seen.add(g.cancelled());
      seen.add(slow.done());
      seen.add(await(slow));
      return null;
    }), new VirtualClock());
    assertEquals(List.of("first at 1.0", false, false, "done"), seen);
  }

  @Test
  void withReturnExceptionsEveryOutcomeIsAnElement() {
    Object results = Aio.run(coro("main", () -> {
      EventLoop loop = Aio.getRunningLoop();
      Task<Object> task = Aio.createTask(after("victim", 10, null));
      Future<Object> fut = loop.createFuture();
      loop.callLater(1, () -> task.cancel("task message"));
      loop.callLater(1, () -> fut.cancel("future message"));
      return await(Aio.gather(true, failing("bad", 2), task, fut, after("ok", 3, "fine")));
    }), new VirtualClock());
    List<?> list = (List<?>) results;
    assertEquals("IllegalArgumentException: bad", Bodies.describe((Throwable) list.get(0)));
    assertInstanceOf(CancelledError.class, list.get(1));
    assertEquals("", ((Throwable) list.get(1)).getMessage(), "a task's cancel message is not kept (CPython)");
    assertEquals("future message", ((Throwable) list.get(2)).getMessage());
    assertEquals("fine", list.get(3));
  }

  @Test
  void cancellingTheGatherCancelsTheUnfinishedChildren() {
    List<Object> seen = new ArrayList<>();
    Aio.run(coro("main", () -> {
      Task<Object> quick = Aio.createTask(after("quick", 1, "q"));
      Task<Object> slow = Aio.createTask(after("slow", 10, "s"));
      Future<List<Object>> g = Aio.gather(true, quick, slow);
      await(Aio.sleep(2));
      seen.add(g.cancel("stop"));
      try {
        await(g);
      } catch (CancelledError e) {
        seen.add("raised " + e.getMessage() + " although returnExceptions");
      }
      seen.add(quick.result());
      seen.add(slow.cancelled());
      seen.add(g.cancelled());
      seen.add(g.cancel());
      return null;
    }), new VirtualClock());
    assertEquals(List.of(true, "raised stop although returnExceptions", "q", true, false, false), seen);
  }

  @Test
  void cancellingAGatherWhoseChildrenAreDoneReturnsFalse() {
    Object cancelled = Aio.run(coro("main", () -> {
      Future<Object> f = Aio.getRunningLoop().createFuture();
      Future<List<Object>> g = Aio.gather(f);
      f.setResult(1);
      return g.cancel(); // the child is done, the gather's callback has not run yet
    }), new VirtualClock());
    assertEquals(false, cancelled);
  }

  @Test
  void cancellingTheTaskThatAwaitsTheGatherCancelsTheChildren() {
    List<Object> seen = new ArrayList<>();
    Aio.run(coro("main", () -> {
      Task<Object> child = Aio.createTask(after("child", 10, null));
      Task<Object> waiter = Aio.createTask(coro("waiter", () -> await(Aio.gather(child))));
      await(Aio.sleep(1));
      waiter.cancel();
      try {
        await(waiter);
      } catch (CancelledError e) {
        seen.add("waiter cancelled " + waiter.cancelled());
      }
      seen.add("child cancelled " + child.cancelled());
      return null;
    }), new VirtualClock());
    assertEquals(List.of("waiter cancelled true", "child cancelled true"), seen);
  }

  @Test
  void aChildCancelledFromOutsideFailsTheGatherWithoutCancellingIt() {
    List<Object> seen = new ArrayList<>();
    Aio.run(coro("main", () -> {
      Task<Object> victim = Aio.createTask(after("victim", 10, null));
      Task<Object> sibling = Aio.createTask(after("sibling", 2, "s"));
      Future<List<Object>> g = Aio.gather(victim, sibling);
      Aio.getRunningLoop().callLater(1, () -> victim.cancel("why"));
      try {
        await(g);
      } catch (CancelledError e) {
        seen.add("CancelledError " + e.getMessage());
      }
      seen.add(g.cancelled());
      seen.add(Aio.currentTask().cancelling());
      seen.add(await(sibling));
      return null;
    }), new VirtualClock());
    assertEquals(List.of("CancelledError why", false, 0, "s"), seen);
  }

  @Test
  void childrenAlreadyDoneAreCountedAtOnce() {
    Object done = Aio.run(coro("main", () -> {
      Future<Object> f = Aio.getRunningLoop().createFuture();
      f.setResult("x");
      Future<List<Object>> g = Aio.gather(f, f);
      return g.done() + " " + g.result(); // Python 3.12+: no loop iteration needed
    }), new VirtualClock());
    assertEquals("true [x, x]", done);
  }

  @Test
  void nothingToGatherGivesAnEmptyListButNeedsALoop() {
    assertEquals(List.of(), Aio.run(coro("main", () -> await(Aio.gather())), new VirtualClock()));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Aio.gather());
    assertEquals("no running event loop", e.getMessage());
  }

  @Test
  void aFutureOfAnotherLoopIsRefused() {
    EventLoop other = new EventLoop(new VirtualClock());
    Object message = Aio.run(coro("main", () -> {
      Future<Object> mine = Aio.getRunningLoop().createFuture();
      try {
        Aio.gather(mine, other.createFuture());
        return "accepted";
      } catch (IllegalArgumentException e) {
        return e.getMessage();
      }
    }), new VirtualClock());
    other.close();
    assertEquals("The future belongs to a different loop than the one specified as the loop argument", message);
  }

  @Test
  void theGatherFutureIsAFutureOfTheLoop() {
    Object same = Aio.run(coro("main", () -> {
      Future<List<Object>> g = Aio.gather(Aio.sleep(0, 1));
      assertTrue(g.toString().startsWith("<_GatheringFuture pending"), g.toString());
      assertFalse(g.done());
      await(g);
      return g.loop();
    }), new VirtualClock());
    assertInstanceOf(EventLoop.class, same);
  }

  @Test
  void ensureFutureReturnsFuturesAsTheyAreAndWrapsTheRest() {
    Aio.run(coro("main", () -> {
      Future<Object> f = Aio.getRunningLoop().createFuture();
      assertSame(f, Aio.ensureFuture(f));
      Future<Integer> wrapped = Aio.ensureFuture(Aio.sleep(0, 3));
      assertInstanceOf(Task.class, wrapped);
      assertEquals(3, (Integer) await(wrapped));
      return null;
    }), new VirtualClock());
    Coro<Object> orphan = coro("orphan", () -> null);
    assertThrows(IllegalStateException.class, () -> Aio.ensureFuture(orphan));
    assertEquals(dev.stepwise.GenState.CLOSED, orphan.state(), "the coroutine is closed, not left never-awaited");
  }
}
