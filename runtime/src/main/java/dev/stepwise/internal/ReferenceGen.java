package dev.stepwise.internal;

import dev.stepwise.Gen;
import java.util.concurrent.Callable;

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
 * <p><b>Threads</b> (see {@link BodyThread}): a started generator owns one daemon thread named
 * {@code "stepwise-reference-<name>"}, which ends with the body, so a finished or closed generator
 * leaves no thread behind. A generator that is started and then abandoned, neither exhausted nor
 * closed, leaves its thread parked until the JVM exits: close generators you do not finish, for
 * example with try-with-resources.
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
public final class ReferenceGen<Y, S, R> extends GenFrame<Y, S, R> implements YieldingBody {
  /** The system property that selects the executor of generated step methods. */
  public static final String EXECUTOR_PROPERTY = "stepwise.executor";

  private final String name;
  private final BodyThread body;

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
    this.body = new BodyThread(name, body);
  }

  /**
   * Whether generated code should run step bodies with the reference executors instead of their
   * state machines: true when the system property {@code stepwise.executor} is {@code reference}.
   * Read on every call, so that it can be changed at run time.
   *
   * @return true for the reference executors, false for the state machines (the default)
   */
  public static boolean enabled() {
    return "reference".equals(System.getProperty(EXECUTOR_PROPERTY));
  }

  /**
   * The reference generator whose body runs on the calling thread, or null when the calling
   * thread is not a generator's body thread. {@code Yield} uses it to route its keywords.
   *
   * @return the current reference generator, or null
   */
  public static ReferenceGen<?, ?, ?> current() {
    Object frame = BodyThread.current();
    return frame instanceof ReferenceGen ? (ReferenceGen<?, ?, ?>) frame : null;
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
  @Override
  @SuppressWarnings("unchecked")
  public <T> T yieldValue(Object value) {
    return (T) body.suspend($YIELD, value);
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
  @Override
  @SuppressWarnings("unchecked")
  public <T> T yieldFrom(Object operand) {
    return (T) body.suspend($DELEGATE, operand);
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

  BodyThread body() {
    return body;
  }

  /** The body thread, or null before the first resume; for tests. */
  Thread bodyThread() {
    return body.thread();
  }

  @Override
  protected int $resume(Throwable injected) throws Throwable {
    int op = body.resume($sent, injected, this);
    if (op == $YIELD) {
      $yielded = body.operand();
      return op;
    }
    if (op == $DELEGATE) {
      $delegate = body.operand();
      return op;
    }
    Object end = body.returned();
    if (end instanceof CompletedGen) {
      $result = ((CompletedGen<?, ?, ?>) end).value();
      return $RETURN;
    }
    throw new IllegalStateException(
        "generator body '" + name + "' must end with 'return Gen.done(...)', but it returned "
            + (end == null ? "null" : end.toString()));
  }
}
