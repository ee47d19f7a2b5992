package dev.stepwise.internal;

import dev.stepwise.Gen;
import dev.stepwise.GenState;
import dev.stepwise.GeneratorExit;
import dev.stepwise.StopIteration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The base of every generated generator state machine; not for users. It implements the
 * {@link Gen} protocol (PEP 342 and PEP 380) around the generated {@link #$resume} method.
 *
 * <p>Contract with generated code: {@code $resume(injected)} continues the body at label
 * {@link #$state}. If {@code injected} is not null it is thrown first, at the suspension point, so
 * that it meets the body's own handler table. {@code $resume} ends by returning one of
 *
 * <ul>
 *   <li>{@link #$YIELD}: {@link #$yielded} holds the value and {@code $state} the resume label;
 *   <li>{@link #$DELEGATE}: {@link #$delegate} holds the {@code Yield.from} operand; the frame drives
 *       it and resumes the body at {@code $state} with the delegate's return value in
 *       {@link #$sent};
 *   <li>{@link #$RETURN}: {@link #$result} holds the return value;
 * </ul>
 *
 * or by throwing. On resumption, {@link #$sent} holds the sent value.
 *
 * <p>Invariant: {@code status == RUNNING} exactly while {@code $resume} or a delegate runs on
 * behalf of this frame; {@code delegate != null} only while suspended in a {@code Yield.from}.
 *
 * <p><b>Delegation chains.</b> PEP 380 passes every {@code next}/{@code send} down the whole chain
 * of {@code Yield.from}s, one level at a time. To keep an element's cost flat in the depth, a frame
 * that delegates to generated frames caches its chain ({@link #path}: itself, its delegate, the
 * delegate's delegate, ... down to the frame whose body is suspended at a yield) and resumes that
 * innermost frame directly, climbing back up only when frames finish. The frames in between keep
 * the status SUSPENDED while this happens and report RUNNING through {@link #runningOnPath}, so
 * that {@code state()} and the "already executing" checks see what CPython shows. A cached chain is
 * trusted only while no frame on it has changed its delegate since it was built, which {@link
 * #CHAINS} counts.
 *
 * @param <Y> the type of yielded values
 * @param <S> the type of sent values
 * @param <R> the return type
 */
public abstract class GenFrame<Y, S, R> extends StepFrame implements Gen<Y, S, R> {
  /**
   * {@code $resume} suspended at a yield. The op codes carry a {@code $} so that a user's constant
   * named {@code YIELD}, copied into a body, is never hidden by an inherited member.
   */
  protected static final int $YIELD = 0;
  /** {@code $resume} suspended at a {@code Yield.from}. */
  protected static final int $DELEGATE = 1;

  private static final byte CREATED = 0;
  private static final byte SUSPENDED = 1;
  private static final byte RUNNING = 2;
  private static final byte CLOSED = 3;

  /** Returned by {@link #advance} when the body has finished; never a user value. */
  static final Object FINISHED = new Object();

  /**
   * Bumped whenever a frame that some cached chain ({@link #path}) contains changes its delegate:
   * a chain built at another count may be stale.
   */
  private static final AtomicLong CHAINS = new AtomicLong();

  /** The value being yielded. */
  protected Object $yielded;
  /** The operand of the pending {@code Yield.from}. */
  protected Object $delegate;

  private byte status = CREATED;
  private Object delegate;
  private R returnValue;
  /**
   * The value of the StopIteration for the advance that just reported {@link #FINISHED}: the return
   * value on the advance that finished the body, null on any later one. Python gives a
   * StopIteration with value None from an already-finished generator (also to {@code yield from}),
   * while {@link #returnValue()} keeps the value.
   */
  private Object stopValue;
  private Object kept = FINISHED;

  /** This frame's delegation chain, {@code path[0] == this}; null when not built. */
  private GenFrame<?, ?, ?>[] path;
  /** The {@link #CHAINS} count at which {@link #path} was built. */
  private long pathBuiltAt;
  /** The chain of another frame that this frame was last put on; null if never. */
  private GenFrame<?, ?, ?>[] onPath;
  /** True while this frame resumes the innermost frame of its {@link #path} directly. */
  private boolean shortcutting;
  /**
   * The exception this frame last raised or was handed by its delegate, and the stack trace element
   * standing for the frame it came out of: a delegating frame the exception then leaves is listed
   * after it (see {@link SourceTraces}).
   */
  private Throwable traced;
  private StackTraceElement tracedAt;

  /** For generated subclasses. */
  protected GenFrame() {}


  @Override
  public final Y next() {
    Object v = kept;
    if (v != FINISHED) {
      kept = FINISHED;
      return cast(v);
    }
    return produced(nextValue());
  }

  @Override
  public final boolean hasNext() {
    if (kept != FINISHED) {
      return true;
    }
    if (status == CLOSED) {
      return false;
    }
    Object v = nextValue();
    kept = v;
    return v != FINISHED;
  }

  @Override
  public final Y send(S value) {
    checkNothingKept("send");
    if (value != null && status == CREATED) {
      throw new IllegalArgumentException("can't send non-None value to a just-started generator");
    }
    return produced(advance(value, null));
  }

  @Override
  public final Y throwInto(Throwable exception) {
    if (exception == null) {
      throw new NullPointerException("throwInto(null): an exception to raise in the generator is required");
    }
    checkNothingKept("throwInto");
    if (status == RUNNING || runningOnPath()) {
      throw alreadyExecuting();
    }
    if (status == CREATED) {
      status = CLOSED;
      // CPython raises the exception "at the start of the body" of a just-started generator: no
      // body code runs, but PEP 479 still turns a StopIteration into RuntimeError (3.11.7).
      if (exception instanceof StopIteration) {
        throw new RuntimeException("generator raised StopIteration", exception);
      }
      throw Sneaky.raise(exception);
    }
    if (status == CLOSED) {
      throw Sneaky.raise(exception);
    }
    return produced(advance(null, exception));
  }

  @Override
  public final void close() {
    kept = FINISHED;
    switch (status) {
      case CREATED:
        status = CLOSED;
        return;
      case CLOSED:
        return;
      case RUNNING:
        throw alreadyExecuting();
      default:
        if (runningOnPath()) {
          throw alreadyExecuting();
        }
        break;
    }
    Object v;
    try {
      v = advance(null, new GeneratorExit());
    } catch (GeneratorExit expected) {
      return;
    }
    if (v != FINISHED) {
      throw new RuntimeException("generator ignored GeneratorExit");
    }
  }

  @Override
  public final GenState state() {
    switch (status) {
      case CREATED:
        return GenState.CREATED;
      case SUSPENDED:
        return runningOnPath() ? GenState.RUNNING : GenState.SUSPENDED;
      case RUNNING:
        return GenState.RUNNING;
      default:
        return GenState.CLOSED;
    }
  }

  @Override
  public final Object yieldFrom() {
    return delegate == null ? null : Delegation.target(delegate);
  }

  @Override
  public final R returnValue() {
    return returnValue;
  }

  /** The value of the StopIteration for the last advance that returned {@link #FINISHED}. */
  final Object stopValue() {
    return stopValue;
  }

  @Override
  public String toString() {
    return "<generator object " + name() + ">";
  }

  /**
   * Advances the body (or its delegate) with a sent value or an injected exception.
   *
   * @return the yielded value, or {@link #FINISHED} when the body finished by returning
   */
  final Object advance(Object sendValue, Throwable injected) {
    if (status == RUNNING || runningOnPath()) {
      throw alreadyExecuting();
    }
    if (status == CLOSED) {
      if (injected != null) {
        throw Sneaky.raise(injected);
      }
      stopValue = null;
      return FINISHED;
    }
    if (injected == null && delegate instanceof GenFrame) {
      return advanceChain(sendValue);
    }
    status = RUNNING;
    return drive(sendValue, injected, -1);
  }

  /**
   * {@link #advance} of a frame suspended in a {@code Yield.from} of a generated frame, with nothing
   * injected: resumes the innermost frame of the chain directly, then, for each frame that
   * finishes, the body of the frame that delegated to it with its return value or its exception,
   * exactly as the level-by-level recursion of PEP 380 would.
   */
  private Object advanceChain(Object sendValue) {
    GenFrame<?, ?, ?>[] p = path;
    if (p == null || pathBuiltAt != CHAINS.get()) {
      p = buildPath();
    }
    GenFrame<?, ?, ?> innermost = p[p.length - 1];
    status = RUNNING;
    if (innermost.status != SUSPENDED) {
      // A frame of the chain is running (a re-entrant call) or finished: take the levels one by one.
      return drive(sendValue, null, -1);
    }
    shortcutting = true;
    Object y;
    try {
      y = innermost.delegate == null
          ? innermost.resumeBody(sendValue)
          : innermost.resumeDelegating(sendValue);
    } catch (Throwable raised) {
      return climb(p, raised);
    }
    if (y == FINISHED) {
      return climb(p, null);
    }
    shortcutting = false;
    status = SUSPENDED;
    return y;
  }

  /**
   * The innermost frame of {@link #path} {@code p} finished (by returning, or by raising
   * {@code raised}): resumes the frames above it in turn with the outcome of the one below, until
   * one yields or this frame's own body has run.
   */
  private Object climb(GenFrame<?, ?, ?>[] p, Throwable raised) {
    try {
      Object y = FINISHED;
      for (int level = p.length - 2; level > 0; level--) {
        Object result = raised == null ? p[level + 1].stopValue : null;
        GenFrame<?, ?, ?> delegator = p[level];
        delegator.status = RUNNING;
        try {
          delegator.handedBy(p[level + 1], raised);
          delegator.setDelegate(null);
          y = delegator.drive(result, raised, -1);
          raised = null;
        } catch (Throwable t) {
          raised = t;
        }
        if (y != FINISHED) {
          status = SUSPENDED;
          return y;
        }
      }
      Object result = raised == null ? p[1].stopValue : null;
      handedBy(p[1], raised);
      setDelegate(null);
      return drive(result, raised, -1);
    } finally {
      shortcutting = false;
      if (status == RUNNING) {
        status = CLOSED;
      }
    }
  }

  /** Resumes this suspended frame, the innermost of a chain, which delegates to a frame of another kind. */
  private Object resumeDelegating(Object sendValue) {
    status = RUNNING;
    return drive(sendValue, null, -1);
  }

  /** {@code delegate} raised {@code t} into this frame: remember where it came from, for its trace. */
  private void handedBy(Object delegate, Throwable t) {
    if (t != null && delegate instanceof GenFrame && ((GenFrame<?, ?, ?>) delegate).traced == t) {
      traced = t;
      tracedAt = ((GenFrame<?, ?, ?>) delegate).tracedAt;
    }
  }

  /** Builds {@link #path} from the current delegates and marks the frames on it. */
  private GenFrame<?, ?, ?>[] buildPath() {
    List<GenFrame<?, ?, ?>> frames = new ArrayList<>();
    frames.add(this);
    for (Object d = delegate; d instanceof GenFrame; d = ((GenFrame<?, ?, ?>) d).delegate) {
      frames.add((GenFrame<?, ?, ?>) d);
    }
    GenFrame<?, ?, ?>[] p = frames.toArray(new GenFrame<?, ?, ?>[0]);
    boolean stolen = false;
    for (int i = 1; i < p.length; i++) {
      GenFrame<?, ?, ?>[] other = p[i].onPath;
      if (other != null && other[0] != this && other[0].path == other) {
        stolen = true;
      }
      p[i].onPath = p;
    }
    if (stolen) {
      // A frame shared with another frame's chain: that chain must be rebuilt before it is used.
      CHAINS.incrementAndGet();
    }
    path = p;
    pathBuiltAt = CHAINS.get();
    return p;
  }

  /**
   * Whether this suspended frame is running for CPython: it sits between a frame that is resuming
   * the innermost frame of its chain directly and that innermost frame.
   */
  private boolean runningOnPath() {
    GenFrame<?, ?, ?>[] p = onPath;
    if (p == null || status != SUSPENDED) {
      return false;
    }
    GenFrame<?, ?, ?> root = p[0];
    return root.shortcutting && root.path == p;
  }

  /** Sets the frame driven by the pending {@code Yield.from}; every chain through here is stale. */
  private void setDelegate(Object d) {
    delegate = d;
    path = null;
    if (onPath != null) {
      CHAINS.incrementAndGet();
    }
  }

  /**
   * {@code advance(null, null)}, with fast paths for the common steps of iteration: a frame that
   * is not delegating resumes once and, when it yields, hands the value back with no loop and no
   * exception handler around it beyond the one every resume needs; a frame delegating to a chain
   * of generated frames goes straight to {@link #advanceChain}.
   */
  private Object nextValue() {
    if (status == SUSPENDED && onPath == null) {
      Object d = delegate;
      if (d == null) {
        return resumeBody(null);
      }
      if (d instanceof GenFrame) {
        return advanceChain(null);
      }
    }
    return advance(null, null);
  }

  /** Resumes the body of this suspended frame, which is not delegating, with a sent value. */
  private Object resumeBody(Object sendValue) {
    status = RUNNING;
    $sent = sendValue;
    int op;
    try {
      op = $resume(null);
    } catch (Throwable raised) {
      throw raisedFromBody(raised);
    }
    if (op == $YIELD) {
      Object y = $yielded;
      $yielded = null;
      if (sendValue != null) {
        $sent = null;
      }
      status = SUSPENDED;
      return y;
    }
    return drive(null, null, op);
  }

  /** The body raised: the generator is closed, and PEP 479 applies. */
  private RuntimeException raisedFromBody(Throwable raised) {
    boolean handedIn = raised == traced;
    tracedAt = SourceTraces.left(raised, this, handedIn ? tracedAt : null, handedIn);
    traced = raised;
    status = CLOSED;
    clearFields();
    if (raised instanceof StopIteration) {
      throw new RuntimeException("generator raised StopIteration", raised);
    }
    throw Sneaky.raise(raised);
  }

  /**
   * The body of {@link #advance}, with the status already RUNNING.
   *
   * @param pendingOp the op a resume already returned, to be handled first; -1 for none
   */
  private Object drive(Object sendValue, Throwable injected, int pendingOp) {
    try {
      while (true) {
        int op = pendingOp;
        pendingOp = -1;
        if (op < 0) {
          if (delegate != null) {
            Object y;
            try {
              y = Delegation.resume(delegate, sendValue, injected);
            } catch (Throwable fromDelegate) {
              handedBy(delegate, fromDelegate);
              setDelegate(null);
              sendValue = null;
              injected = fromDelegate;
              y = FINISHED;
            }
            if (y != FINISHED) {
              status = SUSPENDED;
              return y;
            }
            if (delegate != null) {
              sendValue = Delegation.result(delegate);
              injected = null;
              setDelegate(null);
            }
          }
          $sent = sendValue;
          try {
            op = $resume(injected);
          } catch (Throwable raised) {
            throw raisedFromBody(raised);
          }
        }
        injected = null;
        sendValue = null;
        switch (op) {
          case $YIELD: {
            Object y = $yielded;
            $yielded = null;
            $sent = null;
            status = SUSPENDED;
            return y;
          }
          case $DELEGATE:
            try {
              setDelegate(Delegation.adapt($delegate));
            } catch (RuntimeException notIterable) {
              injected = notIterable;
            }
            $delegate = null;
            break;
          default: {
            status = CLOSED;
            returnValue = cast($result);
            stopValue = returnValue;
            clearFields();
            return FINISHED;
          }
        }
      }
    } finally {
      if (status == RUNNING) {
        status = CLOSED;
      }
    }
  }

  private void clearFields() {
    $state = -1;
    $sent = null;
    $yielded = null;
    $delegate = null;
    $result = null;
    setDelegate(null);
  }

  private Y produced(Object v) {
    if (v == FINISHED) {
      throw new StopIteration(stopValue);
    }
    return cast(v);
  }

  private void checkNothingKept(String operation) {
    if (kept != FINISHED) {
      throw new IllegalStateException(
          operation + "() after hasNext() fetched a value that next() has not taken yet");
    }
  }

  private static IllegalStateException alreadyExecuting() {
    return new IllegalStateException("generator already executing");
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object o) {
    return (T) o;
  }
}
