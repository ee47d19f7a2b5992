package dev.stepwise.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.VirtualClock;
import dev.stepwise.internal.ReferenceCoro;

/**
 * Runs a twin on both executors: its {@code @Coroutine} bodies as generated state machines, then
 * on the reference executor (the original default methods on threads of their own), each time
 * against the Python program's trace.
 */
final class Twins {
  private static final String EXECUTOR = "stepwise.executor";

  private Twins() {}

  /** A program: prints to the trace it is given. */
  @FunctionalInterface
  interface Program {
    void run(Trace t) throws Exception;
  }

  /** Runs {@code program} once per executor and checks each trace against {@code <caseName>.out}. */
  static void check(String caseName, Program program) throws Exception {
    for (boolean reference : new boolean[] {false, true}) {
      String saved = System.getProperty(EXECUTOR);
      if (reference) {
        System.setProperty(EXECUTOR, "reference");
      } else {
        System.clearProperty(EXECUTOR);
      }
      Trace t = new Trace();
      try {
        program.run(t);
      } finally {
        if (saved == null) {
          System.clearProperty(EXECUTOR);
        } else {
          System.setProperty(EXECUTOR, saved);
        }
      }
      t.assertMatches(caseName, reference ? "the reference executor" : "the state machines");
    }
  }

  /**
   * Runs {@code program} on the generated state machines only and checks the trace against
   * {@code <caseName>.out}: for bodies using {@code Async.with}, which the reference executor does
   * not support.
   */
  static void checkStateMachines(String caseName, Program program) throws Exception {
    String saved = System.getProperty(EXECUTOR);
    System.clearProperty(EXECUTOR);
    Trace t = new Trace();
    try {
      program.run(t);
    } finally {
      if (saved != null) {
        System.setProperty(EXECUTOR, saved);
      }
    }
    t.assertMatches(caseName, "the state machines");
  }

  /** Python's {@code asyncio.run(main)}, on a virtual clock; checks that main has the executor asked for. */
  static <T> T run(Coro<T> main) {
    assertEquals(System.getProperty(EXECUTOR) != null, main instanceof ReferenceCoro, "executor of " + main);
    return Aio.run(main, new VirtualClock());
  }
}
