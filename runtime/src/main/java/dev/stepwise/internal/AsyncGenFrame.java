package dev.stepwise.internal;

import dev.stepwise.AsyncGen;
import dev.stepwise.GenState;
import dev.stepwise.GeneratorExit;
import dev.stepwise.StopAsyncIteration;
import dev.stepwise.StopIteration;

/**
 * The base of every generated asynchronous generator state machine; not for users. It implements
 * PEP 525's protocol, and PEP 828's delegation, for the {@link AsyncGenStep} awaitables that
 * {@link AsyncGenHandle} hands out.
 *
 * <p>Contract with generated code: the union of {@link GenFrame}'s and {@link CoroFrame}'s.
 * {@code $resume(injected)} continues the body at {@link #$state}, throwing {@code injected} first;
 * it returns {@link #$YIELD} ({@link #$yielded}), {@link #$DELEGATE} ({@link #$delegate}),
 * {@link #$AWAIT} ({@link #$awaiting}) or {@link #$RETURN} ({@link #$result}), or throws. On
 * resumption {@link #$sent} holds the sent value, the await's result or the delegation's result.
 *
 * <p>An operation (one step awaitable) runs the body until it yields (the step's value) or ends;
 * the body's awaits become the step's awaits, so they suspend the task awaiting the step. While an
 * operation is in progress, including while the body is suspended in an await, another one is
 * refused ("already running").
 *
 * @param <Y> the type of yielded values
 * @param <S> the type of sent values
 * @param <R> the return type
 */
public abstract class AsyncGenFrame<Y, S, R> extends StepFrame {
  /** {@code $resume} suspended at a yield. */
  protected static final int $YIELD = 0;
  /** {@code $resume} suspended at a {@code Yield.from} (PEP 828). */
  protected static final int $DELEGATE = 1;
  /** {@code $resume} suspended at an await. */
  protected static final int $AWAIT = 3;

  static final int SEND = 0;
  static final int THROW = 1;
  static final int CLOSE = 2;

  private static final byte CREATED = 0;
  private static final byte SUSPENDED = 1;
  private static final byte CLOSED = 2;

  /** The value being yielded. */
  protected Object $yielded;
  /** The operand of the pending {@code Yield.from}. */
  protected Object $delegate;
  /** The operand of the pending await. */
  protected Object $awaiting;

  private byte status = CREATED;
  /** An operation is in progress (Python's {@code ag_running_async}). */
  private boolean runningAsync;
  /** The body (or a synchronous delegate) is executing on this thread right now. */
  private boolean executing;
  /** A {@code Yield.from} operand being driven: a synchronous delegate or an {@link AsyncGen}. */
  private Object delegate;
  private Object awaitingNow;
  private R returnValue;
  private boolean firstIterDone;
  /** An aclose() was awaited (CPython's {@code ag_closed}). */
  private boolean closeCalled;
  /** The GeneratorExit being delivered by closing the asynchronous delegate first, or null. */
  private Throwable closingDelegate;
  /** The generator delegating to this one with {@code Yield.from} right now, or null. */
  AsyncGenFrame<?, ?, ?> delegator;

  /** For generated subclasses. */
  protected AsyncGenFrame() {}

  /**
   * The object users hold: a new handle over this state machine (generated code returns it).
   *
   * @return the handle
   */
  public final AsyncGen<Y, S, R> $handle() {
    return new AsyncGenHandle<>(this);
  }

  /** The qualified name of the body's method. */
  public abstract String name();

  final GenState state() {
    switch (status) {
      case CREATED:
        return runningAsync ? GenState.RUNNING : GenState.CREATED;
      case CLOSED:
        return GenState.CLOSED;
      default:
        return runningAsync ? GenState.RUNNING : GenState.SUSPENDED;
    }
  }

  final boolean closed() {
    return status == CLOSED;
  }

  final Object awaiting() {
    return awaitingNow;
  }

  final R returnValue() {
    return returnValue;
  }

  /** Python's {@code firstiter} hook: the first operation registers the generator with its loop. */
  private void firstIter(AsyncGenHandle<?, ?, ?> handle) {
    if (!firstIterDone) {
      firstIterDone = true;
      AsyncGens.firstIter(handle, this);
    }
  }

  /**
   * The first resumption of an operation's step.
   *
   * @return the op for the step: {@link CoroFrame#$AWAIT} or {@link StepFrame#$RETURN}
   */
  final int start(AsyncGenStep<?> step, AsyncGenHandle<?, ?, ?> handle, int mode, Object value, Throwable exc) throws Throwable {
    // The order of CPython's checks: athrow()/aclose() of a finished generator evaluate to None;
    // a second operation is refused (asend() speaks as anext()); once aclose() was awaited, even
    // one that failed, aclose()/athrow() raise StopAsyncIteration without touching the generator.
    if (mode != SEND && status == CLOSED) {
      return step.finish(null);
    }
    if (runningAsync || executing) {
      throw new IllegalStateException((mode == SEND ? "anext" : step.operation())
          + "(): asynchronous generator is already running");
    }
    firstIter(handle);
    if (mode == SEND && status == CLOSED) {
      throw new StopAsyncIteration();
    }
    if (mode != SEND && closeCalled) {
      throw new StopAsyncIteration();
    }
    if (mode == CLOSE) {
      closeCalled = true;
    }
    if (status == CREATED) {
      if (mode == CLOSE) {
        finish(null);
        return step.finish(null);
      }
      if (mode == THROW) {
        finish(null);
        throw exc;
      }
      if (value != null) {
        throw new IllegalArgumentException("can't send non-None value to a just-started async generator");
      }
    }
    runningAsync = true;
    Throwable injected = mode == THROW ? exc : mode == CLOSE ? new GeneratorExit() : null;
    if (delegate != null) {
      return forward(step, mode, value, injected);
    }
    return run(step, mode, value, injected);
  }

  /** Resumes the body after the step's await of {@link #$awaiting} ended with {@code value} or {@code exc}. */
  final int resumeAfterAwait(AsyncGenStep<?> step, int mode, Object value, Throwable exc) throws Throwable {
    awaitingNow = null;
    return run(step, mode, value, exc);
  }

  /**
   * Resumes after the step awaited an operation of the asynchronous delegate: its value is
   * yielded outward; its end ({@link StopAsyncIteration}) finishes the delegation with its return
   * value; another exception is raised at the body's {@code Yield.from}.
   */
  final int resumeAfterDelegate(AsyncGenStep<?> step, int mode, Object value, Throwable exc) throws Throwable {
    awaitingNow = null;
    Throwable exit = closingDelegate;
    closingDelegate = null;
    if (exc == null) {
      if (exit != null) {
        // PEP 380: a GeneratorExit (from aclose or athrow) closes the delegate, then is raised in
        // the delegating generator.
        endDelegation();
        return run(step, mode, null, exit);
      }
      return yielded(step, mode, value);
    }
    Object sub = delegate;
    endDelegation();
    if (exc instanceof StopAsyncIteration) {
      Object result = ((AsyncGen<?, ?, ?>) sub).returnValue();
      return run(step, mode, result != null ? result : ((StopAsyncIteration) exc).value(), null);
    }
    return run(step, mode, null, exc);
  }

  /** An operation while a {@code Yield.from} is in progress goes to the delegate first. */
  @SuppressWarnings("unchecked")
  private int forward(AsyncGenStep<?> step, int mode, Object value, Throwable injected) throws Throwable {
    if (delegate instanceof AsyncGen) {
      AsyncGen<?, Object, ?> sub = (AsyncGen<?, Object, ?>) delegate;
      Object op;
      if (injected instanceof GeneratorExit) {
        closingDelegate = injected;
        op = sub.aclose();
      } else if (injected != null) {
        op = sub.athrow(injected);
      } else {
        op = sub.asend(value);
      }
      awaitingNow = op;
      return step.awaitDelegate(op);
    }
    Object y;
    executing = true;
    try {
      y = Delegation.resume(delegate, value, injected);
    } catch (Throwable fromDelegate) {
      delegate = null;
      executing = false;
      return run(step, mode, null, fromDelegate);
    } finally {
      executing = false;
    }
    if (y != GenFrame.FINISHED) {
      return yielded(step, mode, y);
    }
    Object result = Delegation.result(delegate);
    delegate = null;
    return run(step, mode, result, null);
  }

  /** Runs the body until it yields, awaits, delegates or ends. */
  private int run(AsyncGenStep<?> step, int mode, Object value, Throwable injected) throws Throwable {
    while (true) {
      $sent = value;
      int op;
      executing = true;
      try {
        op = $resume(injected);
      } catch (Throwable raised) {
        SourceTraces.left(raised, this, null, false);
        finish(null);
        if (raised instanceof StopAsyncIteration) {
          raised = new RuntimeException("async generator raised StopAsyncIteration", raised);
        } else if (raised instanceof StopIteration) {
          raised = new RuntimeException("async generator raised StopIteration", raised);
        }
        if (mode == CLOSE && raised instanceof GeneratorExit) {
          return step.finish(null);
        }
        throw raised;
      } finally {
        executing = false;
      }
      $sent = null;
      switch (op) {
        case $AWAIT: {
          Object operand = $awaiting;
          $awaiting = null;
          awaitingNow = operand;
          return step.awaitBody(operand);
        }
        case $YIELD: {
          Object y = $yielded;
          $yielded = null;
          return yielded(step, mode, y);
        }
        case $DELEGATE: {
          Object operand = $delegate;
          $delegate = null;
          if (operand instanceof AsyncGen) {
            delegate = operand;
            if (operand instanceof AsyncGenHandle) {
              ((AsyncGenHandle<?, ?, ?>) operand).frame().delegator = this;
            }
            return forward(step, SEND, null, null);
          }
          try {
            delegate = Delegation.adapt(operand);
          } catch (RuntimeException notIterable) {
            value = null;
            injected = notIterable;
            continue;
          }
          return forward(step, SEND, null, null);
        }
        default: {
          @SuppressWarnings("unchecked")
          R r = (R) $result;
          finish(r);
          if (mode == CLOSE) {
            return step.finish(null);
          }
          throw new StopAsyncIteration(r);
        }
      }
    }
  }

  /** The {@code Yield.from} in progress ends: the delegate is no longer driven from here. */
  private void endDelegation() {
    if (delegate instanceof AsyncGenHandle) {
      AsyncGenFrame<?, ?, ?> sub = ((AsyncGenHandle<?, ?, ?>) delegate).frame();
      if (sub.delegator == this) {
        sub.delegator = null;
      }
    }
    delegate = null;
  }

  private int yielded(AsyncGenStep<?> step, int mode, Object y) {
    runningAsync = false;
    status = SUSPENDED;
    if (mode == CLOSE) {
      throw new RuntimeException("async generator ignored GeneratorExit");
    }
    return step.finish(y);
  }

  private void finish(R value) {
    status = CLOSED;
    runningAsync = false;
    returnValue = value;
    endDelegation();
    closingDelegate = null;
    awaitingNow = null;
    $state = -1;
    $sent = null;
    $yielded = null;
    $delegate = null;
    $awaiting = null;
    $result = null;
    AsyncGens.finished(this);
  }

  /** An operation's step ended without finishing the body's resumption (its task was torn down). */
  final void abandon() {
    runningAsync = false;
  }

  @Override
  public String toString() {
    return "<async_generator object " + name() + ">";
  }
}
