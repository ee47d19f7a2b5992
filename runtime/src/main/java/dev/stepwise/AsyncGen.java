package dev.stepwise;

import dev.stepwise.internal.CompletedAsyncGen;

/**
 * An asynchronous generator: a body that both yields values ({@code Yield.value}) and awaits
 * ({@code await}), created by calling a default method of an {@code @AsyncGenerator} interface.
 * Python's {@code async_generator} (PEP 525), with PEP 828's {@code Yield.from} delegation and
 * return values.
 *
 * <p>Each operation returns a single-use awaitable: awaiting it runs the body until its next
 * yield (the awaitable's value) or its end ({@link StopAsyncIteration}); the body's own awaits
 * suspend the awaiting task meanwhile. Only one operation may be in progress at a time: a second
 * one raises "anext(): asynchronous generator is already running". Consume one with
 * {@code for (T x : Async.iter(gen))} in a coroutine.
 *
 * <p>An asynchronous generator left unfinished is closed by its loop: {@code Aio.run} closes
 * those still open after the main coroutine returns, and one that becomes unreachable gets its
 * {@link #aclose()} scheduled on its loop.
 *
 * @param <Y> the type of yielded values
 * @param <S> the type of values sent with {@link #asend}
 * @param <R> the return type (PEP 828)
 */
public interface AsyncGen<Y, S, R> extends AsyncIterator<Y> {
  /**
   * The awaitable of the next value. Python's {@code __anext__()}.
   *
   * @return a single-use coroutine of the next yielded value; it raises
   *     {@link StopAsyncIteration} when the body ends, "anext(): asynchronous generator is already
   *     running" ({@link IllegalStateException}) while another operation is in progress
   */
  @Override
  Coro<Y> anext();

  /**
   * Resumes the body with {@code value} as the value of its suspended yield. Python's
   * {@code asend(value)}; the first must send null.
   *
   * @param value the value
   * @return a single-use coroutine of the next yielded value
   */
  Coro<Y> asend(S value);

  /**
   * Raises {@code exception} at the suspended yield. Python's {@code athrow(exc)}.
   *
   * @param exception the exception
   * @return a single-use coroutine of the value the body yields next; it raises what the body
   *     does not catch, or {@link StopAsyncIteration} if the body returns
   */
  Coro<Y> athrow(Throwable exception);

  /**
   * Raises {@link GeneratorExit} at the suspended yield, so that {@code finally} blocks run (and
   * may await). Python's {@code aclose()}.
   *
   * @return a single-use coroutine finished with null; it raises "async generator ignored
   *     GeneratorExit" ({@link RuntimeException}) if the body yields instead of finishing
   */
  Coro<Void> aclose();

  /**
   * Where the body is in its life: created, running (also while suspended in an await inside an
   * operation: Python's {@code ag_running}), suspended at a yield, or closed.
   *
   * @return the state
   */
  GenState state();

  /**
   * What the body awaits right now. Python's {@code ag_await}.
   *
   * @return the awaitable, or null
   */
  Object awaiting();

  /**
   * The value the body returned (PEP 828); null until then.
   *
   * @return the value
   */
  R returnValue();

  /**
   * The qualified name of the body's method ({@code Iface.method}). Python's {@code __qualname__}.
   *
   * @return the name
   */
  String name();

  /**
   * The completion of an asynchronous generator body: {@code return AsyncGen.done(value);}
   * (PEP 828). Outside a transformed body it is just a marker holding the value.
   *
   * @param value the return value
   * @param <Y> the yield type
   * @param <S> the send type
   * @param <R> the return type
   * @return a marker of the completion
   */
  static <Y, S, R> AsyncGen<Y, S, R> done(R value) {
    return new CompletedAsyncGen<>(value);
  }

  /**
   * The completion of an asynchronous generator body without a value: {@code return
   * AsyncGen.done();}.
   *
   * @param <Y> the yield type
   * @param <S> the send type
   * @param <R> the return type
   * @return a marker of the completion
   */
  static <Y, S, R> AsyncGen<Y, S, R> done() {
    return new CompletedAsyncGen<>(null);
  }
}
