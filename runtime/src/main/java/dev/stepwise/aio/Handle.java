package dev.stepwise.aio;

/**
 * A callback scheduled on an {@link EventLoop}, returned by {@code callSoon}, {@code callLater}
 * and {@code callAt}. Python's {@code asyncio.Handle}.
 */
public class Handle {
  final Runnable callback;
  final EventLoop loop;
  private boolean cancelled;

  Handle(EventLoop loop, Runnable callback) {
    this.loop = loop;
    this.callback = callback;
  }

  /** Cancels the callback: if it has not run yet, it never will. Python's {@code Handle.cancel()}. */
  public void cancel() {
    if (!cancelled) {
      cancelled = true;
      onCancel();
    }
  }

  void onCancel() {}

  /** Runs the callback; the loop calls it once, unless the handle was cancelled. */
  void run() {
    callback.run();
  }

  /**
   * Whether {@link #cancel()} was called. Python's {@code Handle.cancelled()}.
   *
   * @return true once cancelled
   */
  public boolean cancelled() {
    return cancelled;
  }

  @Override
  public String toString() {
    return "<Handle " + callback + (cancelled ? " cancelled>" : ">");
  }
}
