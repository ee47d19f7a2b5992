package dev.stepwise.tests.debugging;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;

/** Tasks whose Flight Recorder events FlightRecorderTest reads back. */
@Coroutine
public interface Recorded {
  default Coro<String> ok() {
    await(Aio.sleep(0.01));
    return Coro.done("fine");
  }

  default Coro<String> fails() {
    await(Aio.sleep(0.01));
    throw new IllegalStateException("failed on purpose");
  }

  default Coro<Void> forever() {
    await(Aio.sleep(3600));
    return Coro.done();
  }

  @SuppressWarnings("StepwiseBlockingCall") // blocking the loop is what the slow-callback event reports
  default Coro<Void> slow() {
    try {
      Thread.sleep(60);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Coro.done();
  }

  default Coro<Void> main() {
    EventLoop loop = Aio.getRunningLoop();
    Task<String> ok = loop.createTask(ok(), "ok");
    Task<String> fails = loop.createTask(fails(), "fails");
    Task<Void> forever = loop.createTask(forever(), "forever");
    Task<Void> slow = loop.createTask(slow(), "slow");
    await(ok);
    await(slow);
    try {
      await(fails);
    } catch (IllegalStateException expected) {
      // retrieved
    }
    forever.cancel();
    try {
      await(forever);
    } catch (dev.stepwise.aio.CancelledError expected) {
      // cancelled
    }
    return Coro.done();
  }
}
