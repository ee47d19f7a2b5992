package dev.stepwise.tests.flow;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The asynchronous generators published as Flows by the tests of this package. */
@AsyncGenerator
public interface FlowGens {
  /** 0, 1, ... n - 1 (forever for Long.MAX_VALUE), each after a trip through the loop. */
  default AsyncGen<Integer, Object, Void> counting(long n) {
    for (long i = 0; i < n; i++) {
      await(Aio.sleep(0));
      Yield.value((int) i);
    }
    return AsyncGen.done();
  }

  /**
   * 0, 1, ... n - 1, each after {@code delay} seconds, logging "yield i" just before each yield and
   * "finally" (after an await) when it ends however it ends. Before each yield it checks that the
   * value was requested: {@code requested} is raised by the subscriber before it calls request.
   */
  default AsyncGen<Integer, Object, Void> logged(List<String> log, AtomicLong requested, int n, double delay) {
    try {
      for (int i = 0; i < n; i++) {
        await(Aio.sleep(delay));
        log.add("yield " + i);
        if (i + 1 > requested.get()) {
          log.add("AHEAD OF DEMAND: yield " + i + " with " + requested.get() + " requested");
        }
        Yield.value(i);
      }
    } finally {
      await(Aio.sleep(0));
      log.add("finally");
    }
    return AsyncGen.done();
  }

  /** Yields 0 .. good - 1, then raises IllegalStateException("boom"). */
  default AsyncGen<Integer, Object, Void> failing(int good) {
    for (int i = 0; i < good; i++) {
      await(Aio.sleep(0));
      Yield.value(i);
    }
    await(Aio.sleep(0));
    throw new IllegalStateException("boom");
  }

  /** Yields 1, then null (not allowed in a Flow), logging "finally" when closed. */
  default AsyncGen<Integer, Object, Void> yieldingNull(List<String> log) {
    try {
      Yield.value(1);
      Yield.value(null);
      Yield.value(3);
    } finally {
      log.add("finally");
    }
    return AsyncGen.done();
  }
}
