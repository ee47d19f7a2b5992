package dev.stepwise.internal;

import dev.stepwise.Gen;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/**
 * The reference executor: runs an <em>untransformed</em> generator body on a thread of its own,
 * so that {@code Yield.value} and {@code Yield.from} can suspend it for real. It is a supported
 * debug mode (the generated code uses it when {@link #enabled()}) and the oracle that the state
 * machines emitted by the processor are tested against. Not for users.
 *
 * <p>The body is a {@link Callable} that runs the interface's original default method, for example
 * {@code () -> Averagers.super.averager()}. Exactly one of two threads runs at any time: the
 * thread that calls {@code next}/{@code send}/{@code throwInto}/{@code close} (the resumer) or the
 * body thread. {@link #$resume} hands control to the body thread (starting it on the first resume)
 * and blocks until the body reaches its next step keyword or ends:
 *
 * <ul>
 *   <li>{@code Yield.value(x)} publishes {@code x}, makes {@code $resume} return {@link #$YIELD}
 *       and parks the body thread; when resumed it returns the sent value, or throws the injected
 *       exception unchanged (checked or not).
 *   <li>{@code Yield.from(operand)} makes {@code $resume} return {@link #$DELEGATE}; {@link GenFrame}
 *       drives the operand (on the resumer's thread) and resumes the body with the operand's
 *       return value, or an exception, which {@code Yield.from} returns or throws.
 *   <li>{@code return Gen.done(v)} ends the body with {@link #$RETURN}; any other returned value is
 *       an {@link IllegalStateException}.
 *   <li>an exception escaping the body is rethrown unchanged from {@code $resume} on the resumer's
 *       thread, where {@link GenFrame} applies PEP 479 and the rest of the protocol.
 * </ul>
 *
 * <p>Every hand-off is a volatile write of {@code turn} followed by {@link LockSupport#unpark},
 * and the other side reads {@code turn} before it touches the hand-off fields, so each side sees
 * everything the other did before handing over (happens-before), including the body's effects on
 * shared objects.
 *
 * <p><b>Threads.</b> A started generator owns one daemon platform thread named
 * {@code "stepwise-reference-<name>"}. When the body finishes (returns, raises, or is closed) the
 * thread ends, and {@code $resume} waits for it to terminate before reporting the end, so a
 * finished or closed generator leaves no thread behind. An unstarted generator has no thread. A
 * generator that is started and then abandoned, neither exhausted nor closed, leaves its thread
 * parked until the JVM exits (a daemon thread does not keep the JVM alive): close generators you
 * do not finish, for example with try-with-resources.
 *
 * <p><b>Differences from the state machines</b>, inherent in running the body on another thread:
 * the body sees a different {@link Thread#currentThread()}, other {@link ThreadLocal} values and
 * another interrupt status; stack traces of exceptions from the body show the body thread; the
 * keywords are routed at run time, so they also work in a lambda or helper method that runs on
 * the body thread (the processor rejects those at compile time) and throw the usual
 * {@link IllegalStateException} on any other thread.
 *
 * @param <Y> the type of yielded values
 * @param <S> the type of sent values
 * @param <R> the return type
 */
public final class ReferenceGen<Y, S, R> extends GenFrame<Y, S, R> {
  /** The system property that selects the executor of generated generators. */
  public static final String EXECUTOR_PROPERTY = "stepwise.executor";

  /** The generator whose body runs on the current thread; set only on body threads. */
  private static final ThreadLocal<ReferenceGen<?, ?, ?>> CURRENT = new ThreadLocal<>();

  private static final int RESUMER = 0;
  private static final int BODY = 1;
  /** An outcome besides $YIELD, $DELEGATE and $RETURN: the body threw {@link #thrown}. */
  private static final int THROWN = -1;

  private final String name;
  private final Callable<? extends Gen<Y, S, R>> body;

  /** Whose turn it is; the only field written by both threads without a prior hand-off. */
  private volatile int turn = RESUMER;

  // Hand-off fields, published by the write of turn (together with GenFrame's $sent, $yielded,
  // $delegate and $result).
  private Thread bodyThread;
  private Thread resumer;
  private Throwable injected;
  private int outcome;
  private Throwable thrown;

  /**
   * A generator whose body is {@code body}, run on its own thread from the first resume on.
   *
   * @param name the generator's qualified name, for example {@code "Averagers.averager"}; also
   *     names the body thread
   * @param body runs the untransformed body and returns what it returns: {@code Gen.done(value)}
   * @throws NullPointerException if an argument is null
   */
  public ReferenceGen(String name, Callable<? extends Gen<Y, S, R>> body) {
    if (name == null || body == null) {
      throw new NullPointerException(name == null ? "name" : "body");
    }
    this.name = name;
    this.body = body;
  }

  /**
   * Whether generated code should run generator bodies with the reference executor instead of
   * their state machines: true when the system property {@code stepwise.executor} is
   * {@code reference}. Read on every call, so that it can be changed at run time.
   *
   * @return true for the reference executor, false for the state machines (the default)
   */
  public static boolean enabled() {
    return "reference".equals(System.getProperty(EXECUTOR_PROPERTY));
  }

  /**
   * The reference generator whose body runs on the calling thread, or null when the calling
   * thread is not a body thread. {@code Yield} uses it to route its keywords.
   *
   * @return the current reference generator, or null
   */
  public static ReferenceGen<?, ?, ?> current() {
    return CURRENT.get();
  }

  /**
   * {@code Yield.value(value)} executed by this generator's body: hands {@code value} out and
   * suspends the body until the generator is resumed. Python's {@code yield value}.
   *
   * <p>If the generator is resumed by {@code throwInto} or {@code close}, the injected exception
   * (checked or not, {@code GeneratorExit} for {@code close}) is thrown from here unchanged.
   *
   * @param value the value to yield
   * @param <T> the type the sent value is assigned to
   * @return the value sent in ({@code null} for {@code next()})
   * @throws IllegalStateException if called on a thread other than this generator's body thread
   */
  public <T> T yieldValue(Object value) {
    return suspend($YIELD, value);
  }

  /**
   * {@code Yield.from(operand)} executed by this generator's body: delegates to {@code operand} (a
   * {@link Gen}, an {@link java.util.Iterator} or an {@link Iterable}) until it finishes. Python's
   * {@code yield from operand}.
   *
   * <p>An exception the operand raises, or one injected into this generator that the operand does
   * not handle (see {@code Delegation}), is thrown from here unchanged.
   *
   * @param operand the subgenerator or iterable
   * @param <T> the type the result is assigned to
   * @return the operand's return value
   * @throws IllegalStateException if called on a thread other than this generator's body thread
   */
  public <T> T yieldFrom(Object operand) {
    return suspend($DELEGATE, operand);
  }

  /**
   * The generator's qualified name, as given to the constructor.
   *
   * @return the name
   */
  @Override
  public String name() {
    return name;
  }

  /** The body thread, or null before the first resume; for tests. */
  Thread bodyThread() {
    return bodyThread;
  }

  @Override
  protected int $resume(Throwable injected) throws Throwable {
    this.injected = injected;
    this.resumer = Thread.currentThread();
    Thread t = bodyThread;
    if (t == null) {
      t = new Thread(this::runBody, "stepwise-reference-" + name);
      t.setDaemon(true);
      bodyThread = t;
      turn = BODY;
      t.start();
    } else {
      handTo(BODY);
    }
    awaitTurn(RESUMER);
    int op = outcome;
    if (op == $RETURN || op == THROWN) {
      joinUninterruptibly(t);
    }
    if (op == THROWN) {
      Throwable e = thrown;
      thrown = null;
      throw e;
    }
    return op;
  }

  /** The body thread's whole life: run the body once, report how it ended. */
  private void runBody() {
    CURRENT.set(this);
    awaitTurn(BODY);
    int op;
    Throwable failure = null;
    try {
      Throwable first = injected;
      injected = null;
      if (first != null) {
        throw first;
      }
      Gen<Y, S, R> end = body.call();
      if (end instanceof CompletedGen) {
        $result = ((CompletedGen<?, ?, ?>) end).value();
        op = $RETURN;
      } else {
        failure = new IllegalStateException(
            "generator body '" + name + "' must end with 'return Gen.done(...)', but it returned "
                + (end == null ? "null" : end.toString()));
        op = THROWN;
      }
    } catch (Throwable t) {
      failure = t;
      op = THROWN;
    }
    CURRENT.remove();
    thrown = failure;
    outcome = op;
    handTo(RESUMER);
  }

  /** Called on the body thread by a keyword: report {@code op}, wait to be resumed. */
  @SuppressWarnings("unchecked")
  private <T> T suspend(int op, Object operand) {
    if (Thread.currentThread() != bodyThread) {
      throw new IllegalStateException(
          "a step keyword of '" + name + "' ran on thread '" + Thread.currentThread().getName()
              + "', not on the generator's body thread");
    }
    if (op == $YIELD) {
      $yielded = operand;
    } else {
      $delegate = operand;
    }
    outcome = op;
    handTo(RESUMER);
    awaitTurn(BODY);
    Throwable e = injected;
    injected = null;
    if (e != null) {
      throw Sneaky.raise(e);
    }
    return (T) $sent;
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
