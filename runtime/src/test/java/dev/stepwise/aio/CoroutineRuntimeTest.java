package dev.stepwise.aio;

import static dev.stepwise.aio.Scripted.await;
import static dev.stepwise.aio.Scripted.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.Coro;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tasks, the await chain and the loop, driven by hand-written frames on a virtual clock. */
class CoroutineRuntimeTest {
  private final List<String> out = new ArrayList<>();

  private Coro<Integer> compute(int x, int y) {
    return new Scripted<>("compute",
        (v, e) -> {
          out.add("Compute " + x + " + " + y + " ...");
          return await(Aio.sleep(1.0));
        },
        (v, e) -> {
          if (e != null) {
            throw e;
          }
          return done(x + y);
        });
  }

  private Coro<Void> printSum(int x, int y) {
    return new Scripted<>("printSum",
        (v, e) -> await(compute(x, y)),
        (v, e) -> {
          if (e != null) {
            throw e;
          }
          out.add(x + " + " + y + " = " + v + " at " + EventLoop.running().time());
          return done(null);
        });
  }

  @Test
  void theSeedsChainRunsOnTheVirtualClock() {
    Aio.run(printSum(1, 2), new VirtualClock());
    assertEquals(List.of("Compute 1 + 2 ...", "1 + 2 = 3 at 1.0"), out);
  }

  @Test
  void awaitingACoroutineCostsNoTripThroughTheLoop() {
    EventLoop loop = new EventLoop(new VirtualClock());
    Coro<Integer> inner = new Scripted<>("inner", (v, e) -> done(7));
    Coro<Integer> outer = new Scripted<>("outer", (v, e) -> await(inner), (v, e) -> done((Integer) v + 1));
    Task<Integer> task = loop.createTask(outer);
    loop.callSoon(() -> out.add("after " + task.done()));
    loop.runOnce();
    assertEquals(List.of("after true"), out, "the task finished in its first step, before the next callback");
    assertEquals(8, task.result());
    loop.close();
  }

  @Test
  void resumingTheInnermostFrameSkipsTheFramesAboveIt() {
    List<Scripted<Object>> chain = new ArrayList<>();
    Scripted<Object> innermost = new Scripted<>("leaf", (v, e) -> await(Aio.sleep(0)), (v, e) -> await(Aio.sleep(0)), (v, e) -> done("x"));
    chain.add(innermost);
    Scripted<Object> below = innermost;
    for (int i = 0; i < 100; i++) {
      Scripted<Object> callee = below;
      Scripted<Object> frame = new Scripted<>("f" + i, (v, e) -> await(callee), (v, e) -> done(v));
      chain.add(frame);
      below = frame;
    }
    Object result = Aio.run(below, new VirtualClock());
    assertEquals("x", result);
    assertEquals(3, innermost.resumes);
    for (Scripted<Object> f : chain.subList(1, chain.size())) {
      assertEquals(2, f.resumes, "each outer frame runs once to await and once when its callee returns");
    }
  }

  @Test
  void sleepZeroInterleavesTasksRoundRobin() {
    Coro<Void> main = new Scripted<>("main",
        (v, e) -> {
          for (String n : List.of("A", "B", "C")) {
            Aio.createTask(worker(n));
          }
          return await(Aio.sleep(1));
        },
        (v, e) -> done(null));
    Aio.run(main, new VirtualClock());
    assertEquals(List.of("A0", "B0", "C0", "A1", "B1", "C1", "A2", "B2", "C2"), out);
  }

  private Coro<Void> worker(String n) {
    int[] i = {0};
    Scripted.Step loop = (v, e) -> {
      out.add(n + i[0]);
      return i[0]++ < 2 ? await(Aio.sleep(0)) : done(null);
    };
    return new Scripted<>(n, loop, loop, loop);
  }

  @Test
  void cancellationIsDeliveredAtTheAwaitAndMayBeHandled() {
    Coro<String> victim = new Scripted<>("victim",
        (v, e) -> await(Aio.sleep(100)),
        (v, e) -> {
          out.add("caught " + (e == null ? null : e.getClass().getSimpleName() + ":" + e.getMessage()));
          return done("survived");
        });
    Coro<String> main = new Scripted<>("main",
        (v, e) -> {
          Task<String> t = Aio.createTask(victim);
          out.add("created");
          return await(Aio.sleep(1, t));
        },
        (v, e) -> {
          @SuppressWarnings("unchecked")
          Task<String> t = (Task<String>) v;
          out.add("cancel " + t.cancel("stop"));
          out.add("cancelling " + t.cancelling());
          return await(t);
        },
        (v, e) -> done((String) v));
    assertEquals("survived", Aio.run(main, new VirtualClock()));
    assertEquals(List.of("created", "cancel true", "cancelling 1", "caught CancelledError:stop"), out);
  }

  @Test
  void aTaskCancelledBeforeItsFirstStepNeverRunsItsBody() {
    Coro<Void> body = new Scripted<>("body", (v, e) -> {
      out.add("ran");
      return done(null);
    });
    Coro<Boolean> main = new Scripted<>("main",
        (v, e) -> {
          Task<Void> t = Aio.createTask(body);
          t.cancel();
          return await(Aio.sleep(0, t));
        },
        (v, e) -> done(((Task<?>) v).cancelled()));
    assertTrue(Aio.run(main, new VirtualClock()));
    assertEquals(List.of(), out);
  }

  @Test
  void aFailingCallbackReachesTheHandlerAndTheLoopGoesOn() {
    EventLoop loop = new EventLoop(new VirtualClock());
    List<Map<String, Object>> contexts = new ArrayList<>();
    loop.setExceptionHandler((l, ctx) -> contexts.add(ctx));
    loop.callSoon(() -> {
      throw new IllegalStateException("boom");
    });
    loop.callSoon(() -> out.add("still running"));
    loop.callSoon(loop::stop);
    loop.runForever();
    assertEquals(List.of("still running"), out);
    assertEquals(1, contexts.size());
    assertTrue(contexts.get(0).get("message").toString().startsWith("Exception in callback"));
    assertEquals("boom", ((Throwable) contexts.get(0).get("exception")).getMessage());
    loop.close();
  }

  @Test
  void runInsideARunningLoopFailsWithPythonsMessage() {
    Coro<String> inner = new Scripted<>("inner", (v, e) -> done("x"));
    Coro<String> outer = new Scripted<>("outer", (v, e) -> {
      try {
        Aio.run(inner);
        return done("no error");
      } catch (RuntimeException ex) {
        return done(ex.getMessage());
      }
    });
    EventLoop loop = new EventLoop(new VirtualClock());
    List<String> messages = new ArrayList<>();
    loop.setExceptionHandler((l, ctx) -> messages.add(String.valueOf(ctx.get("message"))));
    assertEquals("asyncio.run() cannot be called from a running event loop", loop.runUntilComplete(outer));
    loop.close();
    assertEquals(List.of("coroutine 'inner' was never awaited"), messages);
  }

  @Test
  void futureCallbacksAreScheduledNeverRunInline() {
    EventLoop loop = new EventLoop(new VirtualClock());
    Future<String> f = loop.createFuture();
    f.addDoneCallback(x -> out.add("first " + x.result()));
    f.addDoneCallback(x -> out.add("second"));
    f.setResult("r");
    assertEquals(List.of(), out);
    f.addDoneCallback(x -> out.add("late"));
    loop.runOnce();
    assertEquals(List.of("first r", "second", "late"), out);
    assertThrows(InvalidStateError.class, () -> f.setResult("again"));
    assertFalse(f.cancel());
    loop.close();
  }

  @Test
  void anUnretrievedTaskExceptionIsReportedWhenTheLoopCloses() {
    EventLoop loop = new EventLoop(new VirtualClock());
    List<Map<String, Object>> contexts = new ArrayList<>();
    loop.setExceptionHandler((l, ctx) -> contexts.add(ctx));
    Task<Object> t = loop.createTask(new Scripted<>("failing", (v, e) -> {
      throw new IllegalArgumentException("lost");
    }));
    loop.callSoon(loop::stop);
    loop.runForever();
    assertTrue(t.done());
    loop.close();
    assertEquals(1, contexts.size());
    assertEquals("Task exception was never retrieved", contexts.get(0).get("message"));
  }
}
