package dev.stepwise;

/**
 * Something an {@code await} can wait for: a coroutine ({@link Coro}), a future or task of
 * {@code dev.stepwise.aio}, or a user type. Python's awaitable protocol.
 *
 * <p>Futures and coroutines are awaited natively. A user type implements {@link #awaitGen()},
 * Python's {@code __await__}: the generator the {@code await} delegates to. Its yields travel up to
 * whatever drives the outermost coroutine (a {@code Task} expects a future, or {@code null} for
 * "run me again on the next loop iteration"); its return value is the value of the {@code await}.
 *
 * @param <T> the type of the value the await produces
 */
public interface Awaitable<T> {
  /**
   * The generator an {@code await} on this object delegates to; Python's {@code __await__}.
   *
   * @return a fresh generator
   * @throws UnsupportedOperationException for awaitables the runtime awaits natively
   */
  default Gen<?, ?, T> awaitGen() {
    throw new UnsupportedOperationException(getClass().getName() + " is awaited natively; it has no awaitGen()");
  }
}
