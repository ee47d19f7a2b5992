package dev.stepwise.tests;

import dev.stepwise.Coro;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A coroutine body under test: how to create a fresh coroutine that logs its events to a given
 * list; whether it can also be driven by hand (it awaits nothing that needs a running loop), and
 * what to send at its k-th resumption then.
 */
final class CoroBody {
  final String name;
  final Factory factory;
  /** Creates the coroutine the reference executor runs as the oracle; {@link #factory} unless set. */
  final Factory reference;
  /** Null for a body that needs the event loop; else the values its k-th resumption sends. */
  final IntFunction<Object> sender;
  /** Whether cancelling its task at a time on the virtual clock gives one outcome (no real thread races it). */
  final boolean timedCancels;

  /** Creates the coroutine (a body may declare checked exceptions). */
  @FunctionalInterface
  interface Factory {
    Coro<?> create(List<String> log) throws Exception;
  }

  private CoroBody(String name, Factory factory, Factory reference, IntFunction<Object> sender) {
    this(name, factory, reference, sender, true);
  }

  private CoroBody(String name, Factory factory, Factory reference, IntFunction<Object> sender, boolean timedCancels) {
    this.name = name;
    this.factory = factory;
    this.reference = reference;
    this.sender = sender;
    this.timedCancels = timedCancels;
  }

  /**
   * This body without the scripts that cancel its task at a time on the virtual clock: it waits
   * for a real thread, and the virtual clock jumps to the cancellation's deadline while it waits.
   */
  CoroBody withoutTimedCancels() {
    return new CoroBody(name, factory, reference, sender, false);
  }

  /** A body that runs only on the event loop (it awaits tasks, futures or timed sleeps). */
  static CoroBody onLoop(String name, Factory factory) {
    return new CoroBody(name, factory, factory, null);
  }

  /**
   * A body that awaits only coroutines, ticks and {@code sleep(0)}: it runs on the event loop and
   * is driven by hand too, its k-th resumption (k = 1, 2, ...) being {@code send(sender.apply(k))}.
   */
  static CoroBody byHand(String name, IntFunction<Object> sender, Factory factory) {
    return new CoroBody(name, factory, factory, sender);
  }

  /**
   * Like {@link #byHand}, with the reference executor running {@code reference} instead: a body
   * whose original code the reference executor cannot run (see {@code WithCoros}).
   */
  static CoroBody byHand(String name, IntFunction<Object> sender, Factory factory, Factory reference) {
    return new CoroBody(name, factory, reference, sender);
  }

  /** Like {@link #onLoop}, with the reference executor running {@code reference} instead. */
  static CoroBody onLoop(String name, Factory factory, Factory reference) {
    return new CoroBody(name, factory, reference, null);
  }

  boolean byHand() {
    return sender != null;
  }

  @Override
  public String toString() {
    return name;
  }
}
