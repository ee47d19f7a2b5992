package dev.stepwise.aio;

import dev.stepwise.Awaitable;
import java.util.function.Consumer;

/**
 * The coroutine {@link Aio#waitFor} returns. Python 3.12+'s {@code asyncio.wait_for}:
 *
 * <pre>
 * if timeout is not None and timeout &lt;= 0:
 *     fut = ensure_future(fut)
 *     if fut.done(): return fut.result()
 *     await _cancel_and_wait(fut)
 *     try: return fut.result()
 *     except CancelledError as exc: raise TimeoutError from exc
 * async with timeouts.timeout(timeout):
 *     return await fut
 * </pre>
 *
 * <p>Labels: 0 starts; 1 resumes after {@code _cancel_and_wait}; 2 after entering the timeout; 3
 * after the awaited work; 4 after leaving the timeout.
 *
 * @param <T> the result type
 */
final class WaitFor<T> extends LibraryCoro<T> {
  private final Awaitable<T> awaitable;
  private final Double timeout;
  private Future<T> fut;
  private Future<Void> waiter;
  private Consumer<Future<T>> releaseWaiter;
  private Timeout cm;
  private Throwable pending;
  private Object value;

  WaitFor(Awaitable<T> awaitable, Double timeout) {
    super("wait_for");
    this.awaitable = awaitable;
    this.timeout = timeout;
  }

  @Override
  protected int $resume(Throwable injected) throws Throwable {
    switch ($state) {
      case 0:
        if (injected != null) {
          throw injected;
        }
        if (timeout != null && timeout <= 0) {
          fut = Aio.ensureFuture(awaitable);
          if (fut.done()) {
            return ret(fut.result());
          }
          waiter = EventLoop.running().createFuture();
          releaseWaiter = f -> {
            if (!waiter.done()) {
              waiter.setResult(null);
            }
          };
          fut.addDoneCallback(releaseWaiter);
          fut.cancel();
          return await(waiter, 1);
        }
        cm = Aio.timeout(timeout);
        return await(cm.enter(), 2);
      case 1:
        fut.removeDoneCallback(releaseWaiter);
        if (injected != null) {
          throw injected;
        }
        try {
          return ret(fut.result());
        } catch (CancelledError e) {
          TimeoutError te = new TimeoutError();
          te.initCause(e);
          throw te;
        }
      case 2:
        if (injected != null) {
          throw injected;
        }
        return await(awaitable, 3);
      case 3:
        pending = injected;
        value = sent();
        return await(cm.exit(pending), 4);
      default:
        if (injected != null) {
          throw injected;
        }
        if (pending != null) {
          if (Boolean.TRUE.equals(sent())) {
            return ret(null);
          }
          throw pending;
        }
        return ret(value);
    }
  }
}
