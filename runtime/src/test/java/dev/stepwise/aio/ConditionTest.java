package dev.stepwise.aio;

import static dev.stepwise.aio.Bodies.await;
import static dev.stepwise.aio.Bodies.coro;
import static dev.stepwise.aio.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stepwise.Coro;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Condition}: Python's {@code asyncio.Condition} (3.13). */
class ConditionTest {
  private final List<Object> seen = new ArrayList<>();

  private Coro<Object> waiter(Condition cond, String name) {
    return coro(name, () -> with(cond, c -> {
      try {
        await(cond.waitAsync());
        seen.add(name + " notified, locked " + cond.locked());
      } catch (CancelledError e) {
        seen.add(name + " cancelled, locked " + cond.locked());
        throw e;
      }
      return null;
    }));
  }

  @Test
  void waitAndNotifyNeedTheLock() {
    Aio.run(coro("main", () -> {
      Condition cond = new Condition();
      try {
        await(cond.waitAsync());
      } catch (RuntimeException e) {
        seen.add(e.getMessage());
      }
      return null;
    }), new VirtualClock());
    Condition cond = new Condition();
    seen.add(assertThrows(RuntimeException.class, () -> cond.notify(1)).getMessage());
    seen.add(assertThrows(RuntimeException.class, cond::notifyOne).getMessage());
    seen.add(assertThrows(RuntimeException.class, cond::notifyAllWaiters).getMessage());
    assertEquals(List.of("cannot wait on un-acquired lock", "cannot notify on un-acquired lock",
        "cannot notify on un-acquired lock", "cannot notify on un-acquired lock"), seen);
  }

  @Test
  void notifyWakesWaitersInOrderAndEachReturnsHoldingTheLock() {
    Aio.run(coro("main", () -> {
      Condition cond = new Condition();
      List<Task<Object>> tasks = new ArrayList<>();
      for (String n : List.of("a", "b", "c")) {
        tasks.add(Aio.createTask(waiter(cond, n)));
      }
      await(Aio.sleep(0));
      with(cond, c -> {
        seen.add(cond.toString());
        cond.notifyOne();
        return null;
      });
      await(Aio.sleep(0));
      with(cond, c -> {
        cond.notifyAllWaiters();
        return null;
      });
      await(Aio.gather(tasks));
      return null;
    }), new VirtualClock());
    assertEquals(List.of("<Condition [locked, waiters:3]>", "a notified, locked true",
        "b notified, locked true", "c notified, locked true"), seen);
  }

  @Test
  void aCancelledWaitReacquiresTheLockBeforeRaising() {
    Aio.run(coro("main", () -> {
      Condition cond = new Condition();
      Task<Object> w = Aio.createTask(waiter(cond, "w"));
      await(Aio.sleep(0));
      await(cond.acquire()); // hold the lock while w is cancelled: w must wait for it
      w.cancel();
      await(Aio.sleep(1));
      seen.add("w done while main holds the lock: " + w.done());
      cond.release();
      await(Aio.gather(true, w));
      seen.add(w.cancelled());
      return null;
    }), new VirtualClock());
    assertEquals(List.of("w done while main holds the lock: false", "w cancelled, locked true", true), seen);
  }

  @Test
  void aNotifiedWaiterThatIsCancelledPassesTheNotificationOn() {
    Aio.run(coro("main", () -> {
      Condition cond = new Condition();
      Task<Object> first = Aio.createTask(waiter(cond, "first"));
      Task<Object> second = Aio.createTask(waiter(cond, "second"));
      await(Aio.sleep(0));
      await(cond.acquire());
      cond.notifyOne(); // notifies first...
      first.cancel(); // ...which is then cancelled before it runs
      cond.release();
      await(Aio.gather(true, first, second));
      return null;
    }), new VirtualClock());
    assertEquals(List.of("first cancelled, locked true", "second notified, locked true"), seen,
        "Python 3.13: the notification is not lost");
  }

  @Test
  void waitForChecksThePredicateFirstAndAfterEveryWakeUp() {
    Aio.run(coro("main", () -> {
      Condition cond = new Condition(new Lock());
      int[] n = {0};
      Task<Object> w = Aio.createTask(coro("w", () -> with(cond, c -> {
        seen.add("waitFor " + await(cond.waitFor(() -> {
          seen.add("check " + n[0]);
          return n[0] >= 2;
        })));
        return null;
      })));
      for (int i = 0; i < 2; i++) {
        await(Aio.sleep(0));
        with(cond, c -> {
          n[0]++;
          cond.notify(5);
          return null;
        });
      }
      await(w);
      seen.add(with(cond, c -> await(cond.waitFor(() -> true))));
      return null;
    }), new VirtualClock());
    assertEquals(List.of("check 0", "check 1", "check 2", "waitFor true", true), seen);
  }
}
