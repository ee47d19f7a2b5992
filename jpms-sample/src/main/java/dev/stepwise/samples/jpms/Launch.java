package dev.stepwise.samples.jpms;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;
import dev.stepwise.annotations.Generator;
import java.util.ArrayList;
import java.util.List;

/** A countdown generator and a coroutine that announces it, compiled inside a named module. */
interface Launch {
  /** Python's {@code def countdown(n): while n > 0: yield n; n -= 1}. */
  @Generator
  default Gen<Integer, Void, Void> countdown(int n) {
    while (n > 0) {
      Yield.value(n);
      n--;
    }
    return Gen.done();
  }

  /** Announces each number a tenth of a second apart, then lifts off. */
  @Coroutine
  default Coro<List<String>> launch(int from) {
    List<String> said = new ArrayList<>();
    for (int i : countdown(from)) {
      said.add(String.valueOf(i));
      await(Aio.sleep(0.1));
    }
    said.add("liftoff");
    return Coro.done(said);
  }
}
