package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** agen_010: Aio.run closes the generators main left suspended, after main and the leftover tasks. */
@AsyncGenerator
@Coroutine
public interface Shutdown {
  default AsyncGen<Integer, Object, Void> counting(List<String> events, String name) {
    try {
      for (int i = 0; ; i++) {
        Yield.value(i);
      }
    } finally {
      events.add(name + " finally starts");
      await(Aio.sleep(0));
      events.add(name + " finally after an await");
    }
  }

  default Coro<Void> leftoverTask(List<String> events) {
    try {
      await(Aio.sleep(10));
    } finally {
      events.add("leftover task cancelled");
    }
    return Coro.done();
  }

  default Coro<Void> main(Trace t, List<String> events, List<AsyncGen<?, ?, ?>> kept) {
    Aio.createTask(leftoverTask(events));
    AsyncGen<Integer, Object, Void> first = counting(events, "first");
    kept.add(first);
    for (Integer i : Async.iter(first)) {
      if (i == 2) {
        break;
      }
    }
    AsyncGen<Integer, Object, Void> second = counting(events, "second");
    kept.add(second);
    t.print("second ->", await(second.anext()));
    AsyncGen<Integer, Object, Void> finished = counting(events, "finished");
    await(finished.anext());
    await(finished.aclose());
    kept.add(finished);
    kept.add(counting(events, "never iterated"));
    await(Aio.sleep(0));
    events.add("main returns");
    t.print("main returns with the generators suspended");
    return Coro.done();
  }
}
