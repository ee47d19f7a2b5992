package dev.stepwise.tests;

import dev.stepwise.AsyncGen;
import java.util.List;
import java.util.function.IntFunction;

/**
 * An asynchronous generator body under test: how to create a fresh generator that logs its
 * events to a given list, what {@code asend} sends at its k-th resumption (k = 1, 2, ...), and
 * which scripts apply to it.
 */
final class AsyncGenBody {
  final String name;
  final Factory factory;
  final IntFunction<Object> sender;
  /**
   * Whether the body starts other asynchronous generators (async for, Yield.from, anext by hand):
   * such a body is also run with the generators it creates on the other executor.
   */
  final boolean opensOthers;
  /**
   * Whether the body awaits only what can be driven without a loop (sleep(0) and coroutines that
   * await nothing else): its operations are then also driven by hand, with send, throwInto and
   * close on each operation's coroutine.
   */
  final boolean byHand;

  /** Creates the asynchronous generator (a body may declare checked exceptions). */
  @FunctionalInterface
  interface Factory {
    AsyncGen<?, ?, ?> create(List<String> log) throws Exception;
  }

  private AsyncGenBody(String name, IntFunction<Object> sender, Factory factory, boolean opensOthers, boolean byHand) {
    this.name = name;
    this.factory = factory;
    this.sender = sender;
    this.opensOthers = opensOthers;
    this.byHand = byHand;
  }

  /** A body whose k-th resumption by a sending script is {@code asend(sender.apply(k))}. */
  static AsyncGenBody of(String name, IntFunction<Object> sender, Factory factory) {
    return new AsyncGenBody(name, sender, factory, false, false);
  }

  /** Like {@link #of}, for a body that starts other asynchronous generators (see {@link #opensOthers}). */
  static AsyncGenBody opening(String name, IntFunction<Object> sender, Factory factory) {
    return new AsyncGenBody(name, sender, factory, true, false);
  }

  /** This body, driven by hand too (see {@link #byHand}). */
  AsyncGenBody byHand() {
    return new AsyncGenBody(name, sender, factory, opensOthers, true);
  }

  @Override
  public String toString() {
    return name;
  }
}
