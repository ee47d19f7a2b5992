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

/** {@link Semaphore} and {@link BoundedSemaphore}: Python's, as of 3.11.7 / 3.13. */
class SemaphoreTest {
  private final List<Object> seen = new ArrayList<>();

  private Coro<Object> holder(Semaphore sem, String name, double hold) {
    return coro(name, () -> with(sem, s -> {
      seen.add(name + " in at " + Aio.getRunningLoop().time());
      await(Aio.sleep(hold));
      return null;
    }));
  }

  @Test
  void atMostValueHoldersAndWaitersServedInOrder() {
    Aio.run(coro("main", () -> {
      Semaphore sem = new Semaphore(2);
      List<Task<Object>> tasks = new ArrayList<>();
      tasks.add(Aio.createTask(holder(sem, "a", 1)));
      tasks.add(Aio.createTask(holder(sem, "b", 2)));
      tasks.add(Aio.createTask(holder(sem, "c", 2)));
      tasks.add(Aio.createTask(holder(sem, "d", 1)));
      await(Aio.sleep(0));
      seen.add(sem.toString());
      await(Aio.gather(tasks));
      seen.add(sem.toString());
      return null;
    }), new VirtualClock());
    assertEquals(List.of("a in at 0.0", "b in at 0.0", "<Semaphore [locked, waiters:2]>",
        "c in at 1.0", "d in at 2.0", "<Semaphore [unlocked, value:2]>"), seen);
  }

  @Test
  void aNewcomerQueuesBehindWaitersEvenWhenASlotIsFree() {
    Aio.run(coro("main", () -> {
      Semaphore sem = new Semaphore(1);
      await(sem.acquire());
      Task<Object> waiter = Aio.createTask(holder(sem, "waiter", 1));
      await(Aio.sleep(0));
      sem.release();
      seen.add("locked right after release: " + sem.locked());
      Task<Object> newcomer = Aio.createTask(holder(sem, "newcomer", 1));
      await(Aio.gather(waiter, newcomer));
      return null;
    }), new VirtualClock());
    assertEquals(List.of("locked right after release: true", "waiter in at 0.0", "newcomer in at 1.0"), seen);
  }

  @Test
  void aWaiterCancelledAfterBeingGivenASlotGivesItBack() {
    Aio.run(coro("main", () -> {
      Semaphore sem = new Semaphore(1);
      await(sem.acquire());
      Task<Object> given = Aio.createTask(holder(sem, "given", 1));
      Task<Object> next = Aio.createTask(holder(sem, "next", 1));
      await(Aio.sleep(0));
      sem.release(); // the slot goes to 'given'...
      given.cancel(); // ...which is cancelled before it runs
      await(Aio.gather(true, given, next));
      seen.add(given.cancelled() + " " + sem);
      return null;
    }), new VirtualClock());
    assertEquals(List.of("next in at 0.0", "true <Semaphore [unlocked, value:1]>"), seen);
  }

  @Test
  void aPlainSemaphoreMayGrowABoundedOneMayNot() {
    Semaphore plain = new Semaphore(1);
    plain.release();
    assertEquals("<Semaphore [unlocked, value:2]>", plain.toString());
    BoundedSemaphore bounded = new BoundedSemaphore(1);
    IllegalStateException e = assertThrows(IllegalStateException.class, bounded::release);
    assertEquals("BoundedSemaphore released too many times", e.getMessage());
    assertEquals("<BoundedSemaphore [unlocked, value:1]>", bounded.toString());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> new Semaphore(-1));
    assertEquals("Semaphore initial value must be >= 0", negative.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new BoundedSemaphore(-1));
    assertEquals("<Semaphore [locked]>", new Semaphore(0).toString());
  }

  @Test
  void acquiringAFreeSlotDoesNotSuspend() {
    EventLoop loop = new EventLoop(new VirtualClock());
    Semaphore sem = new Semaphore(3);
    loop.runUntilComplete(new Scripted<>("main",
        (v, e) -> {
          loop.createTask(new Scripted<>("other", (v2, e2) -> {
            seen.add("other ran");
            return Scripted.done(null);
          }));
          return Scripted.await(sem.acquire());
        },
        (v, e) -> {
          seen.add("acquired " + v + ", " + sem);
          return Scripted.await(Aio.sleep(0));
        },
        (v, e) -> Scripted.done(null)));
    loop.close();
    assertEquals(List.of("acquired true, <Semaphore [unlocked, value:2]>", "other ran"), seen);
  }
}
