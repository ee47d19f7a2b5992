package dev.stepwise.tests.agen;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import java.util.List;

@AsyncGenerator
public interface Ticker {
  default AsyncGen<Integer, Object, Void> asyncRange(List<String> log, int n) {
    try {
      for (int i = 0; i < n; i++) {
        await(Aio.sleep(0.1));
        log.add("yield " + i);
        Yield.value(i);
      }
    } finally {
      await(Aio.sleep(0));
      log.add("finally");
    }
    return AsyncGen.done();
  }
}
