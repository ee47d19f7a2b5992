package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.ArrayList;
import java.util.List;

/**
 * F8: a generic interface with a bounded type parameter, and generic generator methods.
 *
 * @param <E> the element type
 */
@Generator
public interface Generics<E extends Comparable<E>> {
  /** Yields the elements in order, remembering the largest; returns it. */
  default Gen<E, E, E> maxSoFar(List<String> log, List<E> items) {
    E max = null;
    for (E item : items) {
      if (max == null || item.compareTo(max) > 0) {
        max = item;
      }
      E replaced = Yield.value(max);
      if (replaced != null) {
        log.add("replaced by " + replaced);
        max = replaced;
      }
    }
    return Gen.done(max);
  }

  /** A generic method with its own bounded type parameter, collecting what is sent. */
  default <T extends Number> Gen<List<T>, T, Double> collect(List<String> log, T first) {
    List<T> seen = new ArrayList<>();
    seen.add(first);
    double sum = first.doubleValue();
    for (int i = 0; i < 3; i++) {
      T next = Yield.value(new ArrayList<>(seen));
      if (next != null) {
        seen.add(next);
        sum += next.doubleValue();
      }
    }
    log.add("seen " + seen);
    return Gen.done(sum);
  }

  /** A generic method delegating to the interface's generic generator. */
  default <X extends E> Gen<E, E, String> delegateGeneric(List<String> log, X a, X b) {
    E r = Yield.from(maxSoFar(log, List.<E>of(a, b)));
    return Gen.done("max " + r);
  }
}
