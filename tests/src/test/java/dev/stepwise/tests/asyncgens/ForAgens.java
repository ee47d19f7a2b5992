package dev.stepwise.tests.asyncgens;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.AsyncGen;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import java.util.List;

/**
 * async for (for over Async.iter) inside asynchronous generator bodies: over other asynchronous
 * generators, over a hand-written iterator, nested, with break and continue. An inner generator
 * the loop may leave unfinished is closed in a finally block (Python's {@code aclosing}), so that
 * no body is left suspended once the outer one has finished.
 */
@AsyncGenerator
public interface ForAgens extends Awaits {
  /** Yields ten times each value of an inner range, after a sleep(0). */
  default AsyncGen<Object, Object, String> reyield(List<String> log) {
    AsyncGen<Integer, Object, Void> in = SourcesSteps.INSTANCE.range(log, "in", 3);
    try {
      for (Integer i : Async.iter(in)) {
        await(Aio.sleep(0));
        Object got = Yield.value(i * 10);
        log.add("reyield got " + got);
      }
      log.add("loop done, inner " + in.state());
    } finally {
      await(in.aclose());
    }
    return AsyncGen.done("reyielded");
  }

  /** break leaves the inner generator suspended; the body closes it and yields its state. */
  default AsyncGen<Object, Object, String> breakThenAclose(List<String> log) {
    AsyncGen<Integer, Object, Void> in = SourcesSteps.INSTANCE.range(log, "in", 5);
    try {
      for (Integer i : Async.iter(in)) {
        Yield.value(i);
        if (i == 1) {
          log.add("break");
          break;
        }
      }
      Yield.value("after break " + in.state());
    } finally {
      await(in.aclose());
      log.add("inner closed " + in.state());
    }
    Yield.value("closed " + in.state());
    return AsyncGen.done();
  }

  /** continue on odd values, with an await before the continue. */
  default AsyncGen<Object, Object, Integer> continueOnOdd(List<String> log) {
    int sum = 0;
    AsyncGen<Integer, Object, Void> in = SourcesSteps.INSTANCE.range(log, "in", 5);
    try {
      for (Integer i : Async.iter(in)) {
        if (i % 2 == 1) {
          await(Aio.sleep(0.1));
          continue;
        }
        sum += i;
        Yield.value("even " + i + " " + Env.now());
      }
    } finally {
      await(in.aclose());
    }
    return AsyncGen.done(sum);
  }

  /** A hand-written AsyncIterator whose last step raises StopAsyncIteration when awaited, then one whose anext() raises it. */
  default AsyncGen<Object, Object, String> customIterators(List<String> log) {
    String r = "";
    for (String s : Async.iter(new Env.Countdown(log, 3, false))) {
      Yield.value(s);
      r += s;
    }
    for (String s : Async.iter(new Env.Countdown(log, 2, true))) {
      r += s;
      Yield.value(s + "!");
    }
    return AsyncGen.done(r);
  }

  /** The inner generator raises: the exception leaves the loop, the body catches it and yields. */
  default AsyncGen<Object, Object, String> innerRaises(List<String> log) {
    AsyncGen<Object, Object, String> in = SourcesSteps.INSTANCE.failingAfter(log, 2);
    try {
      for (Object x : Async.iter(in)) {
        Yield.value("got " + x);
      }
      return AsyncGen.done("never");
    } catch (IllegalStateException e) {
      Yield.value("caught " + e.getMessage() + ", inner " + in.state());
    } finally {
      await(in.aclose());
    }
    return AsyncGen.done("caught");
  }

  /** async for over an asynchronous generator that itself runs an async for ({@link #reyield}). */
  default AsyncGen<Object, Object, String> twoLevels(List<String> log) {
    AsyncGen<Object, Object, String> mid = reyield(log);
    try {
      for (Object x : Async.iter(mid)) {
        Object got = Yield.value("outer " + x);
        log.add("twoLevels got " + got);
      }
    } finally {
      await(mid.aclose());
    }
    return AsyncGen.done("two levels " + mid.returnValue());
  }

  /** Nested async for loops, the inner one created afresh on each outer pass and broken out of. */
  default AsyncGen<Object, Object, String> nestedLoops(List<String> log) {
    String r = "";
    AsyncGen<Integer, Object, Void> rows = SourcesSteps.INSTANCE.range(log, "rows", 3);
    try {
      for (Integer i : Async.iter(rows)) {
        AsyncGen<Integer, Object, Void> cols = SourcesSteps.INSTANCE.range(log, "cols" + i, 3);
        try {
          for (Integer j : Async.iter(cols)) {
            if (j > i) {
              break;
            }
            Object got = Yield.value(i * 10 + j);
            r += got == null ? "." : got;
          }
        } finally {
          await(cols.aclose());
        }
      }
    } finally {
      await(rows.aclose());
    }
    return AsyncGen.done(r);
  }

  /** async for over something that is not asynchronously iterable raises when the loop starts. */
  default AsyncGen<Object, Object, Void> notIterable(List<String> log) {
    Object o = 5;
    Yield.value("before");
    try {
      for (Object x : Async.iter(o)) {
        log.add("never " + x);
      }
    } catch (IllegalArgumentException e) {
      Yield.value(e.getMessage());
    }
    return AsyncGen.done();
  }

  /** The inner generator's values are sent on (asend) by hand after each pass of an async for over another one. */
  default AsyncGen<Object, Object, String> loopAndSend(List<String> log) {
    AsyncGen<Object, Object, String> inner = SourcesSteps.INSTANCE.withReturn(log, "w", 3);
    AsyncGen<Integer, Object, Void> ticks = SourcesSteps.INSTANCE.range(log, "ticks", 4);
    try {
      Object v = await(inner.anext());
      for (Integer i : Async.iter(ticks)) {
        Object got = Yield.value(v + "/" + i);
        v = await(inner.asend(got == null ? "tick" + i : got));
      }
    } catch (dev.stepwise.StopAsyncIteration e) {
      Yield.value("inner done: " + inner.returnValue());
    } finally {
      await(ticks.aclose());
      await(inner.aclose());
    }
    return AsyncGen.done();
  }
}
