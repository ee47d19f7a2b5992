package dev.stepwise.internal;

/**
 * The single-use awaitable of one asynchronous generator operation: {@code anext()},
 * {@code asend(v)}, {@code athrow(e)} or {@code aclose()}. Python's {@code async_generator_asend}
 * and {@code async_generator_athrow} objects. It is a coroutine frame, so awaiting it links it into
 * the awaiting task's chain and the body's own awaits are awaited below it, with no trip through
 * the loop. It is not reported when never awaited (Python does not warn for these either).
 *
 * @param <T> the type of the value the operation produces
 */
final class AsyncGenStep<T> extends CoroFrame<T> {
  private static final int START = 0;
  private static final int AFTER_AWAIT = 1;
  private static final int AFTER_DELEGATE = 2;

  private final AsyncGenFrame<?, ?, ?> gen;
  private final AsyncGenHandle<?, ?, ?> handle;
  private final int mode;
  private final Object value;
  private final Throwable exception;
  private final String operation;

  AsyncGenStep(AsyncGenFrame<?, ?, ?> gen, AsyncGenHandle<?, ?, ?> handle, int mode, Object value, Throwable exception, String operation) {
    super(true);
    this.gen = gen;
    this.handle = handle;
    this.mode = mode;
    this.value = value;
    this.exception = exception;
    this.operation = operation;
  }

  /** The operation's name in Python's messages: {@code anext}, {@code asend}, {@code athrow}, {@code aclose}. */
  String operation() {
    return operation;
  }

  @Override
  protected int $resume(Throwable injected) throws Throwable {
    switch ($state) {
      case START:
        if (injected != null) {
          throw injected;
        }
        return gen.start(this, handle, mode, value, exception);
      case AFTER_AWAIT:
        return gen.resumeAfterAwait(this, mode, $sent, injected);
      default:
        return gen.resumeAfterDelegate(this, mode, $sent, injected);
    }
  }

  int awaitBody(Object operand) {
    $awaiting = operand;
    $state = AFTER_AWAIT;
    return $AWAIT;
  }

  int awaitDelegate(Object operation) {
    $awaiting = operation;
    $state = AFTER_DELEGATE;
    return $AWAIT;
  }

  int finish(Object result) {
    $result = result;
    return $RETURN;
  }

  @Override
  protected String $reuseMessage() {
    return mode == SEND_MODE ? "cannot reuse already awaited __anext__()/asend()"
        : "cannot reuse already awaited aclose()/athrow()";
  }

  private static final int SEND_MODE = AsyncGenFrame.SEND;

  @Override
  public String name() {
    return gen.name() + "." + operation;
  }

  /** Where the generator's body is: a step has no source of its own. */
  @Override
  protected String $location(int state) {
    return gen.$location();
  }

  @Override
  public String toString() {
    return "<async_generator_" + (mode == SEND_MODE ? "asend" : "athrow") + " object of " + gen.name() + ">";
  }
}
