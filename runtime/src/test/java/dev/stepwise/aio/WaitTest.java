package dev.stepwise.aio;

import static dev.stepwise.aio.Bodies.await;
import static dev.stepwise.aio.Bodies.coro;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stepwise.Coro;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Aio#wait}: Python's {@code asyncio.wait} and its three modes. */
class WaitTest {
  private final List<Object> seen = new ArrayList<>();

  private static Coro<Object> job(String name, double delay, boolean fail) {
    return coro(name, () -> {
      await(Aio.sleep(delay));
      if (fail) {
        throw new IllegalStateException(name);
      }
      return name;
    });
  }

  private static String names(Set<Task<Object>> tasks) {
    return tasks.stream().map(Task::name).collect(Collectors.joining(",", "[", "]"));
  }

  private Task<Object> task(String name, double delay, boolean fail) {
    return Aio.createTask(job(name, delay, fail), name);
  }

  @Test
  void eachModeReturnsWhenItsConditionHoldsWithSetsInArgumentOrder() {
    Aio.run(coro("main", () -> {
      EventLoop loop = Aio.getRunningLoop();
      Task<Object> c = task("c", 3, false);
      Task<Object> a = task("a", 1, false);
      Task<Object> b = task("b", 2, true);
      List<Task<Object>> all = List.of(c, a, b);
      Done<Task<Object>> d = await(Aio.wait(all, ReturnWhen.FIRST_COMPLETED));
      seen.add(loop.time() + " " + names(d.done()) + names(d.pending()));
      d = await(Aio.wait(all, ReturnWhen.FIRST_EXCEPTION));
      seen.add(loop.time() + " " + names(d.done()) + names(d.pending()));
      d = await(Aio.wait(all));
      seen.add(loop.time() + " " + names(d.done()) + names(d.pending()));
      return null;
    }), new VirtualClock());
    assertEquals(List.of("1.0 [a][c,b]", "2.0 [a,b][c]", "3.0 [c,a,b][]"), seen);
  }

  @Test
  void firstExceptionDoesNotCountCancellationsAndWaitsForAllWithoutFailures() {
    Aio.run(coro("main", () -> {
      EventLoop loop = Aio.getRunningLoop();
      Task<Object> victim = task("victim", 10, false);
      Task<Object> ok = task("ok", 2, false);
      loop.callLater(1, () -> victim.cancel());
      Done<Task<Object>> d = await(Aio.wait(List.of(victim, ok), ReturnWhen.FIRST_EXCEPTION));
      seen.add(loop.time() + " " + names(d.done()) + names(d.pending()));
      return null;
    }), new VirtualClock());
    assertEquals(List.of("2.0 [victim,ok][]"), seen);
  }

  @Test
  void aTimeoutReturnsWithPendingFuturesThatAreNeitherCancelledNorRaised() {
    Aio.run(coro("main", () -> {
      Task<Object> slow = task("slow", 5, false);
      Task<Object> bad = task("bad", 1, true);
      Done<Task<Object>> d = await(Aio.wait(List.of(slow, bad), 2.0, ReturnWhen.ALL_COMPLETED));
      seen.add(Aio.getRunningLoop().time() + " " + names(d.done()) + names(d.pending()));
      seen.add(slow.cancelled());
      seen.add(bad.exception().getMessage());
      seen.add(await(slow));
      return null;
    }), new VirtualClock());
    assertEquals(List.of("2.0 [bad][slow]", false, "bad", "slow"), seen);
  }

  @Test
  void futuresAlreadyDoneStillTakeOneLoopIteration() {
    Aio.run(coro("main", () -> {
      Future<Object> f = Aio.getRunningLoop().createFuture();
      f.setResult(1);
      Future<Done<Future<Object>>> w = Aio.wait(List.of(f, f));
      seen.add(w.done());
      Done<Future<Object>> d = await(w);
      seen.add(d.done().size() + "/" + d.pending().size());
      return null;
    }), new VirtualClock());
    assertEquals(List.of(false, "1/0"), seen, "done callbacks are scheduled, and duplicates count once");
  }

  @Test
  void cancellingTheWaitStopsItAndLeavesTheFuturesAlone() {
    Aio.run(coro("main", () -> {
      Task<Object> slow = task("slow", 5, false);
      Future<Done<Task<Object>>> w = Aio.wait(List.of(slow), 1.0, ReturnWhen.ALL_COMPLETED);
      Task<Object> waiter = Aio.createTask(coro("waiter", () -> await(w)));
      await(Aio.sleep(0.5));
      waiter.cancel();
      try {
        await(waiter);
      } catch (CancelledError e) {
        seen.add("wait cancelled " + w.cancelled());
      }
      await(Aio.sleep(1)); // past the timeout: its timer was cancelled with the wait
      seen.add(slow.done() + " " + slow.cancelled());
      seen.add(await(slow));
      return null;
    }), new VirtualClock());
    assertEquals(List.of("wait cancelled true", "false false", "slow"), seen);
  }

  @Test
  void emptyCollectionsCoroutinesAndANullModeAreRefused() {
    Aio.run(coro("main", () -> {
      IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
          () -> Aio.wait(List.<Future<Object>>of()));
      seen.add(empty.getMessage());
      Coro<Object> coroutine = job("z", 0, false);
      @SuppressWarnings({"unchecked", "rawtypes"})
      List<Future<Object>> smuggled = (List) List.of(coroutine);
      IllegalArgumentException coro = assertThrows(IllegalArgumentException.class, () -> Aio.wait(smuggled));
      seen.add(coro.getMessage());
      coroutine.close();
      Future<Object> f = Aio.getRunningLoop().createFuture();
      assertThrows(NullPointerException.class, () -> Aio.wait(List.of(f), null, null));
      return null;
    }), new VirtualClock());
    assertEquals(List.of("Set of Tasks/Futures is empty.", "Passing coroutines is forbidden, use tasks explicitly."), seen);
  }
}
