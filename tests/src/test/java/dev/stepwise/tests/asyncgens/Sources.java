package dev.stepwise.tests.asyncgens;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.GeneratorExit;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import java.util.List;

/** Asynchronous generators the bodies iterate with async for or delegate to with Yield.from. */
@AsyncGenerator
public interface Sources extends Awaits {
  /** 0 .. n-1, each after a sleep(0), with a logged finally. */
  default AsyncGen<Integer, Object, Void> range(List<String> log, String name, int n) {
    try {
      for (int i = 0; i < n; i++) {
        await(Aio.sleep(0));
        log.add(name + " yields " + i);
        Object got = Yield.value(i);
        if (got != null) {
          log.add(name + " got " + got);
        }
      }
    } finally {
      log.add(name + " finally");
    }
    return AsyncGen.done();
  }

  /** Yields name0 .. name(n-1), awaiting a coroutine after each, and returns name-result (PEP 828). */
  default AsyncGen<Object, Object, String> withReturn(List<String> log, String name, int n) {
    for (int i = 0; i < n; i++) {
      Object got = Yield.value(name + i);
      log.add(name + " got " + got);
      int t = await(twice(log, i));
      log.add(name + " twice " + t);
    }
    return AsyncGen.done(name + "-result");
  }

  /** Yields n values, then raises an IllegalStateException after an await. */
  default AsyncGen<Object, Object, String> failingAfter(List<String> log, int n) {
    for (int i = 0; i < n; i++) {
      Yield.value("f" + i);
    }
    await(Aio.sleep(0));
    log.add("failingAfter raises");
    throw new IllegalStateException("failed after " + n);
  }

  /** Catches Caught at its yields, logging and yielding once more after an await; returns how many it caught. */
  default AsyncGen<Object, Object, Integer> catching(List<String> log) {
    int caught = 0;
    for (int i = 0; i < 3; i++) {
      try {
        Object got = Yield.value("c" + i);
        log.add("catching got " + got);
      } catch (Caught e) {
        caught++;
        log.add("catching caught " + e.getMessage());
        await(Aio.sleep(0));
        Yield.value("caught " + e.getMessage());
      }
    }
    return AsyncGen.done(caught);
  }

  /** Awaits and returns without yielding. */
  default AsyncGen<Object, Object, String> empty(List<String> log) {
    await(Aio.sleep(0));
    log.add("empty returns");
    return AsyncGen.done("empty-result");
  }

  /** Catches GeneratorExit, awaits and returns a value. */
  default AsyncGen<Object, Object, String> exitCatching(List<String> log) {
    try {
      Yield.value("x1");
      await(Aio.sleep(0));
      Yield.value("x2");
    } catch (GeneratorExit e) {
      log.add("exitCatching caught GeneratorExit");
      await(Aio.sleep(0));
      return AsyncGen.done("exit-result");
    }
    return AsyncGen.done("exitCatching-result");
  }

  /** Delegates to {@link #withReturn}, logging and returning what it returned. */
  default AsyncGen<Object, Object, String> relay(List<String> log, String name) {
    try {
      String r = Yield.from(withReturn(log, name, 2));
      log.add("relay got " + r);
      await(Aio.sleep(0));
      return AsyncGen.done("relay(" + r + ")");
    } finally {
      log.add("relay finally");
    }
  }
}
