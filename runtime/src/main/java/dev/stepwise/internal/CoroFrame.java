package dev.stepwise.internal;

import dev.stepwise.Awaitable;
import dev.stepwise.Coro;
import dev.stepwise.Gen;
import dev.stepwise.GenState;
import dev.stepwise.GeneratorExit;
import dev.stepwise.StopIteration;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Future;
import java.util.concurrent.CompletionStage;

/**
 * The base of every generated coroutine state machine; not for users. It implements Python's
 * coroutine protocol (PEP 492) and the await chain that a {@code Task} drives.
 *
 * <p>Contract with generated code: as for {@link GenFrame}, {@code $resume(injected)} continues the
 * body at {@link #$state}, throwing {@code injected} first at the suspension point; it returns
 * {@link #$AWAIT} with the operand in {@link #$awaiting} and the resume label in {@code $state}, or
 * {@link #$RETURN} with the result in {@link #$result}, or throws. On resumption {@link #$sent}
 * holds the value of the await.
 *
 * <p>The await chain: awaiting a coroutine links it below the awaiting frame and runs it at once,
 * with no trip through the loop. The outermost frame (the root) keeps a pointer to the innermost
 * one, so a resumption goes straight to the frame that suspended, whatever the chain's depth; when
 * a frame returns, its caller continues with the result. A frame that waits on something other
 * than a coroutine (a future, a bare reschedule, a user awaitable's generator) keeps it as its
 * leaf; what the leaf hands up is what the root's driver receives.
 *
 * @param <R> the result type
 */
public abstract class CoroFrame<R> extends StepFrame implements Coro<R> {
  /** {@code $resume} suspended at an await. */
  protected static final int $AWAIT = 3;

  /** What {@link #$advance} returns when the root has returned. */
  public static final Object $FINISHED = GenFrame.FINISHED;

  private static final byte CREATED = 0;
  private static final byte STARTED = 1;
  private static final byte CLOSED = 2;

  /** The operand of the pending await. */
  protected Object $awaiting;

  private byte status = CREATED;
  /** On a root: whether the chain is executing. */
  private boolean running;
  /** Whether anything (an await, a task, a driver) has taken this coroutine. */
  private boolean taken;
  private CoroFrame<?> caller;
  private CoroFrame<?> callee;
  /** On a root: the deepest frame of the chain, or null when it is the root itself. */
  private CoroFrame<?> innermost;
  /** What this frame waits on when it is not a coroutine. */
  private Object leaf;
  private R returnValue;

  /** For generated subclasses. */
  protected CoroFrame() {
    NeverAwaited.created(this);
  }

  /**
   * For the runtime's own awaitables that Python never reports as unawaited (an asynchronous
   * generator's operations): not noted as created, and taken from the start.
   */
  CoroFrame(boolean neverReported) {
    if (neverReported) {
      taken = true;
    } else {
      NeverAwaited.created(this);
    }
  }

  @Override
  public final Object send(Object value) {
    Object y = $advance(value, null);
    if (y == GenFrame.FINISHED) {
      throw new StopIteration(returnValue);
    }
    return y;
  }

  @Override
  public final Object throwInto(Throwable exception) {
    if (exception == null) {
      throw new NullPointerException("throwInto(null): an exception to raise in the coroutine is required");
    }
    Object y = $advance(null, exception);
    if (y == GenFrame.FINISHED) {
      throw new StopIteration(returnValue);
    }
    return y;
  }

  @Override
  public final void close() {
    taken = true;
    if (status == CREATED) {
      status = CLOSED;
      return;
    }
    if (status == CLOSED) {
      return;
    }
    if (root().running) {
      throw new IllegalStateException("coroutine already executing");
    }
    Object y;
    try {
      y = $advance(null, new GeneratorExit());
    } catch (GeneratorExit expected) {
      return;
    }
    if (y != GenFrame.FINISHED) {
      throw new RuntimeException("coroutine ignored GeneratorExit");
    }
  }

  @Override
  public final GenState state() {
    switch (status) {
      case CREATED:
        return GenState.CREATED;
      case CLOSED:
        return GenState.CLOSED;
      default:
        return root().running ? GenState.RUNNING : GenState.SUSPENDED;
    }
  }

  @Override
  public final Object awaiting() {
    if (status != STARTED || root().running) {
      return null;
    }
    return callee != null ? callee : leaf instanceof Delegated ? ((Delegated) leaf).target : leaf;
  }

  @Override
  public String toString() {
    return "<coroutine object " + name() + ">";
  }

  /**
   * The coroutine's result once it has returned; null before.
   *
   * @return the result
   */
  public final R $returnValue() {
    return returnValue;
  }

  /** Whether anything has taken this coroutine (awaited, wrapped, driven or closed it). */
  final boolean taken() {
    return taken;
  }

  /**
   * Where in the user's source the chain rooted here is running now: the location of its innermost
   * frame's current state (see {@link StepFrame#$location()}).
   *
   * @return {@code File.java:line}, or null when unknown
   */
  public final String $runningLocation() {
    return (innermost == null ? this : innermost).$location();
  }

  /**
   * Where the chain rooted here is suspended, innermost frame first: each frame as a stack trace
   * element of the user's source ({@code Iface.method(Iface.java:line)}, the line of the frame's
   * current state). Empty unless the chain has started and is not closed.
   *
   * @return the frames
   */
  public final java.util.List<StackTraceElement> $stack() {
    java.util.List<StackTraceElement> out = new java.util.ArrayList<>();
    if (status != STARTED) {
      return out;
    }
    for (CoroFrame<?> f = this; f != null; f = f.callee) {
      out.add(SourceTraces.element(f, SourceTraces.currentLine(f)));
    }
    java.util.Collections.reverse(out);
    return out;
  }

  /**
   * What the innermost frame of the chain rooted here waits on: a future, another kind of
   * awaitable, or null (running, finished, or only rescheduled by {@code sleep(0)}).
   *
   * @return the awaited object or null
   */
  public final Object $waitingOn() {
    if (status != STARTED || running) {
      return null;
    }
    Object l = (innermost == null ? this : innermost).leaf;
    Object target = l instanceof Delegated ? ((Delegated) l).target : l;
    return target instanceof YieldOnce ? null : target;
  }

  /** Marks the coroutine taken by a task, which will drive it (no never-awaited report). */
  public final void $take() {
    taken = true;
  }

  private CoroFrame<?> root() {
    CoroFrame<?> f = this;
    while (f.caller != null) {
      f = f.caller;
    }
    return f;
  }

  /**
   * Drives the chain rooted here one step: resumes the innermost frame with a value or an
   * exception and runs until something hands a value up to the driver or the root finishes.
   * {@code Task} and {@link #send} use it.
   *
   * @param value the value for the suspended await (null to start)
   * @param exc an exception to raise at the suspended await, or null
   * @return what the innermost awaitable handed up, or {@link GenFrame#FINISHED} when the root
   *     returned (its result is {@link #$returnValue()})
   */
  public final Object $advance(Object value, Throwable exc) {
    if (caller != null) {
      throw new IllegalStateException("coroutine is being awaited already");
    }
    if (running) {
      throw new IllegalStateException("coroutine already executing");
    }
    if (status == CLOSED) {
      // Python's throw() into a finished coroutine raises this too, not the exception thrown.
      throw new RuntimeException($reuseMessage());
    }
    if (status == CREATED) {
      taken = true;
      if (exc != null) {
        status = CLOSED;
        throw Sneaky.raise(exc);
      }
      if (value != null) {
        throw new IllegalArgumentException("can't send non-None value to a just-started coroutine");
      }
      status = STARTED;
    }
    running = true;
    CoroFrame<?> frame = innermost == null ? this : innermost;
    // The exception climbing the chain, and the trace element of the last frame it left.
    Throwable climbing = null;
    StackTraceElement climbedFrom = null;
    try {
      while (true) {
        Object waitingOn = frame.leaf;
        if (waitingOn != null) {
          frame.leaf = null;
          if (waitingOn instanceof Future) {
            if (exc == null) {
              Future<?> f = (Future<?>) waitingOn;
              if (!f.done()) {
                exc = new RuntimeException("await wasn't used with future");
              } else {
                try {
                  value = f.result();
                } catch (Throwable t) {
                  exc = t;
                  value = null;
                }
              }
            }
          } else if (waitingOn instanceof YieldOnce) {
            if (exc == null) {
              value = ((YieldOnce<?>) waitingOn).result;
            }
          } else {
            Delegated d = (Delegated) waitingOn;
            Object y;
            try {
              y = Delegation.resume(d.delegate, value, exc);
            } catch (Throwable t) {
              y = GenFrame.FINISHED;
              exc = t;
            }
            if (y != GenFrame.FINISHED) {
              frame.leaf = d;
              return y;
            }
            if (exc == null) {
              value = Delegation.result(d.delegate);
            } else {
              value = null;
            }
          }
        }
        frame.$sent = value;
        value = null;
        int op;
        Throwable thrown = null;
        try {
          op = frame.$resume(exc);
        } catch (Throwable t) {
          op = $RETURN;
          thrown = t;
          climbedFrom = SourceTraces.left(t, frame, t == climbing ? climbedFrom : null, true);
          climbing = t;
        }
        exc = null;
        if (op == $AWAIT && thrown == null) {
          Object operand = frame.$awaiting;
          frame.$awaiting = null;
          if (operand instanceof CoroFrame) {
            CoroFrame<?> next = (CoroFrame<?>) operand;
            exc = next.enterAwait();
            if (exc == null) {
              next.caller = frame;
              frame.callee = next;
              innermost = next;
              frame = next;
            }
            continue;
          }
          Object waitable;
          try {
            waitable = waitable(operand);
          } catch (RuntimeException notAwaitable) {
            exc = notAwaitable;
            continue;
          }
          if (waitable instanceof Future) {
            Future<?> f = (Future<?>) waitable;
            if (f.done()) {
              try {
                value = f.result();
              } catch (Throwable t) {
                exc = t;
              }
              continue;
            }
            frame.leaf = f;
            return f;
          }
          if (waitable instanceof YieldOnce) {
            frame.leaf = waitable;
            return null;
          }
          frame.leaf = waitable; // a Delegated: start it on the next turn of this loop
          continue;
        }
        // The frame finished, by returning or raising.
        Object result = frame.$result;
        frame.finish();
        if (thrown instanceof StopIteration) {
          thrown = new RuntimeException("coroutine raised StopIteration", thrown);
        }
        CoroFrame<?> parent = frame.caller;
        frame.caller = null;
        if (parent == null) {
          innermost = null;
          if (thrown != null) {
            throw Sneaky.raise(thrown);
          }
          returnValue = cast(result);
          return GenFrame.FINISHED;
        }
        parent.callee = null;
        frame.returnValue = cast(result);
        innermost = parent == this ? null : parent;
        frame = parent;
        value = result;
        exc = thrown;
      }
    } finally {
      running = false;
    }
  }

  /**
   * What awaiting or resuming this coroutine again after it finished raises. Python's words for
   * coroutines; an asynchronous generator's awaitables have their own.
   *
   * @return the message
   */
  protected String $reuseMessage() {
    return "cannot reuse already awaited coroutine";
  }

  /** Checks that this coroutine may be awaited now and marks it taken; returns the error or null. */
  private RuntimeException enterAwait() {
    if (status == CLOSED) {
      return new RuntimeException($reuseMessage());
    }
    if (status == STARTED || caller != null) {
      return root().running
          ? new IllegalStateException("coroutine already executing")
          : new RuntimeException("coroutine is being awaited already");
    }
    taken = true;
    status = STARTED;
    return null;
  }

  private void finish() {
    status = CLOSED;
    $state = -1;
    $sent = null;
    $awaiting = null;
    $result = null;
    leaf = null;
  }

  /** What an await of {@code operand} waits on: a future, a reschedule, or a delegated generator. */
  private static Object waitable(Object operand) {
    if (operand instanceof Future || operand instanceof YieldOnce) {
      return operand;
    }
    if (operand instanceof CompletionStage) {
      return Futures.fromStage((CompletionStage<?>) operand, EventLoop.running());
    }
    if (operand instanceof Awaitable) {
      Gen<?, ?, ?> g = ((Awaitable<?>) operand).awaitGen();
      if (g == null) {
        throw new IllegalArgumentException("__await__() returned null for " + operand.getClass().getSimpleName());
      }
      return new Delegated(operand, Delegation.adapt(g));
    }
    throw new IllegalArgumentException("object " + pythonTypeName(operand) + " can't be used in 'await' expression");
  }

  /** The name Python gives the type of {@code o} in its messages, for the types that have one. */
  private static String pythonTypeName(Object o) {
    if (o == null) {
      return "NoneType";
    }
    if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
      return "int";
    }
    if (o instanceof Double || o instanceof Float) {
      return "float";
    }
    if (o instanceof Boolean) {
      return "bool";
    }
    if (o instanceof String || o instanceof Character) {
      return "str";
    }
    if (o instanceof Gen) {
      return "generator";
    }
    return o.getClass().getSimpleName();
  }

  /** A user awaitable's generator, driven as PEP 380 delegation. */
  private static final class Delegated {
    final Object target;
    final Object delegate;

    Delegated(Object target, Object delegate) {
      this.target = target;
      this.delegate = delegate;
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object o) {
    return (T) o;
  }
}
