package dev.stepwise.aio;

/**
 * What {@code Aio.sleep(d)} with {@code d > 0} returns: a future that is also its own timer
 * callback, and cancels its timer when cancelled. Python's {@code asyncio.sleep} future plus its
 * {@code call_later} handle, in two objects instead of a future, a timer, two callbacks and a
 * callback list: a task sleeping on it holds about half the memory.
 *
 * @param <T> the result type
 */
final class SleepFuture<T> extends Future<T> implements Runnable {
  private final T result;
  private final TimerHandle timer;

  SleepFuture(EventLoop loop, double seconds, T result) {
    super(loop);
    this.result = result;
    this.timer = loop.callLater(seconds, this);
  }

  /** The timer fired: finishes with the result unless cancelled meanwhile. */
  @Override
  public void run() {
    if (!done()) {
      complete(result);
    }
  }

  @Override
  public boolean cancel(String message) {
    boolean cancelled = super.cancel(message);
    if (cancelled) {
      timer.cancel();
    }
    return cancelled;
  }
}
