package dev.stepwise.internal;

import dev.stepwise.AsyncGen;
import java.util.concurrent.Callable;

/**
 * The reference executor for asynchronous generators: runs an <em>untransformed</em> body on a
 * thread of its own (see {@link BodyThread}); {@code Yield.value}, {@code Yield.from} and
 * {@code await} on that thread suspend it for real and hand their operand to
 * {@link AsyncGenFrame}, which treats them exactly as a generated frame's. Generated code uses it
 * when {@link ReferenceGen#enabled()}. Not for users.
 *
 * @param <Y> the type of yielded values
 * @param <S> the type of sent values
 * @param <R> the return type
 */
public final class ReferenceAsyncGen<Y, S, R> extends AsyncGenFrame<Y, S, R> implements YieldingBody, AwaitingBody {
  private final String name;
  private final BodyThread body;

  /**
   * An asynchronous generator whose body is {@code body}, run on its own thread.
   *
   * @param name the qualified name; also names the body thread
   * @param body runs the untransformed body and returns what it returns: {@code AsyncGen.done(...)}
   * @throws NullPointerException if an argument is null
   */
  public ReferenceAsyncGen(String name, Callable<? extends AsyncGen<Y, S, R>> body) {
    if (name == null || body == null) {
      throw new NullPointerException(name == null ? "name" : "body");
    }
    this.name = name;
    this.body = new BodyThread(name, body);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T yieldValue(Object value) {
    return (T) body.suspend($YIELD, value);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T yieldFrom(Object operand) {
    return (T) body.suspend($DELEGATE, operand);
  }

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

  @Override
  protected int $resume(Throwable injected) throws Throwable {
    int op = body.resume($sent, injected, this);
    switch (op) {
      case $YIELD:
        $yielded = body.operand();
        return op;
      case $DELEGATE:
        $delegate = body.operand();
        return op;
      case $AWAIT:
        $awaiting = body.operand();
        return op;
      default:
        break;
    }
    Object end = body.returned();
    if (end instanceof CompletedAsyncGen) {
      $result = ((CompletedAsyncGen<?, ?, ?>) end).value();
      return $RETURN;
    }
    throw new IllegalStateException(
        "async generator body '" + name + "' must end with 'return AsyncGen.done(...)', but it returned "
            + (end == null ? "null" : end.toString()));
  }
}
