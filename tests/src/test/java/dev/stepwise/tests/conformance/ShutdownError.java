package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.GeneratorExit;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;
import java.util.ArrayList;
import java.util.List;

/** agen_017: a cleanup failing while Aio.run closes the leftover generators is reported; the others close. */
@AsyncGenerator
@Coroutine
public interface ShutdownError {
  @SuppressWarnings("finally") // the finally raises, as in Python
  default AsyncGen<Integer, Object, Void> fails(List<String> events) {
    try {
      Yield.value(1);
    } finally {
      await(Aio.sleep(0));
      events.add("fails cleanup raises");
      throw new Py.ValueError("cleanup failed");
    }
  }

  default AsyncGen<Integer, Object, Void> stubborn(List<String> events) {
    try {
      Yield.value(1);
    } catch (GeneratorExit e) {
      events.add("stubborn yields again");
      Yield.value(2);
    }
    return AsyncGen.done();
  }

  default AsyncGen<Integer, Object, Void> fine(List<String> events) {
    try {
      Yield.value(1);
    } finally {
      await(Aio.sleep(0));
      events.add("fine closed");
    }
    return AsyncGen.done();
  }

  default Coro<List<AsyncGen<Integer, Object, Void>>> main(Trace t, List<String> events) {
    Aio.getRunningLoop().setExceptionHandler((lp, context) -> {
      AsyncGen<?, ?, ?> ag = (AsyncGen<?, ?, ?>) context.get("asyncgen");
      String message = (String) context.get("message");
      String prefix = "an error occurred during closing of asynchronous generator ";
      t.print("handler:", message.startsWith(prefix), "| repr:", message.equals(prefix + ag));
      events.add("reported " + ag.name() + ": " + Py.exc((Throwable) context.get("exception"))
          + " | keys: " + Py.str(Py.sorted(new ArrayList<>(context.keySet()))));
    });
    List<AsyncGen<Integer, Object, Void>> kept = List.of(fails(events), stubborn(events), fine(events));
    for (AsyncGen<Integer, Object, Void> ag : kept) {
      await(ag.anext());
    }
    events.add("main returns");
    return Coro.done(kept);
  }
}
