package dev.stepwise.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs an untransformed step body on a thread of its own for the reference executors
 * ({@link ReferenceGen}, {@link ReferenceCoro}): exactly one of two threads runs at any time, the
 * thread that resumes the body (the resumer) or the body thread. Not for users.
 *
 * <p>Every hand-off is a volatile write of {@code turn} followed by {@link LockSupport#unpark}, and
 * the other side reads {@code turn} before it touches the hand-off fields, so each side sees
 * everything the other did before handing over (happens-before), including the body's effects on
 * shared objects.
 *
 * <p>A started body owns one daemon platform thread named {@code "stepwise-reference-<name>"}. When
 * the body ends the thread ends, and {@link #resume} waits for it to terminate before reporting
 * the end, so a finished body leaves no thread behind. A body that is started and then abandoned
 * leaves its thread parked until the JVM exits (a daemon thread does not keep the JVM alive).
 */
final class BodyThread {
  /** {@link #resume} outcome: the body returned; {@link #returned()} is what it returned. */
  static final int RETURNED = -2;
  private static final int THROWN = -1;
  private static final int RESUMER = 0;
  private static final int BODY = 1;

  /** The reference frame whose body runs on the current thread; set only on body threads. */
  private static final ThreadLocal<Object> CURRENT = new ThreadLocal<>();

  private final String name;
  private final Callable<?> body;
  /** Whose turn it is; the only field written by both threads without a prior hand-off. */
  private volatile int turn = RESUMER;
  // Hand-off fields, published by the write of turn.
  private Thread bodyThread;
  private Thread resumer;
  private Object sent;
  private Throwable injected;
  private int outcome;
  private Object operand;
  private Throwable thrown;
  /** The event loop running on the resumer's thread at the last hand-off, lent to the body. */
  private Object resumerLoop;
  /** Coroutines the body created since the last hand-off, noted for the resumer's loop. */
  private java.util.List<CoroFrame<?>> created = java.util.List.of();

  BodyThread(String name, Callable<?> body) {
    this.name = name;
    this.body = body;
  }

  /**
   * Hands control to the body (starting it on the first call) with a value or an exception for
   * its pending keyword, and waits until it suspends or ends.
   *
   * @return the op code the body suspended with (see {@link #operand()}), or {@link #RETURNED}
   * @throws Throwable what the body threw, unchanged
   */
  int resume(Object value, Throwable exception, Object frame) throws Throwable {
    this.sent = value;
    this.injected = exception;
    this.resumer = Thread.currentThread();
    this.resumerLoop = dev.stepwise.aio.EventLoop.runningOrNull();
    Thread t = bodyThread;
    if (t == null) {
      t = new Thread(() -> runBody(frame), "stepwise-reference-" + name);
      t.setDaemon(true);
      bodyThread = t;
      turn = BODY;
      t.start();
    } else {
      handTo(BODY);
    }
    awaitTurn(RESUMER);
    NeverAwaited.adopt(created);
    created = java.util.List.of();
    int op = outcome;
    if (op == RETURNED || op == THROWN) {
      joinUninterruptibly(t);
    }
    if (op == THROWN) {
      Throwable e = thrown;
      thrown = null;
      throw e;
    }
    return op;
  }

  /** The operand of the keyword the body suspended at. */
  Object operand() {
    Object o = operand;
    operand = null;
    return o;
  }

  /** What the body returned, once {@link #resume} reported {@link #RETURNED}. */
  Object returned() {
    return operand();
  }

  /** The body thread, or null before the first resume. */
  Thread thread() {
    return bodyThread;
  }

  /** The reference frame whose body runs on the calling thread, or null. */
  static Object current() {
    return CURRENT.get();
  }

  /**
   * The loop the resumer runs on, when the calling thread is a body thread: a body runs only while
   * its resumer waits, so it uses the resumer's loop as its own.
   */
  static Object loopOfCurrentBody() {
    Object frame = CURRENT.get();
    if (frame instanceof ReferenceCoro) {
      return ((ReferenceCoro<?>) frame).body().resumerLoop;
    }
    if (frame instanceof ReferenceGen) {
      return ((ReferenceGen<?, ?, ?>) frame).body().resumerLoop;
    }
    if (frame instanceof ReferenceAsyncGen) {
      return ((ReferenceAsyncGen<?, ?, ?>) frame).body().resumerLoop;
    }
    return null;
  }

  private void runBody(Object frame) {
    CURRENT.set(frame);
    awaitTurn(BODY);
    int op;
    Throwable failure = null;
    try {
      Throwable first = injected;
      injected = null;
      if (first != null) {
        throw first;
      }
      operand = body.call();
      op = RETURNED;
    } catch (Throwable t) {
      failure = t;
      op = THROWN;
    }
    CURRENT.remove();
    created = NeverAwaited.drain();
    thrown = failure;
    outcome = op;
    handTo(RESUMER);
  }

  /**
   * Called on the body thread by a keyword: report {@code op} with {@code value}, wait to be
   * resumed, then return the value sent in or throw the exception injected.
   */
  Object suspend(int op, Object value) {
    if (Thread.currentThread() != bodyThread) {
      throw new IllegalStateException(
          "a step keyword of '" + name + "' ran on thread '" + Thread.currentThread().getName()
              + "', not on its body thread");
    }
    operand = value;
    outcome = op;
    created = NeverAwaited.drain();
    handTo(RESUMER);
    awaitTurn(BODY);
    Throwable e = injected;
    injected = null;
    if (e != null) {
      throw Sneaky.raise(e);
    }
    Object v = sent;
    sent = null;
    return v;
  }

  private void handTo(int side) {
    // Read the thread to wake before publishing the turn: once the other side sees the turn it
    // may go on and overwrite the hand-off fields.
    Thread wake = side == BODY ? bodyThread : resumer;
    turn = side;
    LockSupport.unpark(wake);
  }

  /**
   * Parks until it is {@code side}'s turn. Interrupts do not end the wait (the hand-off must
   * complete); the interrupt status is kept for the code that runs next on this thread.
   */
  private void awaitTurn(int side) {
    boolean interrupted = false;
    while (turn != side) {
      LockSupport.park(this);
      if (Thread.interrupted()) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void joinUninterruptibly(Thread t) {
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
