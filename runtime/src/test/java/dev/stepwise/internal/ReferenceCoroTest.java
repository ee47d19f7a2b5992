package dev.stepwise.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Task;
import dev.stepwise.aio.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference executor for coroutines: untransformed bodies awaiting on their own threads. */
class ReferenceCoroTest {

  private static <T> T await(Object operand) {
    return ReferenceCoro.current().await(operand);
  }

  @Test
  void awaitsFuturesAndCoroutinesOnTheLoop() {
    List<String> out = new ArrayList<>();
    Thread main = Thread.currentThread();
    Coro<Integer> inner = new ReferenceCoro<>("inner", () -> {
      await(Aio.sleep(1.0));
      out.add("inner at " + EventLoop.running().time());
      return Coro.done(5);
    });
    Coro<Integer> outer = new ReferenceCoro<>("outer", () -> {
      out.add("outer runs on its own thread: " + (Thread.currentThread() != main));
      int v = await(inner);
      return Coro.done(v + 1);
    });
    assertEquals(6, Aio.run(outer, new VirtualClock()));
    assertEquals(List.of("outer runs on its own thread: true", "inner at 1.0"), out);
  }

  @Test
  void cancellationIsThrownFromTheAwaitOnTheBodyThread() {
    List<String> out = new ArrayList<>();
    Coro<String> victim = new ReferenceCoro<>("victim", () -> {
      try {
        await(Aio.sleep(100));
        return Coro.done("slept");
      } catch (CancelledError e) {
        out.add("cancelled: " + e.getMessage());
        throw e;
      }
    });
    Coro<Boolean> main = new ReferenceCoro<>("main", () -> {
      Task<String> t = Aio.createTask(victim);
      await(Aio.sleep(1));
      t.cancel("enough");
      try {
        await(t);
      } catch (CancelledError e) {
        out.add("awaiting it raised CancelledError");
      }
      return Coro.done(t.cancelled());
    });
    assertTrue(Aio.run(main, new VirtualClock()));
    assertEquals(List.of("cancelled: enough", "awaiting it raised CancelledError"), out);
  }

  @Test
  void aBodyThatDoesNotEndWithCoroDoneIsAnError() {
    Coro<Object> bad = new ReferenceCoro<>("bad", () -> null);
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> Aio.run(bad, new VirtualClock()));
    assertTrue(e.getMessage().contains("must end with 'return Coro.done(...)'"), e.getMessage());
  }

  @Test
  void currentIsNullOffBodyThreads() {
    assertNull(ReferenceCoro.current());
    assertFalse(ReferenceGen.current() != null);
    assertNotSame(null, new ReferenceCoro<>("unused", () -> Coro.done()).name());
  }
}
