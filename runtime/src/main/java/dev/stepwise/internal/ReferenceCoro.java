package dev.stepwise.internal;

import dev.stepwise.Coro;
import java.util.concurrent.Callable;

/**
 * The reference executor for coroutines: runs an <em>untransformed</em> coroutine body on a thread
 * of its own (see {@link BodyThread}), so that {@code await} can suspend it for real. Generated code
 * uses it when {@link ReferenceGen#enabled()}; it is the debug mode in which breakpoints in the
 * interface's own source stop, and the oracle the coroutine state machines are tested against.
 * Not for users.
 *
 * <p>{@code await(x)} on the body thread hands {@code x} to {@link CoroFrame}, which waits on it
 * exactly as it does for a generated frame (chaining coroutines, handing futures up to the task),
 * and resumes the body with the value, or an exception thrown from the {@code await}.
 *
 * @param <R> the result type
 */
public final class ReferenceCoro<R> extends CoroFrame<R> implements AwaitingBody {
  private final String name;
  private final BodyThread body;

  /**
   * A coroutine whose body is {@code body}, run on its own thread from its first step on.
   *
   * @param name the coroutine's qualified name; also names the body thread
   * @param body runs the untransformed body and returns what it returns: {@code Coro.done(value)}
   * @throws NullPointerException if an argument is null
   */
  public ReferenceCoro(String name, Callable<? extends Coro<R>> body) {
    if (name == null || body == null) {
      throw new NullPointerException(name == null ? "name" : "body");
    }
    this.name = name;
    this.body = new BodyThread(name, body);
  }

  /**
   * The reference coroutine whose body runs on the calling thread, or null. {@code Async} uses it
   * to route {@code await}.
   *
   * @return the current reference coroutine, or null
   */
  public static ReferenceCoro<?> current() {
    Object frame = BodyThread.current();
    return frame instanceof ReferenceCoro ? (ReferenceCoro<?>) frame : null;
  }

  /**
   * {@code await(operand)} executed by this coroutine's body: suspends the body until
   * {@code operand} completes. Python's {@code await operand}.
   *
   * @param operand what to wait for
   * @param <T> the type the result is assigned to
   * @return the result of the await
   * @throws IllegalStateException if called on a thread other than this coroutine's body thread
   */
  @Override
  @SuppressWarnings("unchecked")
  public <T> T await(Object operand) {
    return (T) body.suspend($AWAIT, operand);
  }

  @Override
  public String name() {
    return name;
  }

  BodyThread body() {
    return body;
  }

  /**
   * The event loop lent to the body running on the calling thread (its resumer's loop), or null
   * when the calling thread is not a reference body thread. {@code EventLoop} uses it so that a
   * body sees the loop that drives it.
   *
   * @return the loop, or null
   */
  public static dev.stepwise.aio.EventLoop loopOfCurrentBody() {
    return (dev.stepwise.aio.EventLoop) BodyThread.loopOfCurrentBody();
  }

  @Override
  protected int $resume(Throwable injected) throws Throwable {
    int op = body.resume($sent, injected, this);
    if (op == $AWAIT) {
      $awaiting = body.operand();
      return op;
    }
    Object end = body.returned();
    if (end instanceof CompletedCoro) {
      $result = ((CompletedCoro<?>) end).value();
      return $RETURN;
    }
    throw new IllegalStateException(
        "coroutine body '" + name + "' must end with 'return Coro.done(...)', but it returned "
            + (end == null ? "null" : end.toString()));
  }
}
