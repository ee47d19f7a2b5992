package dev.stepwise.tests.asyncgens;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** The differential suite's async-for script: a coroutine that consumes an asynchronous generator. */
@Coroutine
public interface Consume {
  /** async for over {@code gen}, logging each value; then aclose(); returns how many values came. */
  default Coro<Integer> consume(List<String> log, AsyncGen<Object, Object, Object> gen) {
    int n = 0;
    try {
      for (Object x : Async.iter(gen)) {
        n++;
        log.add("async for got " + (x instanceof String ? "\"" + x + "\"" : String.valueOf(x)));
      }
      log.add("async for ended, " + gen.state());
    } finally {
      await(gen.aclose());
      log.add("consumer closed it: " + gen.state());
    }
    return Coro.done(n);
  }
}
