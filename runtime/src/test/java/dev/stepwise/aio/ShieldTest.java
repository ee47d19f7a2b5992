package dev.stepwise.aio;

import static dev.stepwise.aio.Bodies.await;
import static dev.stepwise.aio.Bodies.coro;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Aio#shield}: Python's {@code asyncio.shield}. */
class ShieldTest {
  private final List<Object> seen = new ArrayList<>();

  @Test
  void cancellingTheAwaiterLeavesTheShieldedCoroutineRunning() {
    Aio.run(coro("main", () -> {
      Future<Object> shielded = Aio.shield(coro("work", () -> {
        await(Aio.sleep(2));
        seen.add("work finished at " + Aio.getRunningLoop().time());
        return "result";
      }));
      Task<?> work = Aio.allTasks().get(1);
      Task<Object> awaiter = Aio.createTask(coro("awaiter", () -> await(shielded)));
      await(Aio.sleep(1));
      awaiter.cancel();
      try {
        await(awaiter);
      } catch (CancelledError e) {
        seen.add("awaiter cancelled at " + Aio.getRunningLoop().time());
      }
      seen.add(shielded.cancelled());
      seen.add(await(work));
      return null;
    }), new VirtualClock());
    assertEquals(List.of("awaiter cancelled at 1.0", true, "work finished at 2.0", "result"), seen);
  }

  @Test
  void theWorksOutcomeReachesTheShieldFuture() {
    Aio.run(coro("main", () -> {
      EventLoop loop = Aio.getRunningLoop();
      Future<Object> failing = loop.createFuture();
      Future<Object> cancelled = loop.createFuture();
      Future<Object> a = Aio.shield(failing);
      Future<Object> b = Aio.shield(cancelled);
      failing.setException(new IllegalStateException("broken"));
      cancelled.cancel();
      try {
        await(a);
      } catch (IllegalStateException e) {
        seen.add(e.getMessage());
      }
      try {
        await(b);
      } catch (CancelledError e) {
        seen.add("cancelled " + b.cancelled());
      }
      return null;
    }), new VirtualClock());
    assertEquals(List.of("broken", "cancelled true"), seen);
  }

  @Test
  void aFailureThatMeetsACancelledShieldIsMarkedRetrievedALaterOneIsReported() {
    try (Bodies.Recorded r = new Bodies.Recorded()) {
      r.run(coro("main", () -> {
        EventLoop loop = Aio.getRunningLoop();
        Future<Object> work = loop.createFuture();
        Future<Object> shielded = Aio.shield(work);
        shielded.cancel();
        work.setException(new IllegalStateException("fails before the shield lets go"));
        Future<Object> later = loop.createFuture();
        Future<Object> shielded2 = Aio.shield(later);
        shielded2.cancel();
        await(Aio.sleep(0)); // the shield lets go of it
        later.setException(new IllegalStateException("fails after"));
        await(Aio.sleep(0));
        return null;
      }));
      r.close();
      assertEquals(List.of("Future exception was never retrieved"), r.messages(), "as in CPython");
      assertEquals("fails after", ((Throwable) r.reports.get(0).get("exception")).getMessage());
    }
  }
}
