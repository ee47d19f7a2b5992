package dev.stepwise.internal;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.GenState;
import dev.stepwise.StopAsyncIteration;

/**
 * What {@code AsyncGen.done(value)} returns: in a transformed body the processor replaces the
 * call, so outside one it is only a marker holding the value; as an asynchronous generator it is
 * one that has already returned {@code value}. Not for users.
 *
 * @param <Y> the yield type
 * @param <S> the send type
 * @param <R> the return type
 */
public final class CompletedAsyncGen<Y, S, R> implements AsyncGen<Y, S, R> {
  private final R value;

  /**
   * @param value the return value
   */
  public CompletedAsyncGen(R value) {
    this.value = value;
  }

  /**
   * The value it holds.
   *
   * @return the value
   */
  public R value() {
    return value;
  }

  @Override
  public Coro<Y> anext() {
    return new Raising<>(new StopAsyncIteration(value));
  }

  @Override
  public Coro<Y> asend(S v) {
    return anext();
  }

  @Override
  public Coro<Y> athrow(Throwable exception) {
    return new Raising<>(exception);
  }

  @Override
  public Coro<Void> aclose() {
    return Coro.done();
  }

  @Override
  public GenState state() {
    return GenState.CLOSED;
  }

  @Override
  public Object awaiting() {
    return null;
  }

  @Override
  public R returnValue() {
    return value;
  }

  @Override
  public String name() {
    return "AsyncGen.done";
  }

  /** A coroutine whose body raises {@code exception}. */
  private static final class Raising<T> extends CoroFrame<T> {
    private final Throwable exception;

    Raising(Throwable exception) {
      super(true);
      this.exception = exception;
    }

    @Override
    protected int $resume(Throwable injected) throws Throwable {
      throw injected != null ? injected : exception;
    }

    @Override
    public String name() {
      return "AsyncGen.done";
    }
  }
}
