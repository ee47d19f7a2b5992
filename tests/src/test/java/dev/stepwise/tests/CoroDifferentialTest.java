package dev.stepwise.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.Coro;
import dev.stepwise.GenState;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Task;
import dev.stepwise.aio.VirtualClock;
import dev.stepwise.internal.CoroFrame;
import dev.stepwise.internal.ReferenceCoro;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential oracle for {@code @Coroutine} bodies ({@link CoroBodies}): each runs as the main
 * coroutine of {@code Aio.run} on a virtual clock, once as the generated state machine and once on
 * the reference executor (the original default method on a thread of its own), and the two
 * traces (the body's log, then its result or exception) must be identical. Bodies that await
 * nothing that needs a loop are also driven by hand, as the generator scripts drive generators:
 * send to the end, and for every suspension point k the body reaches, close() at k, throwInto()
 * of an exception and of a CancelledError at k, throwInto() then close(), and seeded random
 * sequences. On the loop, the task running a body is also cancelled at a series of times on the
 * virtual clock, and the cancellation's outcome is part of the trace.
 *
 * <p>The executor is chosen by the system property {@code stepwise.executor} when a Steps method
 * is called; it stays set for the whole run, so that the coroutines a reference body creates
 * (those it awaits, ticks, context managers) run on the reference executor too.
 */
class CoroDifferentialTest {
  private static final String EXECUTOR = "stepwise.executor";
  private static final int RANDOM_SCRIPTS = 3;
  /**
   * When the task running a body is cancelled, on the virtual clock: at its first suspension, at
   * deadlines the bodies' sleeps share (the canceller's timer is older, so it runs first) and
   * between them.
   */
  private static final double[] CANCEL_TIMES = {0, 0.3, 0.75, 1.0, 1.6, 2.05, 2.5};

  @TestFactory
  List<DynamicContainer> stateMachineMatchesReferenceExecutor() throws Exception {
    List<DynamicContainer> containers = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<CoroBody> bodies = CoroBodies.all();
    assertTrue(bodies.size() >= 20, "at least 20 coroutine bodies: " + bodies.size());
    for (CoroBody body : bodies) {
      assertTrue(names.add(body.name), "two bodies named " + body.name);
      List<DynamicTest> tests = new ArrayList<>();
      tests.add(DynamicTest.dynamicTest("on the event loop", () -> compareOnLoop(body, -1)));
      for (double at : body.timedCancels ? CANCEL_TIMES : new double[0]) {
        tests.add(DynamicTest.dynamicTest("task cancelled at t=" + at, () -> compareOnLoop(body, at)));
      }
      if (body.byHand()) {
        for (CoroScript script : scripts(body)) {
          tests.add(DynamicTest.dynamicTest(script.name, () -> compareByHand(body, script)));
        }
      }
      containers.add(DynamicContainer.dynamicContainer(body.name, tests));
    }
    return containers;
  }

  private static List<CoroScript> scripts(CoroBody body) throws Exception {
    List<CoroScript> scripts = new ArrayList<>();
    scripts.add(CoroScript.send());
    int points = suspensionPoints(body);
    assertTrue(points > 0, body.name + " never suspends when driven by hand");
    for (int k = 1; k <= points; k++) {
      scripts.add(CoroScript.closeAt(k));
      scripts.add(CoroScript.throwAt(k));
      scripts.add(CoroScript.cancelAt(k));
      scripts.add(CoroScript.throwThenCloseAt(k));
    }
    for (int i = 0; i < RANDOM_SCRIPTS; i++) {
      scripts.add(CoroScript.random(body.name.hashCode() * 31L + i));
    }
    return scripts;
  }

  /** How many times the body suspends on the reference executor when sent its values to the end. */
  private static int suspensionPoints(CoroBody body) throws Exception {
    Trace trace = new Trace();
    byHand(body, true, trace, CoroScript.send());
    return trace.yields();
  }

  private static Set<Thread> referenceThreads() {
    Set<Thread> threads = new HashSet<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && t.getName().startsWith("stepwise-reference-")) {
        threads.add(t);
      }
    }
    return threads;
  }

  /** Runs the body as a task on both executors; cancels the task at {@code cancelAt} unless it is negative. */
  private static void compareOnLoop(CoroBody body, double cancelAt) throws Exception {
    String what = body.name + (cancelAt < 0 ? ", on the event loop" : ", task cancelled at t=" + cancelAt);
    Set<Thread> before = referenceThreads();
    Trace expected = new Trace();
    onLoop(body, true, expected, cancelAt);
    assertNoThreadLeft(before, what);
    Trace actual = new Trace();
    onLoop(body, false, actual, cancelAt);
    assertTrue(actual.lines.size() >= 3, what + ": the state machine's trace is trivial:\n" + actual.text());
    assertEquals(expected.text(), actual.text(), what);
  }

  private static void compareByHand(CoroBody body, CoroScript script) throws Exception {
    Set<Thread> before = referenceThreads();
    Trace expected = new Trace();
    byHand(body, true, expected, script);
    assertNoThreadLeft(before, body.name + ", " + script.name);
    Trace actual = new Trace();
    byHand(body, false, actual, script);
    String what = body.name + ", " + script.name;
    assertTrue(actual.yields() > 0, what + ": the state machine never suspended:\n" + actual.text());
    assertEquals(expected.text(), actual.text(), what);
  }

  /** A finished or closed reference coroutine has joined its thread: none may be left behind. */
  private static void assertNoThreadLeft(Set<Thread> before, String what) {
    Set<Thread> left = referenceThreads();
    left.removeAll(before);
    assertEquals(Set.of(), left, what + ": reference threads left running");
  }

  /** Creates the body's coroutine with the chosen executor and checks that it got that executor. */
  private static Coro<?> create(CoroBody body, boolean reference, Trace trace) throws Exception {
    Coro<?> coro = (reference ? body.reference : body.factory).create(trace.lines);
    assertTrue(coro instanceof CoroFrame, "not a coroutine: " + coro);
    assertEquals(reference, coro instanceof ReferenceCoro, "executor of " + coro.getClass().getName());
    return coro;
  }

  private static void onLoop(CoroBody body, boolean reference, Trace trace, double cancelAt) throws Exception {
    withExecutor(reference, () -> {
      Coro<?> coro = create(body, reference, trace);
      Coro<?> main = cancelAt < 0 ? coro : cancelling(coro, cancelAt, trace);
      try {
        trace.note("Aio.run -> " + Trace.show(Aio.run(main, new VirtualClock())));
      } catch (Throwable t) {
        trace.note("Aio.run raised " + Trace.describe(t));
      }
      trace.note("state " + coro.state());
    });
  }

  /**
   * A harness coroutine (the same on both executors) that runs {@code coro} as a task, cancels the
   * task at loop time {@code at} and returns what the task returns, noting how it ended.
   */
  private static Coro<Object> cancelling(Coro<?> coro, double at, Trace trace) {
    return new ReferenceCoro<>("CoroDifferentialTest.cancelling", () -> {
      EventLoop loop = EventLoop.running();
      Task<?> task = Aio.createTask(coro);
      loop.callLater(at, () -> trace.note("cancel() at t=" + loop.time() + " -> " + task.cancel()));
      try {
        return Coro.done(ReferenceCoro.current().await(task));
      } finally {
        trace.note("task cancelled " + task.cancelled() + " at t=" + loop.time());
      }
    });
  }

  private static void byHand(CoroBody body, boolean reference, Trace trace, CoroScript script) throws Exception {
    withExecutor(reference, () -> {
      Coro<?> coro = create(body, reference, trace);
      try {
        script.run(coro, body, trace);
      } finally {
        // Never leave a reference executor's thread parked: close what the script left suspended.
        for (int i = 0; i < 3 && coro.state() != GenState.CLOSED; i++) {
          trace.close("cleanup close()", coro::close);
        }
        assertFalse(coro.state() != GenState.CLOSED && reference, "reference coroutine left running");
      }
      trace.note("state " + coro.state());
    });
  }

  private interface Run {
    void run() throws Exception;
  }

  private static void withExecutor(boolean reference, Run run) throws Exception {
    String saved = System.getProperty(EXECUTOR);
    if (reference) {
      System.setProperty(EXECUTOR, "reference");
    } else {
      System.clearProperty(EXECUTOR);
    }
    try {
      run.run();
    } finally {
      if (saved == null) {
        System.clearProperty(EXECUTOR);
      } else {
        System.setProperty(EXECUTOR, saved);
      }
    }
  }
}
