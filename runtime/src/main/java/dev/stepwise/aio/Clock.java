package dev.stepwise.aio;

/**
 * The time source of an {@link EventLoop}: monotonic seconds, Python's {@code loop.time()}. The
 * system clock is the default; a {@link VirtualClock} lets tests run timers without sleeping.
 */
public interface Clock {
  /** The system's monotonic clock ({@link System#nanoTime()} in seconds). */
  Clock SYSTEM = () -> System.nanoTime() / 1e9;

  /**
   * The current time in seconds; only differences between two readings are meaningful.
   *
   * @return seconds
   */
  double now();

  /**
   * Whether the loop may move this clock forward instead of waiting for it (a virtual clock).
   *
   * @return true for a virtual clock
   */
  default boolean isVirtual() {
    return false;
  }

  /**
   * Moves a virtual clock forward to {@code time}; a real clock ignores it.
   *
   * @param time the new time in seconds, not earlier than {@link #now()}
   */
  default void advanceTo(double time) {}
}
