package dev.stepwise.tests.agen;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** An asynchronous generator whose user drops it unfinished: its loop closes it. */
public interface Dropped {
  @AsyncGenerator
  interface Gens {
    default AsyncGen<Integer, Object, Void> endless(List<String> log) {
      try {
        for (int i = 0; ; i++) {
          Yield.value(i);
        }
      } finally {
        log.add("finally on " + Thread.currentThread().getName());
      }
    }
  }

  @Coroutine
  interface Main {
    /** Starts a generator and drops it; the handle is unreachable once this returns. */
    default Coro<Void> startAndDrop(List<String> log) {
      AsyncGen<Integer, Object, Void> gen = Dropped_GensSteps.INSTANCE.endless(log);
      await(gen.anext());
      return Coro.done();
    }

    /** Collects garbage until the loop has closed the dropped generator (at most 500 rounds). */
    default Coro<Integer> main(List<String> log) {
      log.add("loop thread " + Thread.currentThread().getName());
      await(startAndDrop(log));
      int rounds = 0;
      while (log.size() < 2 && rounds < 500) {
        System.gc();
        await(Aio.sleep(0));
        rounds++;
      }
      return Coro.done(rounds);
    }
  }
}
