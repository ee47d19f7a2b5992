package dev.stepwise.samples.asyncgens;

import static dev.stepwise.Async.await;
import static dev.stepwise.aio.Aio.sleep;

import dev.stepwise.Async;
import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.Yield;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;

/** The seeds' asynchronous iteration: an async iterator class and two async generators. */
public interface AsyncIteration {
  /** Python's {@code async_range(stop)} and {@code async_generator()}. */
  @AsyncGenerator
  interface Ranges {
    default AsyncGen<Integer, Object, Void> asyncRange(int stop) {
      for (int i = 0; i < stop; i++) {
        await(sleep(0.1));
        Yield.value(i);
      }
      return AsyncGen.done();
    }

    default AsyncGen<Integer, Object, Void> asyncGenerator() {
      for (int i = 0; i < 3; i++) {
        await(sleep(0.1));
        Yield.value(i);
      }
      return AsyncGen.done();
    }
  }

  /** Python's {@code main()}. */
  @Coroutine
  interface Main {
    default Coro<Void> main() {
      System.out.println("AsyncCounter(5):");
      for (Integer num : Async.iter(new AsyncCounter(5))) {
        System.out.println(num);
      }
      Ranges ranges = AsyncIteration_RangesSteps.INSTANCE;
      System.out.println("async_range(5):");
      for (Integer num : Async.iter(ranges.asyncRange(5))) {
        System.out.println(num);
      }
      System.out.println("async_generator():");
      for (Integer item : Async.iter(ranges.asyncGenerator())) {
        System.out.println(item);
      }
      return Coro.done();
    }
  }
}
