package dev.stepwise.internal;

/**
 * A reference body that can yield: where {@code Yield.value} and {@code Yield.from} go when they
 * run on a reference executor's body thread. Not for users.
 */
public interface YieldingBody {
  /**
   * Python's {@code yield value}, on the body thread.
   *
   * @param value the value
   * @param <T> the type the sent value is assigned to
   * @return the value sent in
   */
  <T> T yieldValue(Object value);

  /**
   * Python's {@code yield from operand}, on the body thread.
   *
   * @param operand the delegate
   * @param <T> the type the result is assigned to
   * @return the delegate's return value
   */
  <T> T yieldFrom(Object operand);

  /**
   * The yielding reference body running on the calling thread, or null.
   *
   * @return it, or null
   */
  static YieldingBody current() {
    Object frame = BodyThread.current();
    return frame instanceof YieldingBody ? (YieldingBody) frame : null;
  }
}
