package dev.stepwise.internal;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.GenState;

/**
 * The asynchronous generator users hold, over its state machine. Kept apart from the
 * {@link AsyncGenFrame} so that the loop can finish a generator its user dropped: the frame stays
 * reachable from the loop while this handle alone becomes unreachable, which schedules the
 * frame's {@code aclose()} on its loop (see {@link AsyncGens}). Not for users.
 */
final class AsyncGenHandle<Y, S, R> implements AsyncGen<Y, S, R> {
  private final AsyncGenFrame<Y, S, R> frame;

  AsyncGenHandle(AsyncGenFrame<Y, S, R> frame) {
    this.frame = frame;
  }

  AsyncGenFrame<Y, S, R> frame() {
    return frame;
  }

  @Override
  public Coro<Y> anext() {
    return new AsyncGenStep<>(frame, this, AsyncGenFrame.SEND, null, null, "anext");
  }

  @Override
  public Coro<Y> asend(S value) {
    return new AsyncGenStep<>(frame, this, AsyncGenFrame.SEND, value, null, "asend");
  }

  @Override
  public Coro<Y> athrow(Throwable exception) {
    if (exception == null) {
      throw new NullPointerException("athrow(null): an exception to raise in the async generator is required");
    }
    return new AsyncGenStep<>(frame, this, AsyncGenFrame.THROW, null, exception, "athrow");
  }

  @Override
  public Coro<Void> aclose() {
    return new AsyncGenStep<>(frame, this, AsyncGenFrame.CLOSE, null, null, "aclose");
  }

  @Override
  public GenState state() {
    return frame.state();
  }

  @Override
  public Object awaiting() {
    return frame.awaiting();
  }

  @Override
  public R returnValue() {
    return frame.returnValue();
  }

  @Override
  public String name() {
    return frame.name();
  }

  @Override
  public String toString() {
    return frame.toString();
  }
}
