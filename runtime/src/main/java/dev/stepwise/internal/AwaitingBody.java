package dev.stepwise.internal;

/**
 * A reference body that can await: where {@code Async.await} goes when it runs on a reference
 * executor's body thread. Not for users.
 */
public interface AwaitingBody {
  /**
   * Python's {@code await operand}, on the body thread.
   *
   * @param operand what to wait for
   * @param <T> the type the result is assigned to
   * @return the result
   */
  <T> T await(Object operand);

  /**
   * The awaiting reference body running on the calling thread, or null.
   *
   * @return it, or null
   */
  static AwaitingBody current() {
    Object frame = BodyThread.current();
    return frame instanceof AwaitingBody ? (AwaitingBody) frame : null;
  }
}
