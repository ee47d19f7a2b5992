package dev.stepwise.tests.asyncgens;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.StopAsyncIteration;
import dev.stepwise.StopIteration;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.AsyncGenerator;
import java.util.List;

/** Yields between awaits of every kind, sent values, return values, bodies that raise or return early. */
@AsyncGenerator
public interface BasicAgens extends Awaits {
  /** Yields between a sleep(0), a coroutine, a future set by a timer and a timed sleep. */
  default AsyncGen<Object, Object, String> yieldsBetweenAwaits(List<String> log) {
    log.add("start " + Env.now());
    Object got = Yield.value(1);
    log.add("got " + got);
    await(Aio.sleep(0));
    got = Yield.value(2);
    log.add("got " + got);
    int t = await(twice(log, 21));
    got = Yield.value(t);
    log.add("got " + got);
    String f = await(Env.later(0.5, "future"));
    got = Yield.value(f + " " + Env.now());
    log.add("got " + got);
    await(Aio.sleep(1.0));
    log.add("end " + Env.now());
    return AsyncGen.done("end");
  }

  /** Sent values flow into later yields and awaits, and into the return value. */
  default AsyncGen<String, String, String> sentValues(List<String> log) {
    String a = Yield.value("first");
    log.add("a=" + a);
    String b = Yield.value("second:" + a);
    await(Aio.sleep(0));
    log.add("b=" + b);
    String c = Yield.value("third:" + b + await(slow(log, "s", 0, a)));
    log.add("c=" + c);
    return AsyncGen.done(a + b + c);
  }

  /** Awaits inside the operand of a yield and a yield inside the argument of an awaited call. */
  default AsyncGen<Object, Integer, Integer> awaitsInYieldOperands(List<String> log) {
    Integer n = Yield.value(await(twice(log, 1)) + await(twice(log, 2)));
    log.add("n=" + n);
    int m = await(twice(log, n == null ? -1 : n));
    Integer k = Yield.value("m=" + m);
    int partial = m + (k == null ? 0 : k);
    int sum = partial + await(twice(log, Yield.value("last")));
    return AsyncGen.done(sum);
  }

  /** Timed sleeps on the virtual clock between yields. */
  default AsyncGen<String, Object, Void> timedSleeps(List<String> log) {
    for (int i = 0; i < 4; i++) {
      await(Aio.sleep(0.5 * i));
      Object got = Yield.value("tick " + i + " " + Env.now());
      log.add("tick " + i + " got " + got);
    }
    return AsyncGen.done();
  }

  /** Awaits, then ends without yielding: the first anext() raises StopAsyncIteration. */
  default AsyncGen<Object, Object, String> noYields(List<String> log) {
    await(Aio.sleep(0));
    int t = await(twice(log, 5));
    log.add("no yields, t=" + t);
    return AsyncGen.done("nothing");
  }

  /** Yields twice and returns a value (PEP 828: the StopAsyncIteration carries it). */
  default AsyncGen<Object, Object, Integer> returnsValue(List<String> log) {
    Yield.value("a");
    await(Aio.sleep(0));
    Object got = Yield.value("b");
    log.add("returning, got " + got);
    return AsyncGen.done(42);
  }

  /** Raises after an await. */
  default AsyncGen<Object, Object, Void> raisesAfterAwait(List<String> log) {
    Yield.value(1);
    await(Aio.sleep(0));
    log.add("about to raise");
    throw new IllegalStateException("boom");
  }

  /** An awaited coroutine raises through the body. */
  default AsyncGen<Object, Object, Void> raisesFromAwaitedCoroutine(List<String> log) {
    Yield.value(1);
    String r = await(failing(log, "deep"));
    Yield.value(r);
    return AsyncGen.done();
  }

  /** An awaited future fails. */
  default AsyncGen<Object, Object, Void> raisesFromFuture(List<String> log) {
    Yield.value(await(Env.later(0.25, "ok")));
    Yield.value(await(Env.failLater(0.25, "future failed")));
    return AsyncGen.done();
  }

  /** Raises StopAsyncIteration, or StopIteration, from the body: a RuntimeException comes out instead. */
  default AsyncGen<Object, Object, Void> raisesStopIterations(List<String> log) {
    Object got = Yield.value(1);
    await(Aio.sleep(0));
    if (got == null || "async".equals(got)) {
      throw new StopAsyncIteration("from the body");
    }
    throw new StopIteration("sync from the body");
  }

  /** Returns early from inside a loop, on a sent value or after a count. */
  default AsyncGen<Object, Object, String> returnsEarly(List<String> log) {
    for (int i = 0; i < 10; i++) {
      Object s = Yield.value(i);
      if ("stop".equals(s)) {
        log.add("stop at " + i);
        return AsyncGen.done("stopped at " + i);
      }
      await(Aio.sleep(0));
      if (i == 3) {
        return AsyncGen.done("early");
      }
    }
    return AsyncGen.done("late");
  }

  /** Drives another asynchronous generator by hand: anext, asend, athrow and aclose awaited in the body. */
  default AsyncGen<Object, Object, String> drivesAnotherGenerator(List<String> log) {
    AsyncGen<Object, Object, Integer> inner = SourcesSteps.INSTANCE.catching(log);
    try {
      Object v = await(inner.anext());
      Yield.value("pulled " + v);
      v = await(inner.asend("sent-in"));
      Yield.value("pulled " + v);
      v = await(inner.athrow(new Caught("by the body")));
      Yield.value("pulled " + v + " " + inner.state());
    } finally {
      await(inner.aclose());
      log.add("inner " + inner.state() + " returned " + inner.returnValue());
    }
    try {
      await(inner.anext());
    } catch (StopAsyncIteration e) {
      Yield.value("inner exhausted");
    }
    return AsyncGen.done("drove");
  }

  /** Awaiting something that is not awaitable raises at the await. */
  default AsyncGen<Object, Object, Void> awaitsNonAwaitable(List<String> log) {
    Object o = "not awaitable";
    Yield.value("before");
    try {
      Object r = await(o);
      log.add("never " + r);
    } catch (IllegalArgumentException e) {
      Yield.value(e.getMessage());
    }
    return AsyncGen.done();
  }

  /** Awaits a task it created before yielding; the task runs on while the generator is suspended. */
  default AsyncGen<Object, Object, String> awaitsTask(List<String> log) {
    Task<String> t = Aio.createTask(slow(log, "task", 0.5, "T"));
    Yield.value("created, done " + t.done());
    await(Aio.sleep(0.25));
    Yield.value("slept, done " + t.done());
    String r = await(t);
    Yield.value("task returned " + r + " " + Env.now());
    return AsyncGen.done(r);
  }
}
