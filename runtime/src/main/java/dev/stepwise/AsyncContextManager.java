package dev.stepwise;

/**
 * An asynchronous context manager: Python's {@code async with} protocol ({@code __aenter__} /
 * {@code __aexit__}, PEP 492). In a coroutine body it is used through {@link Async#with}:
 *
 * <pre>{@code
 * try (Timeout t = Async.with(timeout(2.0))) {   // async with asyncio.timeout(2.0) as t:
 *   await(slowOperation());
 * }
 * }</pre>
 *
 * <p>The processor lowers that statement to: {@code T t = await(manager.enter())}, the body, then
 * {@code await(manager.exit(e))} on every way out of the body, with {@code e} the exception
 * leaving the body or null. When {@code exit} produces true the exception is suppressed and
 * execution continues after the statement; otherwise it propagates. An exception raised by
 * {@code exit} replaces the one leaving the body.
 *
 * <p>Both methods only create the awaitable; the work happens when it is awaited, as calling
 * {@code __aenter__()} in Python only creates a coroutine.
 *
 * @param <T> the type of the value bound by the statement (the variable of the try-with-resources)
 */
public interface AsyncContextManager<T> {
  /**
   * Enters the context. Python's {@code __aenter__}.
   *
   * @return an awaitable producing the value bound to the statement's variable
   */
  Awaitable<T> enter();

  /**
   * Leaves the context. Python's {@code __aexit__(exc_type, exc, tb)}.
   *
   * @param pending the exception leaving the body, or null when the body completed normally (or
   *     left by {@code return}, {@code break} or {@code continue})
   * @return an awaitable producing true to suppress {@code pending}; false or null lets it
   *     propagate
   */
  Awaitable<Boolean> exit(Throwable pending);
}
