package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.annotations.Coroutine;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** aio_017: a failing callback goes to the exception handler; a failing handler is logged. */
@Coroutine
public interface CallbackErrors {
  /** Prints the first part of what the loop logs, as the Python program's logging handler does. */
  final class Capture extends Handler {
    private final Trace t;

    public Capture(Trace t) {
      this.t = t;
    }

    @Override
    public void publish(LogRecord record) {
      t.print("logged:", record.getMessage().split(";")[0]);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  default Coro<Void> main(Trace t) {
    EventLoop loop = Aio.getRunningLoop();
    loop.setExceptionHandler((lp, context) -> t.print("handler: message starts with 'Exception in callback':",
        String.valueOf(context.get("message")).startsWith("Exception in callback"),
        "| keys:", Py.sorted(new java.util.ArrayList<>(context.keySet())),
        "| exception:", Py.exc((Throwable) context.get("exception"))));
    Runnable boom = () -> {
      throw new Py.ValueError("callback failed");
    };
    loop.callSoon(boom);
    loop.callSoon(() -> t.print("the next callback still runs"));
    await(Aio.sleep(0));
    await(Aio.sleep(0));

    Logger logger = Logger.getLogger("dev.stepwise.aio");
    Capture capture = new Capture(t);
    boolean parents = logger.getUseParentHandlers();
    logger.addHandler(capture);
    logger.setUseParentHandlers(false);
    loop.setExceptionHandler((lp, context) -> {
      throw new RuntimeException("the handler failed");
    });
    loop.callSoon(boom);
    await(Aio.sleep(0));
    await(Aio.sleep(0));
    logger.removeHandler(capture);
    logger.setUseParentHandlers(parents);
    t.print("the loop is still running:", loop.isRunning());
    return Coro.done();
  }
}
