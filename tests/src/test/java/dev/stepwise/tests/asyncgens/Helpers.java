package dev.stepwise.tests.asyncgens;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.StopAsyncIteration;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** Coroutines the asynchronous generator bodies await. */
@Coroutine
public interface Helpers {
  /** Sleeps 0 and returns {@code 2 * x}. */
  default Coro<Integer> twice(List<String> log, int x) {
    log.add("twice " + x);
    await(Aio.sleep(0));
    return Coro.done(2 * x);
  }

  /** Sleeps {@code delay}, logging when it wakes; returns {@code result}. */
  default Coro<String> slow(List<String> log, String name, double delay, String result) {
    log.add(name + " sleeps " + delay + " at " + Env.now());
    await(Aio.sleep(delay));
    log.add(name + " woke at " + Env.now());
    return Coro.done(result);
  }

  /** Sleeps 0, then raises an IllegalStateException. */
  default Coro<String> failing(List<String> log, String message) {
    log.add("failing " + message);
    await(Aio.sleep(0));
    throw new IllegalStateException(message);
  }

  /** One step of {@link Env.Countdown}: "n" + k after a sleep(0), or StopAsyncIteration at zero. */
  default Coro<String> countdownStep(List<String> log, int k) {
    await(Aio.sleep(0));
    if (k == 0) {
      log.add("countdown ends");
      throw new StopAsyncIteration();
    }
    return Coro.done("n" + k);
  }
}
