package dev.stepwise.aio;

import static dev.stepwise.aio.Bodies.await;
import static dev.stepwise.aio.Bodies.coro;
import static dev.stepwise.aio.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.Coro;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Lock}: Python's {@code asyncio.Lock}. */
class LockTest {
  private final List<Object> seen = new ArrayList<>();

  private Coro<Object> holder(Lock lock, String name, double hold) {
    return coro(name, () -> with(lock, l -> {
      seen.add(name + " in at " + Aio.getRunningLoop().time());
      await(Aio.sleep(hold));
      return name;
    }));
  }

  @Test
  void acquiringAFreeLockDoesNotSuspend() {
    EventLoop loop = new EventLoop(new VirtualClock());
    Lock lock = new Lock();
    Coro<Object> main = new Scripted<>("main",
        (v, e) -> {
          loop.createTask(new Scripted<>("other", (v2, e2) -> {
            seen.add("other ran");
            return Scripted.done(null);
          }));
          return Scripted.await(lock.acquire());
        },
        (v, e) -> {
          seen.add("acquired " + v);
          return Scripted.await(Aio.sleep(0));
        },
        (v, e) -> Scripted.done(null));
    loop.runUntilComplete(main);
    loop.close();
    assertEquals(List.of("acquired true", "other ran"), seen, "no loop iteration passed before 'acquired'");
  }

  @Test
  void waitersGetTheLockInTheOrderTheyCameAndANewcomerDoesNotBarge() {
    Aio.run(coro("main", () -> {
      Lock lock = new Lock();
      await(lock.acquire());
      List<Task<Object>> tasks = new ArrayList<>();
      for (String n : List.of("a", "b", "c")) {
        tasks.add(Aio.createTask(holder(lock, n, 1)));
      }
      await(Aio.sleep(0));
      seen.add(lock.toString());
      lock.release();
      seen.add("released, locked " + lock.locked());
      await(lock.acquire()); // a newcomer: queues behind a, b, c
      seen.add("main in at " + Aio.getRunningLoop().time());
      lock.release();
      await(Aio.gather(tasks));
      return null;
    }), new VirtualClock());
    assertEquals(List.of("<Lock [locked, waiters:3]>", "released, locked false",
        "a in at 0.0", "b in at 1.0", "c in at 2.0", "main in at 3.0"), seen);
  }

  @Test
  void aWaiterCancelledWhileQueuedIsSkipped() {
    Aio.run(coro("main", () -> {
      Lock lock = new Lock();
      await(lock.acquire());
      Task<Object> queued = Aio.createTask(holder(lock, "queued", 1));
      Task<Object> chosen = Aio.createTask(holder(lock, "chosen", 1));
      Task<Object> next = Aio.createTask(holder(lock, "next", 1));
      await(Aio.sleep(0));
      queued.cancel(); // cancelled while queued
      lock.release(); // wakes the head of the line: the cancelled waiter's future is already done
      await(Aio.sleep(0));
      seen.add("after a step: " + lock.locked());
      await(Aio.gather(true, queued, chosen, next));
      seen.add(queued.cancelled());
      return null;
    }), new VirtualClock());
    // As CPython: the cancelled waiter, on its way out, wakes the next one, one iteration later.
    assertEquals(List.of("after a step: false", "chosen in at 0.0", "next in at 1.0", true), seen);
  }

  @Test
  void aWaiterCancelledAfterBeingWokenPassesTheLockOn() {
    Aio.run(coro("main", () -> {
      Lock lock = new Lock();
      await(lock.acquire());
      Task<Object> first = Aio.createTask(holder(lock, "first", 1));
      Task<Object> second = Aio.createTask(holder(lock, "second", 1));
      await(Aio.sleep(0));
      lock.release(); // first's future gets its result...
      first.cancel(); // ...and first is cancelled before it runs
      await(Aio.gather(true, first, second));
      seen.add(first.cancelled());
      return null;
    }), new VirtualClock());
    assertEquals(List.of("second in at 0.0", true), seen);
  }

  @Test
  void releasingAnUnlockedLockFails() {
    RuntimeException e = assertThrows(RuntimeException.class, () -> new Lock().release());
    assertEquals(RuntimeException.class, e.getClass());
    assertEquals("Lock is not acquired.", e.getMessage());
  }

  @Test
  void asAContextManagerItBindsItselfAndReleasesOnEveryWayOut() {
    Aio.run(coro("main", () -> {
      Lock lock = new Lock();
      seen.add(with(lock, l -> l == lock && lock.locked()));
      seen.add(lock.locked());
      try {
        with(lock, l -> {
          throw new IllegalStateException("inside");
        });
      } catch (IllegalStateException e) {
        seen.add(e.getMessage() + ", locked " + lock.locked());
      }
      return null;
    }), new VirtualClock());
    assertEquals(List.of(true, false, "inside, locked false"), seen);
  }

  @Test
  void itBindsToTheFirstLoopThatWaitsOnIt() {
    Lock lock = new Lock();
    Aio.run(coro("first", () -> {
      await(lock.acquire());
      Task<Object> waiter = Aio.createTask(coro("waiter", () -> await(lock.acquire())));
      await(Aio.sleep(0));
      lock.release();
      return await(waiter);
    }), new VirtualClock());
    lock.release();
    Object error = Aio.run(coro("second", () -> {
      await(lock.acquire()); // free: needs no future, so no loop
      try {
        await(lock.acquire());
        return "acquired twice";
      } catch (RuntimeException e) {
        return e.getMessage();
      }
    }), new VirtualClock());
    assertEquals("<Lock [locked]> is bound to a different event loop", error);
  }

  @Test
  void anEnterThatIsNeverAwaitedIsReportedOnceAndTakesNothing() {
    Lock lock = new Lock();
    try (Bodies.Recorded r = new Bodies.Recorded()) {
      r.run(coro("main", () -> {
        lock.enter();
        return null;
      }));
      r.close();
      assertEquals(List.of("coroutine 'Lock.__aenter__' was never awaited"), r.messages());
    }
    assertFalse(lock.locked());
  }

  @Test
  void closingItDirectlyFails() {
    Lock lock = new Lock();
    IllegalStateException e = assertThrows(IllegalStateException.class, lock::close);
    assertTrue(e.getMessage().contains("Async.with"), e.getMessage());
    assertFalse(lock.locked());
    assertSame(lock, lock);
  }
}
