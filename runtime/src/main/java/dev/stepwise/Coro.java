package dev.stepwise;

import dev.stepwise.internal.CompletedCoro;

/**
 * A coroutine: the object a {@code @Coroutine} method returns, Python's coroutine object
 * (PEP 492). Calling the method runs nothing; the body runs when the coroutine is awaited by
 * another coroutine, wrapped in a {@code Task}, or driven by hand with {@link #send}.
 *
 * <p>A coroutine is not an iterator (Python's {@code TypeError: 'coroutine' object is not
 * iterable}) and can be awaited only once: awaiting it again throws {@link RuntimeException}
 * "cannot reuse already awaited coroutine"; awaiting one that is suspended inside another await
 * throws "coroutine is being awaited already". A coroutine that is never awaited is reported
 * ("coroutine '...' was never awaited").
 *
 * @param <R> the type of the value it returns
 */
public interface Coro<R> extends Awaitable<R> {

  /**
   * Runs the coroutine until its innermost await suspends, Python's {@code coro.send(value)}; a
   * value sent travels down to that await. Drivers other than {@code Task} use it.
   *
   * @param value what the suspended await receives; null to start the coroutine
   * @return what the innermost awaitable handed up (a future, or null for a bare reschedule)
   * @throws StopIteration when the coroutine returns; {@link StopIteration#value()} is its result
   * @throws IllegalArgumentException "can't send non-None value to a just-started coroutine"
   * @throws IllegalStateException "coroutine already executing"
   * @throws RuntimeException "cannot reuse already awaited coroutine"
   */
  Object send(Object value);

  /**
   * Raises {@code exception} at the innermost suspended await, Python's {@code coro.throw()}. On a
   * coroutine that has not started, it is thrown straight back and the coroutine is closed; on one
   * that has finished, Python's {@link RuntimeException} "cannot reuse already awaited coroutine"
   * is thrown instead.
   *
   * @param exception the exception to raise
   * @return what the innermost awaitable handed up next
   * @throws StopIteration when the coroutine handles it and returns
   */
  Object throwInto(Throwable exception);

  /**
   * Closes the coroutine: raises {@link GeneratorExit} at its suspended await so its finally
   * blocks run. Python's {@code coro.close()}.
   *
   * @throws RuntimeException "coroutine ignored GeneratorExit" if it awaits again
   * @throws IllegalStateException "coroutine already executing"
   */
  void close();

  /**
   * The coroutine's state, Python's {@code inspect.getcoroutinestate()}.
   *
   * @return CREATED, RUNNING, SUSPENDED or CLOSED
   */
  GenState state();

  /**
   * What the coroutine is suspended on: another coroutine or an awaitable; null while running or
   * finished. Python's {@code cr_await}.
   *
   * @return the awaited object or null
   */
  Object awaiting();

  /**
   * The coroutine's name: the interface's simple name and the method's, Python's
   * {@code __qualname__}.
   *
   * @return the qualified name
   */
  String name();

  /**
   * The completion of a coroutine body: {@code return Coro.done(value);}. Called directly, it gives
   * a coroutine that returns {@code value} when awaited.
   *
   * @param value the result
   * @param <R> the result type
   * @return a coroutine returning {@code value}
   */
  static <R> Coro<R> done(R value) {
    return new CompletedCoro<>(value);
  }

  /**
   * The completion of a coroutine body without a value: {@code return Coro.done();}.
   *
   * @param <R> the result type (usually {@code Void})
   * @return a coroutine returning null
   */
  static <R> Coro<R> done() {
    return new CompletedCoro<>(null);
  }
}
