package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.List;

/**
 * A generic interface whose generic method declares a type parameter of the same name.
 *
 * @param <T> the interface's type
 */
@Generator
public interface GenericShadow<T> {
  default <T> Gen<T, T, String> shadowed(List<String> log, T first) {
    T got = Yield.value(first);
    log.add("got " + got);
    return Gen.done(String.valueOf(got));
  }
}
