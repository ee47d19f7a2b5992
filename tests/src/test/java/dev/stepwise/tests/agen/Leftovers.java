package dev.stepwise.tests.agen;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.GeneratorExit;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** Asynchronous generators that main leaves suspended: Aio.run closes them after main returns. */
public interface Leftovers {
  @AsyncGenerator
  interface Gens {
    default AsyncGen<Integer, Object, Void> counting(List<String> log, String name) {
      try {
        for (int i = 0; ; i++) {
          Yield.value(i);
        }
      } finally {
        await(Aio.sleep(0));
        log.add(name + " finally ran");
      }
    }

    default AsyncGen<Integer, Object, Void> failingCleanup(List<String> log) {
      try {
        Yield.value(1);
      } catch (GeneratorExit e) {
        log.add("failing cleanup");
        throw new IllegalStateException("cleanup failed");
      }
      return AsyncGen.done();
    }
  }

  @Coroutine
  interface Main {
    default Coro<Void> main(List<String> log) {
      Aio.getRunningLoop().setExceptionHandler((loop, context) ->
          log.add("reported: " + context.get("message") + " / " + ((Throwable) context.get("exception")).getMessage()));
      Gens gens = Leftovers_GensSteps.INSTANCE;
      for (Integer i : Async.iter(gens.counting(log, "first"))) {
        if (i == 2) {
          break;
        }
      }
      AsyncGen<Integer, Object, Void> second = gens.counting(log, "second");
      await(second.anext());
      AsyncGen<Integer, Object, Void> failing = gens.failingCleanup(log);
      await(failing.anext());
      gens.counting(log, "never started"); // never iterated: nothing to close
      log.add("main returns");
      return Coro.done();
    }
  }
}
