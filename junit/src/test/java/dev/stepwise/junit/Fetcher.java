package dev.stepwise.junit;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;

/** Coroutines the extension's tests run. */
@Coroutine
public interface Fetcher {
  default Coro<String> fetch(String what, double seconds) {
    await(Aio.sleep(seconds));
    return Coro.done(what);
  }

  default Coro<Void> spin() {
    while (true) {
      await(Aio.sleep(1));
    }
  }

  default Coro<Void> fail(String message) {
    await(Aio.sleep(0));
    throw new IllegalStateException(message);
  }

  default Coro<Void> startAndForget() {
    Aio.createTask(spin());
    await(Aio.sleep(0));
    return Coro.done();
  }

  default Coro<Void> failInBackground() {
    Aio.createTask(fail("nobody looked"));
    await(Aio.sleep(1));
    return Coro.done();
  }

  /** Waits for an event nobody sets: a deadlock. */
  default Coro<Void> waitForever() {
    await(new dev.stepwise.aio.Event().waitAsync());
    return Coro.done();
  }

  @SuppressWarnings("StepwiseNeverAwaited")
  default Coro<Void> forgetToAwait() {
    fetch("lost", 1);
    await(Aio.sleep(0));
    return Coro.done();
  }
}
