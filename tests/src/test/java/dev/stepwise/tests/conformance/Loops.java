package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.annotations.Coroutine;

/** aio_053: run_until_complete's result and exception, stop() before the future completes, and closing the loop. */
@Coroutine
public interface Loops {
  default Coro<String> work() {
    await(Aio.sleep(0));
    return Coro.done("result");
  }

  default Coro<String> fails() {
    await(Aio.sleep(0));
    throw new Py.ValueError("failed");
  }

  default Coro<Void> closer(EventLoop loop) {
    loop.close();
    return Coro.done();
  }
}
