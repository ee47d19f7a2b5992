package dev.stepwise;

import dev.stepwise.internal.CompletedGen;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A generator: a body that yields values of type {@code Y}, receives values of type {@code S} and
 * returns a value of type {@code R}. Python's generator object (PEP 255, 342, 380, 479).
 *
 * <p>Obtain one by calling a {@code @Generator} method on the generated {@code <Interface>Steps}
 * class. Nothing of the body runs until the first {@link #next()} or {@link #send send(null)}.
 *
 * <pre>{@code
 * Gen<Double, Double, Void> avg = AveragersSteps.INSTANCE.averager();
 * avg.next();                          // prime: run to the first yield
 * System.out.println(avg.send(10.0));  // 10.0
 * }</pre>
 *
 * <p><b>Iteration.</b> A {@code Gen} is an {@link Iterator}, a one-shot {@link Iterable} (its
 * {@link #iterator()} is itself) and {@link AutoCloseable}. Python has no {@code hasNext}: here
 * {@link #hasNext()} runs the body to its next yield and keeps the value for the following
 * {@link #next()}. While such a value is kept, {@link #send} and {@link #throwInto} throw
 * {@link IllegalStateException} (the body is already past the point they would resume);
 * {@link #close()} discards the kept value and closes.
 *
 * <p><b>Errors</b>, with CPython's words: {@code send} of a non-null value to a just-started
 * generator throws {@link IllegalArgumentException} "can't send non-None value to a just-started
 * generator" (Python's TypeError); re-entering a running generator throws
 * {@link IllegalStateException} "generator already executing" (ValueError); a
 * {@link StopIteration} escaping the body becomes {@link RuntimeException} "generator raised
 * StopIteration" (PEP 479); a body that yields after {@link GeneratorExit} makes {@link #close()}
 * throw {@link RuntimeException} "generator ignored GeneratorExit" (RuntimeError). Exceptions
 * raised by the body, checked or not, propagate unchanged.
 *
 * <p>A generator is confined to one thread at a time; it is not thread-safe.
 *
 * @param <Y> the type of yielded values
 * @param <S> the type of values received by {@link #send}
 * @param <R> the type of the return value
 */
public interface Gen<Y, S, R> extends Iterator<Y>, Iterable<Y>, AutoCloseable {

  /**
   * Resumes the body with {@code null} as the value of the pending {@code Yield.value}, and runs it
   * to its next yield. Python's {@code next(gen)} ({@code gen.send(None)}).
   *
   * @return the next yielded value
   * @throws StopIteration when the body finishes; {@link StopIteration#value()} is its return value
   *     (null on any later call, as in Python; {@link #returnValue()} keeps it)
   * @throws IllegalStateException "generator already executing" when called from its own body
   */
  @Override
  Y next();

  /**
   * Resumes the body with {@code value} as the result of the pending {@code Yield.value}, and runs
   * it to its next yield. Python's {@code gen.send(value)}.
   *
   * @param value the value to send; must be null for a generator that has not started
   * @return the next yielded value
   * @throws StopIteration when the body finishes, carrying the return value (null on any later call)
   * @throws IllegalArgumentException "can't send non-None value to a just-started generator"
   * @throws IllegalStateException "generator already executing", or a value kept by {@link #hasNext()} is pending
   */
  Y send(S value);

  /**
   * Raises {@code exception} inside the body at its suspension point and runs it to its next
   * yield. Python's {@code gen.throw(exception)}. On a generator that has not started, or has
   * finished, the exception is thrown straight back and the generator is closed; no body code
   * runs. (As in CPython, PEP 479 still applies on a generator that has not started: a
   * {@link StopIteration} comes back as {@link RuntimeException} "generator raised StopIteration".)
   *
   * @param exception the exception to raise in the body
   * @return the next value yielded, if the body handles the exception and yields again
   * @throws StopIteration when the body handles it and finishes
   * @throws IllegalStateException "generator already executing"
   */
  Y throwInto(Throwable exception);

  /**
   * Closes the generator: raises {@link GeneratorExit} at its suspension point so that its
   * {@code finally} blocks run, innermost first. Python's {@code gen.close()}. Closing a
   * generator that has not started or has finished does nothing; closing twice is allowed.
   *
   * <p>If the body handles the GeneratorExit and returns, the return value is available from
   * {@link #returnValue()} (Python 3.13's {@code close()} return value).
   *
   * @throws RuntimeException "generator ignored GeneratorExit" if the body yields again (the
   *     generator stays suspended); any other exception the body raises while closing
   * @throws IllegalStateException "generator already executing"
   */
  @Override
  void close();

  /**
   * Whether a {@link #next()} would produce a value. Runs the body to its next yield (if no value
   * is kept already) and keeps that value for {@link #next()}.
   *
   * @return false once the generator has finished
   */
  @Override
  boolean hasNext();

  /**
   * The generator's state, Python's {@code inspect.getgeneratorstate(gen)}.
   *
   * @return the current state
   */
  GenState state();

  /**
   * The generator or iterator this one currently delegates to through {@code Yield.from}, or null.
   * Python's {@code gi_yieldfrom}.
   *
   * @return the current delegate or null
   */
  Object yieldFrom();

  /**
   * The value the body returned, once it has finished by returning; null before that, or when it
   * finished by raising.
   *
   * @return the return value or null
   */
  R returnValue();

  /**
   * The generator's name: the interface's simple name and the method's, Python's
   * {@code __qualname__}.
   *
   * @return the qualified name, for example {@code "Averagers.averager"}
   */
  String name();

  /**
   * Returns this generator: a generator is a one-shot iterable.
   *
   * @return this
   */
  @Override
  default Iterator<Y> iterator() {
    return this;
  }

  /**
   * A sequential, ordered stream over the remaining yielded values; closing the stream closes the
   * generator. Elements may be null.
   *
   * @return a stream of the yielded values
   */
  default Stream<Y> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false)
        .onClose(this::close);
  }

  /**
   * The completion of a generator body: {@code return Gen.done(value);}. The processor turns it
   * into the generator's return (Python's {@code return value} in a generator). Called directly, it
   * gives a generator that has already finished with {@code value}.
   *
   * @param value the return value
   * @param <Y> the yield type
   * @param <S> the send type
   * @param <R> the return type
   * @return a finished generator carrying {@code value}
   */
  static <Y, S, R> Gen<Y, S, R> done(R value) {
    return new CompletedGen<>(value);
  }

  /**
   * The completion of a generator body without a value ({@code return Gen.done();}), Python's
   * bare {@code return}.
   *
   * @param <Y> the yield type
   * @param <S> the send type
   * @param <R> the return type
   * @return a finished generator whose return value is null
   */
  static <Y, S, R> Gen<Y, S, R> done() {
    return new CompletedGen<>(null);
  }
}
