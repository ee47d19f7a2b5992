package dev.stepwise;

import dev.stepwise.internal.ReferenceGen;
import java.util.Iterator;

/**
 * The generator step keywords: {@code Yield.value(x)} is Python's {@code yield x} and
 * {@code Yield.from(g)} is {@code yield from g}. They may stand wherever an expression may, in the
 * body of a {@code @Generator} (or {@code @AsyncGenerator}) default method; anywhere else they are
 * a compile error at that position.
 *
 * <p>They are static methods only so that the interface compiles as plain Java: the Stepwise
 * processor replaces each one with a suspension point of the generated state machine. The one
 * place where they do run is the <em>reference executor</em> (system property
 * {@code stepwise.executor=reference}, see {@link ReferenceGen}), which runs the untransformed body
 * on a thread of its own: there a keyword suspends that thread and hands control back to the
 * caller of {@code next}/{@code send}/{@code throwInto}/{@code close}. Executed anywhere else
 * (for example without the processor), they throw {@link IllegalStateException} naming the fix.
 */
public final class Yield {
  private Yield() {}

  /**
   * Yields {@code value} to the caller and suspends; evaluates to the value the caller sends back
   * ({@code null} for {@code next()}). Python's {@code received = yield value}.
   *
   * @param value the value handed out by {@code next}/{@code send}/{@code throwInto}
   * @param <S> the type the sent value is assigned to
   * @return the value sent in on resumption
   * @throws IllegalStateException when executed outside a transformed body or a reference
   *     executor's body thread
   */
  public static <S> S value(Object value) {
    return running("Yield.value").yieldValue(value);
  }

  /**
   * Yields {@code null} and suspends; Python's bare {@code x = yield}.
   *
   * @param <S> the type the sent value is assigned to
   * @return the value sent in on resumption
   * @throws IllegalStateException when executed outside a transformed body or a reference
   *     executor's body thread
   */
  public static <S> S value() {
    return running("Yield.value").yieldValue(null);
  }

  /**
   * Delegates to another generator until it finishes, forwarding {@code send}, {@code throwInto}
   * and {@code close} to it; evaluates to its return value. Python's {@code yield from gen}.
   *
   * @param gen the subgenerator
   * @param <R> its return type
   * @return the subgenerator's return value
   * @throws IllegalStateException when executed outside a transformed body or a reference
   *     executor's body thread
   */
  public static <R> R from(Gen<?, ?, R> gen) {
    return running("Yield.from").yieldFrom(gen);
  }

  /**
   * In an asynchronous generator, delegates to another asynchronous generator until it finishes,
   * forwarding {@code asend}, {@code athrow} and {@code aclose} to it and awaiting each of its
   * steps; evaluates to its return value ({@code return AsyncGen.done(value)}). PEP 828's
   * {@code yield from} in {@code async def}, which Stepwise supports ahead of CPython 3.16.
   *
   * @param gen the asynchronous subgenerator
   * @param <R> its return type
   * @return the subgenerator's return value
   * @throws IllegalStateException when executed outside a transformed body or a reference
   *     executor's body thread
   */
  public static <R> R from(AsyncGen<?, ?, R> gen) {
    return running("Yield.from").yieldFrom(gen);
  }

  /**
   * Yields every element of an iterator; evaluates to null, or to the value of a
   * {@link StopIteration} its {@code next()} throws. Python's {@code yield from iterator}.
   *
   * @param iterator the elements to yield
   * @param <R> the type the result is assigned to
   * @return null, or the value the iterator ended with
   * @throws IllegalStateException when executed outside a transformed body or a reference
   *     executor's body thread
   */
  public static <R> R from(Iterator<?> iterator) {
    return running("Yield.from").yieldFrom(iterator);
  }

  /**
   * Yields every element of an iterable; Python's {@code yield from iterable}.
   *
   * @param iterable the elements to yield
   * @param <R> the type the result is assigned to
   * @return null, or the value its iterator ended with
   * @throws IllegalStateException when executed outside a transformed body or a reference
   *     executor's body thread
   */
  public static <R> R from(Iterable<?> iterable) {
    return running("Yield.from").yieldFrom(iterable);
  }

  /** The reference body (generator or async generator) on this thread; else the "not transformed" error. */
  private static dev.stepwise.internal.YieldingBody running(String keyword) {
    dev.stepwise.internal.YieldingBody gen = dev.stepwise.internal.YieldingBody.current();
    if (gen == null) {
      throw notTransformed(keyword);
    }
    return gen;
  }

  static IllegalStateException notTransformed(String keyword) {
    return new IllegalStateException(
        keyword + " was executed directly: the method was not transformed by the Stepwise"
            + " processor. Put dev.stepwise:stepwise-processor on the compiler's"
            + " annotationProcessorPaths and annotate the interface or method with @Generator.");
  }
}
