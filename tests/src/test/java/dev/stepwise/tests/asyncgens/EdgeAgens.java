package dev.stepwise.tests.asyncgens;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.Task;
import dev.stepwise.aio.TimeoutError;
import dev.stepwise.annotations.AsyncGenerator;
import java.io.IOException;
import java.util.List;

/**
 * Less common paths: synchronous generators that use the loop, coroutines created and never
 * awaited, a body that awaits or delegates to its own generator, checked exceptions, asyncio
 * combinators, CancelledError caught in a body, a composite of every kind of suspension.
 */
@AsyncGenerator
public interface EdgeAgens extends Awaits {
  /** A synchronous generator that reads the loop's time, delegated to and iterated by a plain for. */
  default AsyncGen<Object, Object, String> syncGeneratorsUseTheLoop(List<String> log) {
    String r = Yield.from(SyncSourcesSteps.INSTANCE.timed(log, 2));
    await(Aio.sleep(0.5));
    Gen<Object, Object, String> g = SyncSourcesSteps.INSTANCE.timed(log, 3);
    try {
      for (Object x : g) {
        await(Aio.sleep(0.25));
        Yield.value("for " + x + " " + Env.now());
      }
    } finally {
      g.close();
    }
    return AsyncGen.done(r + " / " + g.returnValue());
  }

  /**
   * A coroutine created before a yield and awaited after it; two created and dropped, one through
   * a default method of Awaits and one by the body itself (where a debug loop says it was created).
   */
  @SuppressWarnings("StepwiseNeverAwaited") // dropping them is the point
  default AsyncGen<Object, Object, Integer> coroutinesNeverAwaited(List<String> log) {
    Coro<Integer> c = twice(log, 1);
    Yield.value("created " + c.state());
    int v = await(c);
    twice(log, 99);
    HelpersSteps.INSTANCE.twice(log, 98);
    Yield.value("dropped two, got " + v);
    await(Aio.sleep(0));
    return AsyncGen.done(v);
  }

  /** A task that fails is never awaited. */
  default AsyncGen<Object, Object, Void> taskExceptionNeverRetrieved(List<String> log) {
    Task<String> t = Aio.createTask(failing(log, "nobody retrieves this"));
    Yield.value("created");
    await(Aio.sleep(0.1));
    Yield.value("task done " + t.done());
    return AsyncGen.done();
  }

  /** Awaits its own anext(), athrow() and aclose(), then delegates to itself: all "already running". */
  default AsyncGen<Object, Object, String> awaitsItself(List<String> log, Env.Self self) {
    String r = "";
    try {
      await(self.gen.anext());
    } catch (IllegalStateException e) {
      r += Yield.value("anext: " + e.getMessage());
    }
    try {
      await(self.gen.athrow(new Caught("self")));
    } catch (IllegalStateException e) {
      r += Yield.value("athrow: " + e.getMessage());
    }
    try {
      await(self.gen.aclose());
    } catch (IllegalStateException e) {
      r += Yield.value("aclose: " + e.getMessage());
    }
    try {
      Object o = Yield.from(self.gen);
      log.add("never " + o);
    } catch (IllegalStateException e) {
      r += Yield.value("Yield.from: " + e.getMessage());
    }
    return AsyncGen.done(r);
  }

  /** Raises a checked exception (the body declares it). */
  default AsyncGen<Object, Object, Void> raisesChecked(List<String> log) throws IOException {
    Object got = Yield.value("before");
    await(Aio.sleep(0));
    if (got == null) {
      throw new IOException("checked from the body");
    }
    Yield.value("sent " + got);
    return AsyncGen.done();
  }

  /** Delegation to null and to a generator that is not one: the error comes out of Yield.from. */
  default AsyncGen<Object, Object, Void> yieldFromNull(List<String> log) {
    AsyncGen<Object, Object, String> none = null;
    try {
      Object r = Yield.from(none);
      log.add("never " + r);
    } catch (RuntimeException e) {
      Yield.value(e.getClass().getSimpleName());
    }
    return AsyncGen.done();
  }

  /** gather, waitFor with a timeout that expires and one that does not, shield, between yields. */
  default AsyncGen<Object, Object, String> combinators(List<String> log) {
    List<Object> both = await(Aio.gather(slow(log, "g1", 0.5, "A"), slow(log, "g2", 0.25, "B")));
    Yield.value("gathered " + both + " " + Env.now());
    try {
      String never = await(Aio.waitFor(slow(log, "w", 1.0, "late"), 0.5));
      log.add("never " + never);
    } catch (TimeoutError e) {
      Yield.value("timed out " + Env.now());
    }
    String quick = await(Aio.waitFor(slow(log, "q", 0.1, "quick"), 1.0));
    String shielded = await(Aio.shield(slow(log, "s", 0.1, "shielded")));
    Yield.value(quick + " " + shielded + " " + Env.now());
    return AsyncGen.done(quick);
  }

  /** Catches the CancelledError of its awaits, yields once more, then raises it again. */
  default AsyncGen<Object, Object, String> catchesCancelled(List<String> log) {
    for (int i = 0; i < 3; i++) {
      try {
        await(Aio.sleep(0.2));
        Yield.value("slept " + i + " " + Env.now());
      } catch (CancelledError e) {
        log.add("cancelled at " + i + " " + Env.now());
        await(Aio.sleep(0));
        Yield.value("cancelled " + i);
        throw e;
      }
    }
    return AsyncGen.done("not cancelled");
  }

  /** Every kind of suspension in one body: yield, await, async for, Yield.from of both kinds, in try/finally. */
  default AsyncGen<Object, Object, String> composite(List<String> log) {
    String r = "";
    AsyncGen<Integer, Object, Void> in = SourcesSteps.INSTANCE.range(log, "cin", 2);
    try {
      for (Integer i : Async.iter(in)) {
        r += Yield.from(SourcesSteps.INSTANCE.withReturn(log, "cw" + i, 1));
        int t = await(twice(log, i));
        r += Yield.from(SyncSourcesSteps.INSTANCE.counted(log, "cs" + t, 1));
        Object got = Yield.value("pass " + i);
        r += got;
      }
    } finally {
      await(in.aclose());
      log.add("composite finally " + r);
    }
    return AsyncGen.done(r);
  }

  /** Iterates an asynchronous generator to its end twice: the second loop gets nothing. */
  default AsyncGen<Object, Object, Void> iterateExhaustedAgain(List<String> log) {
    AsyncGen<Integer, Object, Void> in = SourcesSteps.INSTANCE.range(log, "once", 2);
    try {
      for (Integer i : Async.iter(in)) {
        Yield.value("first loop " + i);
      }
      for (Integer i : Async.iter(in)) {
        Yield.value("second loop " + i);
      }
      Yield.value("after both " + in.state());
    } finally {
      await(in.aclose());
    }
    return AsyncGen.done();
  }
}
