package dev.stepwise.tests.coroutines;

import dev.stepwise.Awaitable;
import dev.stepwise.Gen;

/**
 * An awaitable that suspends once, handing null up like {@code Aio.sleep(0)} (a task reschedules
 * itself; a driver's {@code send} sees null), and produces the value the driver sends in, or
 * {@code otherwise} when it sends null, as a task does. Bodies driven by hand receive the
 * script's values through it; a sent value of another type than {@code otherwise}'s fails with
 * a ClassCastException where the body reads it.
 *
 * @param <T> the type of the value it produces
 */
public final class Tick<T> implements Awaitable<T> {
  private final T otherwise;

  private Tick(T otherwise) {
    this.otherwise = otherwise;
  }

  /**
   * {@code await(tick(v))} suspends once and evaluates to the value sent in, or {@code v}.
   *
   * @param otherwise the value when null is sent
   * @param <T> its type
   * @return the awaitable
   */
  public static <T> Tick<T> tick(T otherwise) {
    return new Tick<>(otherwise);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Gen<?, ?, T> awaitGen() {
    return (Gen<?, ?, T>) TicksSteps.INSTANCE.tick(otherwise);
  }

  @Override
  public String toString() {
    return "tick(" + otherwise + ")";
  }
}
