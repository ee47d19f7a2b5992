package dev.stepwise.aio;

/**
 * A callback scheduled for a point in time. Timers are ordered by deadline and then by the order
 * they were scheduled in, so equal deadlines run first-come first-served (CPython does not promise
 * this). Python's {@code asyncio.TimerHandle}.
 */
public final class TimerHandle extends Handle implements Comparable<TimerHandle> {
  final double when;
  final long sequence;

  TimerHandle(EventLoop loop, double when, long sequence, Runnable callback) {
    super(loop, callback);
    this.when = when;
    this.sequence = sequence;
  }

  /**
   * The loop time the callback is due at. Python's {@code TimerHandle.when()}.
   *
   * @return seconds on the loop's clock
   */
  public double when() {
    return when;
  }

  @Override
  void onCancel() {
    loop.timerCancelled();
  }

  @Override
  public int compareTo(TimerHandle o) {
    int c = Double.compare(when, o.when);
    return c != 0 ? c : Long.compare(sequence, o.sequence);
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(sequence);
  }

  @Override
  public String toString() {
    return "<TimerHandle when=" + when + " " + callback + (cancelled() ? " cancelled>" : ">");
  }
}
