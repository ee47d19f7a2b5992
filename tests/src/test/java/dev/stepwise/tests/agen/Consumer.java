package dev.stepwise.tests.agen;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

@Coroutine
public interface Consumer {
  default Coro<Integer> sum(List<String> log, int n, int stopAt) {
    int total = 0;
    AsyncGen<Integer, Object, Void> gen = TickerSteps.INSTANCE.asyncRange(log, n);
    for (Integer i : Async.iter(gen)) {
      log.add("got " + i);
      total += i;
      if (i == stopAt) {
        break;
      }
    }
    log.add("state after loop: " + gen.state());
    await(gen.aclose());
    log.add("state after aclose: " + gen.state());
    return Coro.done(total);
  }
}
