package dev.stepwise.internal;

/**
 * What {@code Gen.done(value)} returns when it runs outside a transformed body: a generator whose
 * body is {@code return value}. Not for users.
 *
 * @param <Y> the yield type
 * @param <S> the send type
 * @param <R> the return type
 */
public final class CompletedGen<Y, S, R> extends GenFrame<Y, S, R> {
  private final R value;

  /**
   * A generator that returns {@code value} when first resumed.
   *
   * @param value the return value
   */
  public CompletedGen(R value) {
    this.value = value;
  }

  /**
   * The value this generator returns, without running it.
   *
   * @return the return value
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
    return "Gen.done";
  }
}
