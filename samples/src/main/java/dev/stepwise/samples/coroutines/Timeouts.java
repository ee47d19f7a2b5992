package dev.stepwise.samples.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.aio.Aio.getRunningLoop;
import static dev.stepwise.aio.Aio.sleep;
import static dev.stepwise.aio.Aio.timeout;
import static dev.stepwise.aio.Aio.waitFor;

import dev.stepwise.Async;
import dev.stepwise.Coro;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Timeout;
import dev.stepwise.aio.TimeoutError;
import dev.stepwise.annotations.Coroutine;

/** The seeds' time limits: {@code wait_for} and {@code async with timeout(...)} around a slow operation. */
@Coroutine
public interface Timeouts {
  /** Python's {@code slow_operation()}. */
  default Coro<String> slowOperation() {
    await(sleep(10));
    return Coro.done("결과");
  }

  /**
   * Python's {@code main()}. {@code async with asyncio.timeout(2.0):} binds nothing; Java needs a
   * variable, which the body does not use (hence the suppressed lint warning).
   */
  @SuppressWarnings("try")
  default Coro<Void> main() {
    EventLoop loop = getRunningLoop();

    double start = loop.time();
    try {
      String result = await(waitFor(slowOperation(), 2.0));
      System.out.println(result);
    } catch (TimeoutError e) {
      System.out.println("wait_for: 시간 초과! (" + PyRepr.oneDecimal(loop.time() - start) + " s)");
    }

    start = loop.time();
    try (Timeout t = Async.with(timeout(2.0))) {
      await(slowOperation());
    } catch (TimeoutError e) {
      System.out.println("timeout: 시간 초과! (" + PyRepr.oneDecimal(loop.time() - start) + " s)");
    }
    return Coro.done();
  }
}
