package dev.stepwise.tests.agen;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;

@Coroutine
public interface DebugOn {
  /** Turns the running loop's debug mode on, then awaits {@code body}. */
  default Coro<Void> debugThen(Coro<Integer> body) {
    Aio.getRunningLoop().setDebug(true);
    await(body);
    return Coro.done();
  }
}
