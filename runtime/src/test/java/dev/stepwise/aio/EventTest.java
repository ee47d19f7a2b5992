package dev.stepwise.aio;

import static dev.stepwise.aio.Bodies.await;
import static dev.stepwise.aio.Bodies.coro;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Event}: Python's {@code asyncio.Event}. */
class EventTest {
  private final List<Object> seen = new ArrayList<>();

  @Test
  void setWakesEveryWaiterInOrderAndAClearRightAfterDoesNotTakeItBack() {
    Aio.run(coro("main", () -> {
      Event ev = new Event();
      List<Task<Object>> waiters = new ArrayList<>();
      for (String n : List.of("a", "b", "c")) {
        waiters.add(Aio.createTask(coro(n, () -> {
          seen.add(n + " woke " + await(ev.waitAsync()));
          return null;
        })));
      }
      await(Aio.sleep(0));
      seen.add(ev.toString());
      ev.set();
      ev.clear();
      await(Aio.gather(waiters));
      seen.add(ev.toString());
      return null;
    }), new VirtualClock());
    assertEquals(List.of("<Event [unset, waiters:3]>", "a woke true", "b woke true", "c woke true", "<Event [unset]>"), seen);
  }

  @Test
  void waitingOnASetEventDoesNotSuspend() {
    EventLoop loop = new EventLoop(new VirtualClock());
    Event ev = new Event();
    ev.set();
    loop.runUntilComplete(new Scripted<>("main",
        (v, e) -> {
          loop.createTask(new Scripted<>("other", (v2, e2) -> {
            seen.add("other ran");
            return Scripted.done(null);
          }));
          return Scripted.await(ev.waitAsync());
        },
        (v, e) -> {
          seen.add("waited " + v);
          return Scripted.await(Aio.sleep(0));
        },
        (v, e) -> Scripted.done(null)));
    loop.close();
    assertEquals(List.of("waited true", "other ran"), seen);
  }

  @Test
  void aCancelledWaiterLeavesTheQueue() {
    Aio.run(coro("main", () -> {
      Event ev = new Event();
      Task<Object> waiter = Aio.createTask(coro("waiter", () -> await(ev.waitAsync())));
      await(Aio.sleep(0));
      waiter.cancel();
      await(Aio.gather(true, waiter));
      seen.add(ev.toString());
      seen.add(waiter.cancelled());
      return null;
    }), new VirtualClock());
    assertEquals(List.of("<Event [unset]>", true), seen);
  }
}
