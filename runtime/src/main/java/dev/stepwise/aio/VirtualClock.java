package dev.stepwise.aio;

/**
 * A clock that the loop moves itself: when it has nothing to do but wait for its next timer, it
 * jumps to that timer's deadline. Tests use it so that {@code sleep(10)} takes no real time and
 * timing is exact. Python's {@code test_asyncio.utils.TestLoop} does the same. While a task waits
 * for something outside the loop (a socket, a child process, a job on another thread, a future
 * passed to {@link EventLoop#expectFromOtherThread}), the loop waits in real time and, while a timer
 * is pending, the clock follows real time up to that timer's deadline: a timeout around such work
 * fires no earlier than it would on the system clock. With no timer pending the clock stands still,
 * so the times a test reads do not depend on how fast the outside work was.
 */
public final class VirtualClock implements Clock {
  private double now;

  /** A virtual clock starting at 0 seconds. */
  public VirtualClock() {}

  @Override
  public double now() {
    return now;
  }

  @Override
  public boolean isVirtual() {
    return true;
  }

  @Override
  public void advanceTo(double time) {
    if (time > now) {
      now = time;
    }
  }

  /**
   * Moves the clock forward by {@code seconds} (for tests that drive time by hand).
   *
   * @param seconds how far, not negative
   * @throws IllegalArgumentException if {@code seconds} is negative
   */
  public void advance(double seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("cannot move a clock backwards: " + seconds);
    }
    now += seconds;
  }
}
