package dev.stepwise.aio;

import dev.stepwise.Awaitable;
import dev.stepwise.Coro;
import dev.stepwise.internal.CoroFrame;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The base of the library's own coroutines ({@code Lock.acquire}, {@code Queue.get},
 * {@code waitFor}, ...), written by hand in the shape the processor generates: {@link #$resume}
 * switches on {@code $state}, each await sets the label to continue at, and the exception raised
 * at a suspended await arrives as {@code injected}. Like Python's {@code async def} functions of
 * {@code asyncio}, calling the method that returns one runs nothing; the body runs when it is
 * awaited (inline, in the awaiting task) or wrapped in a task. One that is never awaited is
 * reported like any coroutine.
 *
 * @param <R> the result type
 */
abstract class LibraryCoro<R> extends CoroFrame<R> {
  private final String name;

  /**
   * @param name Python's qualified name of the coroutine function, e.g. {@code "Lock.acquire"}
   */
  LibraryCoro(String name) {
    this.name = name;
  }

  @Override
  public final String name() {
    return name;
  }

  /** Suspends at {@code await operand}; the body continues at label {@code next}. */
  final int await(Object operand, int next) {
    $awaiting = operand;
    $state = next;
    return $AWAIT;
  }

  /** Returns {@code value} from the coroutine. */
  final int ret(Object value) {
    $result = value;
    return $RETURN;
  }

  /** The value of the await being resumed. */
  final Object sent() {
    return $sent;
  }

  /** A coroutine whose whole body is {@code return body.get()}: it never suspends. */
  static <R> Coro<R> of(String name, Supplier<R> body) {
    return new LibraryCoro<R>(name) {
      @Override
      protected int $resume(Throwable injected) throws Throwable {
        if (injected != null) {
          throw injected;
        }
        return ret(body.get());
      }
    };
  }

  /**
   * A coroutine whose body is {@code return then.apply(await first.get())}; {@code first} is
   * called when the body runs, so an unawaited coroutine is reported once, under {@code name}.
   */
  static <A, R> Coro<R> then(String name, Supplier<? extends Awaitable<A>> first, Function<? super A, ? extends R> then) {
    return new LibraryCoro<R>(name) {
      @Override
      @SuppressWarnings("unchecked")
      protected int $resume(Throwable injected) throws Throwable {
        if (injected != null) {
          throw injected;
        }
        if ($state == 0) {
          return await(first.get(), 1);
        }
        return ret(then.apply((A) sent()));
      }
    };
  }

  /**
   * A coroutine whose body is {@code return await awaitable}: how a plain awaitable becomes
   * something a task can run. Python's {@code ensure_future}'s {@code _wrap_awaitable}.
   */
  static <R> Coro<R> awaiting(Awaitable<R> awaitable) {
    return then("_wrap_awaitable", () -> awaitable, Function.identity());
  }
}
