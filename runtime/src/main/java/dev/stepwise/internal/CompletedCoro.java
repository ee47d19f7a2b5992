package dev.stepwise.internal;

/**
 * What {@code Coro.done(value)} returns when it runs outside a transformed body: a coroutine whose
 * body is {@code return value}. Not for users.
 *
 * @param <R> the result type
 */
public final class CompletedCoro<R> extends CoroFrame<R> {
  private final R value;

  /**
   * @param value what the coroutine returns
   */
  public CompletedCoro(R value) {
    this.value = value;
    // A reference body's 'return Coro.done(v)' is read, never awaited: it must not be reported.
    $take();
  }

  /**
   * The value it returns, without running it.
   *
   * @return the value
   */
  public R value() {
    return value;
  }

  @Override
  protected int $resume(Throwable injected) throws Throwable {
    if (injected != null) {
      throw injected;
    }
    $result = value;
    return $RETURN;
  }

  @Override
  public String name() {
    return "Coro.done";
  }
}
