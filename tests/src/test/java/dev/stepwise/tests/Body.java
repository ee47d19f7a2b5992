package dev.stepwise.tests;

import dev.stepwise.Gen;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A generator body under test: how to create a fresh generator that logs its events to a given
 * list, and (optionally) what to send at its k-th resumption.
 */
public final class Body {
  final String name;
  final Factory factory;
  final IntFunction<Object> sender;

  /** Creates the generator (a body may declare checked exceptions). */
  @FunctionalInterface
  public interface Factory {
    Gen<?, ?, ?> create(List<String> log) throws Exception;
  }

  private Body(String name, Factory factory, IntFunction<Object> sender) {
    this.name = name;
    this.factory = factory;
    this.sender = sender;
  }

  /** A body driven with {@code next()} only (its send script sends nothing but nulls). */
  public static Body of(String name, Factory factory) {
    return new Body(name, factory, null);
  }

  /** A body whose k-th resumption (k = 1, 2, ...) is {@code send(sender.apply(k))}. */
  public static Body sending(String name, IntFunction<Object> sender, Factory factory) {
    return new Body(name, factory, sender);
  }

  @Override
  public String toString() {
    return name;
  }
}
