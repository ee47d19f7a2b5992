package dev.stepwise.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.GenState;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.VirtualClock;
import dev.stepwise.internal.ReferenceAsyncGen;
import dev.stepwise.internal.ReferenceCoro;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential oracle for {@code @AsyncGenerator} bodies ({@link AsyncGenBodies}, in
 * {@code dev.stepwise.tests.asyncgens}): each body is driven under every script by a driver
 * coroutine on {@code Aio.run} with a virtual clock, once as the generated state machine and once
 * on the reference executor (the original default method on a thread of its own), and the two
 * traces (the body's log interleaved with every operation's outcome, the generator's state and
 * the loop's time, and what reaches the loop's exception handler) must be identical.
 *
 * <p>Scripts ({@link AsyncGenScript}): anext() to the end; anext() then asend of the body's values
 * to the end; async for in a {@code @Coroutine}; asend of a value first; each operation's awaitable
 * awaited twice; for every suspension point k (a yield; 0 is before the first anext) the body
 * reaches when sent its values: aclose() at k, athrow() at k of an exception the bodies catch
 * ({@code Caught}), of one they mostly do not ({@link Injected}) and of GeneratorExit, athrow()
 * then aclose(), a second anext() and an aclose() while an anext() task runs, and the generator
 * left open for Aio.run's shutdown to close; the driving task cancelled at times on the virtual
 * clock (while sending to the end, and while aclose() runs finally blocks); seeded random mixes;
 * the run on a loop in debug mode, which must be the run without it; for bodies that start other
 * asynchronous generators, the generator on one executor and what its body creates on the other.
 * Bodies whose awaits need no loop are also driven by hand ({@link AsyncGenByHand}): each
 * operation's coroutine sent null until it ends, with an exception thrown into it, or it closed,
 * or other operations started, at chosen hand-ups. After a script the driver acloses what is left
 * open, so that no reference thread is left behind (checked).
 *
 * <p>The executor is chosen by the system property {@code stepwise.executor} when a Steps method
 * is called; it stays set for the whole run, so that the generators and coroutines a reference
 * body creates run on the reference executor too. The driver is the same reference coroutine on
 * both sides.
 *
 * <p>Aio.run's shutdown closes the generators left open in the order of their first operation,
 * skipping one that another is delegating to (its delegator closes it), so the scripts that leave
 * a body open are compared too.
 */
class AsyncGenDifferentialTest {
  private static final String EXECUTOR = "stepwise.executor";
  private static final int RANDOM_SCRIPTS = 4;
  /** Hand-ups per body where a by-hand script throws into or closes the operation. */
  private static final int HAND_POINTS = 5;
  private static final int HAND_RANDOM_SCRIPTS = 2;
  /** When the driving task is cancelled, on the virtual clock. */
  private static final double[] CANCEL_TIMES = {0, 0.1, 0.25, 0.5, 1.0};
  /** A run that takes longer than this hangs. */
  private static final Duration RUN_LIMIT = Duration.ofSeconds(20);

  /**
   * Known differences and crashes, kept out of the run (their tests are reported as skipped with
   * the reason): body name (or "*" for every body), script name (or "*" for every script), then
   * what is expected vs what happens. Each was reported to the runtime/processor owners; remove
   * the line once it is fixed.
   */
  static final List<String[]> KNOWN_DIFFERENCES = List.<String[]>of(
      // Precision of a debug loop's never-awaited report: the reference executor names the exact
      // line from the body thread's stack (here the helper default method Awaits.java:14 that
      // created the coroutine, and EdgeAgens.java:50), the state machine the line where the
      // body's current state begins (EdgeAgens.java:48 for both), as it does for coroutines. Exact
      // lines need the generated-to-source line map that stack-trace mapping will bring.
      new String[] {"EdgeAgens.coroutinesNeverAwaited", AsyncGenScript.DEBUG_LOOP,
          "debug loop: the state machine reports the line where the current state begins (EdgeAgens.java:48),"
              + " the reference executor the exact creating line (Awaits.java:14, EdgeAgens.java:50)"});

  @TestFactory
  List<DynamicContainer> stateMachineMatchesReferenceExecutor() throws Exception {
    List<DynamicContainer> containers = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<AsyncGenBody> bodies = AsyncGenBodies.all();
    assertTrue(bodies.size() >= 30, "at least 30 asynchronous generator bodies: " + bodies.size());
    for (AsyncGenBody body : bodies) {
      assertTrue(names.add(body.name), "two bodies named " + body.name);
      List<DynamicTest> tests = new ArrayList<>();
      for (AsyncGenScript script : scripts(body)) {
        tests.add(DynamicTest.dynamicTest(script.name, () -> compare(body, script)));
      }
      containers.add(DynamicContainer.dynamicContainer(body.name, tests));
    }
    return containers;
  }

  private static String known(AsyncGenBody body, AsyncGenScript script) {
    for (String[] k : KNOWN_DIFFERENCES) {
      if ((k[0].equals("*") || k[0].equals(body.name)) && (k[1].equals("*") || k[1].equals(script.name))) {
        return k[2];
      }
    }
    return null;
  }

  private static List<AsyncGenScript> scripts(AsyncGenBody body) throws Exception {
    List<AsyncGenScript> scripts = new ArrayList<>();
    scripts.add(AsyncGenScript.iterate());
    scripts.add(AsyncGenScript.send());
    scripts.add(AsyncGenScript.asyncFor());
    scripts.add(AsyncGenScript.asendFirst());
    scripts.add(AsyncGenScript.reuseAwaitables());
    scripts.add(AsyncGenScript.debugLoop());
    if (body.opensOthers) {
      scripts.add(AsyncGenScript.mixedExecutors());
    }
    int points = suspensionPoints(body);
    for (int k = 0; k <= points; k++) {
      scripts.add(AsyncGenScript.acloseAt(k));
      scripts.add(AsyncGenScript.athrowAt(k, true));
      scripts.add(AsyncGenScript.athrowAt(k, false));
      if (k > 0) {
        scripts.add(AsyncGenScript.athrowThenAcloseAt(k));
      }
      scripts.add(AsyncGenScript.athrowGeneratorExitAt(k));
      scripts.add(AsyncGenScript.overlapAt(k));
      if (k > 0) {
        scripts.add(AsyncGenScript.leftOpenAt(k));
      }
    }
    for (double at : CANCEL_TIMES) {
      scripts.add(AsyncGenScript.cancelledAt(at, AsyncGenScript.send()));
      scripts.add(AsyncGenScript.cancelledAt(at, AsyncGenScript.acloseAt(1)));
    }
    for (int i = 0; i < RANDOM_SCRIPTS; i++) {
      scripts.add(AsyncGenScript.random(body.name.hashCode() * 31L + i));
    }
    if (body.byHand) {
      scripts.addAll(byHandScripts(body));
    }
    return scripts;
  }

  /**
   * The scripts that drive the body's operations by hand: to the end; at up to
   * {@link #HAND_POINTS} hand-ups spread over the run, an exception thrown into the operation or
   * the operation closed, and at a few of them a CancelledError or other operations started
   * meanwhile; seeded random mixes.
   */
  private static List<AsyncGenScript> byHandScripts(AsyncGenBody body) throws Exception {
    List<AsyncGenScript> scripts = new ArrayList<>();
    scripts.add(AsyncGenByHand.send());
    List<int[]> points = new ArrayList<>();
    if (known(body, AsyncGenByHand.send()) == null) {
      AsyncGenByHand.HandDriver d = byHand(body, true, new Trace(), AsyncGenByHand.send());
      for (int op = 0; op < d.handUps.size(); op++) {
        for (int step = 1; step <= d.handUps.get(op); step++) {
          points.add(new int[] {op, step});
        }
      }
    }
    int n = Math.min(HAND_POINTS, points.size());
    for (int i = 0; i < n; i++) {
      int[] p = points.get(i * points.size() / n);
      scripts.add(AsyncGenByHand.at(p[0], p[1], AsyncGenByHand.Action.THROW));
      scripts.add(AsyncGenByHand.at(p[0], p[1], AsyncGenByHand.Action.CLOSE));
      if (i % 3 == 0) {
        scripts.add(AsyncGenByHand.at(p[0], p[1], AsyncGenByHand.Action.CANCEL));
        scripts.add(AsyncGenByHand.at(p[0], p[1], AsyncGenByHand.Action.OVERLAP));
      }
    }
    for (int i = 0; i < HAND_RANDOM_SCRIPTS; i++) {
      scripts.add(AsyncGenByHand.random(body.name.hashCode() * 17L + i));
    }
    return scripts;
  }

  /** How many values the body yields on the reference executor when sent its values to the end. */
  private static int suspensionPoints(AsyncGenBody body) throws Exception {
    if (known(body, AsyncGenScript.send()) != null) {
      return 0;
    }
    Trace trace = new Trace();
    return run(body, true, trace, AsyncGenScript.send());
  }

  private static Set<Thread> referenceThreads() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] all = new Thread[root.activeCount() + 64];
    int n = root.enumerate(all, true);
    Set<Thread> threads = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Thread t = all[i];
      if (t.isAlive() && t.getName().startsWith("stepwise-reference-")) {
        threads.add(t);
      }
    }
    return threads;
  }

  private static void compare(AsyncGenBody body, AsyncGenScript script) throws Exception {
    String difference = known(body, script);
    Assumptions.assumeTrue(difference == null, () -> "known difference: " + difference);
    String what = body.name + ", " + script.name;
    if (script.mixed) {
      compareMixed(body, script, what);
      return;
    }
    Set<Thread> before = referenceThreads();
    Trace expected = new Trace();
    Assertions.assertTimeoutPreemptively(RUN_LIMIT, () -> run(body, true, expected, script), what + ": reference run hangs");
    Set<Thread> left = referenceThreads();
    left.removeAll(before);
    assertEquals(Set.of(), left, what + ": reference threads left running\n" + expected.text());
    Trace actual = new Trace();
    Assertions.assertTimeoutPreemptively(RUN_LIMIT, () -> run(body, false, actual, script), what + ": state machine run hangs");
    assertTrue(actual.lines.size() >= 2, what + ": the state machine's trace is trivial:\n" + actual.text());
    assertEquals(expected.text(), actual.text(), what);
    if (script.debug) {
      // Debug mode only adds where never-awaited coroutines were created: otherwise the run is the
      // same as on a loop without it.
      Trace plain = new Trace();
      Assertions.assertTimeoutPreemptively(RUN_LIMIT, () -> run(body, true, plain, AsyncGenScript.send()), what + ": hangs");
      assertEquals(plain.text(), expected.text().replaceAll("; created at [^\\n]*", ""), what + ": debug mode changes the run");
    }
  }

  /**
   * The generator on one executor and everything its body creates on the other, both ways: the
   * traces must be those of the reference executor alone.
   */
  private static void compareMixed(AsyncGenBody body, AsyncGenScript script, String what) throws Exception {
    Set<Thread> before = referenceThreads();
    Trace expected = new Trace();
    Assertions.assertTimeoutPreemptively(RUN_LIMIT, () -> run(body, true, expected, AsyncGenScript.send()), what + ": hangs");
    Trace referenceOuter = new Trace();
    Assertions.assertTimeoutPreemptively(RUN_LIMIT, () -> run(body, true, referenceOuter, script), what + ": hangs");
    Trace machineOuter = new Trace();
    Assertions.assertTimeoutPreemptively(RUN_LIMIT, () -> run(body, false, machineOuter, script), what + ": hangs");
    Set<Thread> left = referenceThreads();
    left.removeAll(before);
    assertEquals(Set.of(), left, what + ": reference threads left running");
    assertEquals(expected.text(), referenceOuter.text(), what + ": the generator on the reference executor, what it creates as state machines");
    assertEquals(expected.text(), machineOuter.text(), what + ": the generator as a state machine, what it creates on the reference executor");
  }

  /** Records what reaches the running loop's exception handler. */
  private static void handExceptionsTo(Trace trace) {
    EventLoop.running().setExceptionHandler((loop, context) -> trace.note("loop exception handler: "
        + context.get("message") + (context.get("exception") instanceof Throwable
            ? " " + Trace.describe((Throwable) context.get("exception")) : "")));
  }

  /** The frame behind a generator handle, to check which executor made it. */
  private static Object frameOf(AsyncGen<?, ?, ?> gen) throws ReflectiveOperationException {
    Field f = gen.getClass().getDeclaredField("frame");
    f.setAccessible(true);
    return f.get(gen);
  }

  /**
   * Runs {@code script} on a fresh generator of {@code body}, created by the chosen executor, from
   * a driver coroutine on a loop with a virtual clock; returns how many values it yielded.
   */
  @SuppressWarnings("unchecked")
  private static int run(AsyncGenBody body, boolean reference, Trace trace, AsyncGenScript script) throws Exception {
    if (script instanceof AsyncGenByHand.HandScript) {
      return byHand(body, reference, trace, script).yields();
    }
    String saved = System.getProperty(EXECUTOR);
    if (reference) {
      System.setProperty(EXECUTOR, "reference");
    } else {
      System.clearProperty(EXECUTOR);
    }
    try {
      AsyncGen<Object, Object, Object> gen = (AsyncGen<Object, Object, Object>) body.factory.create(trace.lines);
      assertEquals(reference, frameOf(gen) instanceof ReferenceAsyncGen, "executor of " + frameOf(gen).getClass().getName());
      if (script.mixed) {
        // What the body creates from now on (generators, coroutines) runs on the other executor.
        if (reference) {
          System.clearProperty(EXECUTOR);
        } else {
          System.setProperty(EXECUTOR, "reference");
        }
      }
      AsyncGenScript.Driver d = new AsyncGenScript.Driver(gen, body, trace);
      Coro<Object> driver = new ReferenceCoro<Object>("AsyncGenDifferentialTest.driver", () -> {
        if (script.debug) {
          EventLoop.running().setDebug(true);
          EventLoop.running().setSlowCallbackDuration(1e9);
        }
        handExceptionsTo(trace);
        try {
          script.run(d);
        } finally {
          if (!d.leaveOpen) {
            d.finish();
          }
        }
        return Coro.done(null);
      });
      try {
        Aio.run(driver, new VirtualClock());
      } catch (Throwable t) {
        trace.note("Aio.run raised " + Trace.describe(t));
      }
      trace.note("after Aio.run: state " + gen.state() + ", returnValue " + Trace.show(gen.returnValue()));
      if (gen.state() != GenState.CLOSED) {
        // What Aio.run could not close (a body that ignores GeneratorExit) is finished on a loop of its own.
        trace.note("on a new loop:");
        Aio.run(new ReferenceCoro<Object>("AsyncGenDifferentialTest.cleanup", () -> {
          handExceptionsTo(trace);
          d.finish();
          return Coro.done(null);
        }), new VirtualClock());
      }
      trace.note("state " + gen.state() + ", returnValue " + Trace.show(gen.returnValue()));
      return d.yields();
    } finally {
      if (saved == null) {
        System.clearProperty(EXECUTOR);
      } else {
        System.setProperty(EXECUTOR, saved);
      }
    }
  }


  /** Runs a by-hand script on a fresh generator of {@code body}, on the calling thread, with no loop. */
  @SuppressWarnings("unchecked")
  private static AsyncGenByHand.HandDriver byHand(AsyncGenBody body, boolean reference, Trace trace, AsyncGenScript script)
      throws Exception {
    String saved = System.getProperty(EXECUTOR);
    if (reference) {
      System.setProperty(EXECUTOR, "reference");
    } else {
      System.clearProperty(EXECUTOR);
    }
    try {
      AsyncGen<Object, Object, Object> gen = (AsyncGen<Object, Object, Object>) body.factory.create(trace.lines);
      assertEquals(reference, frameOf(gen) instanceof ReferenceAsyncGen, "executor of " + frameOf(gen).getClass().getName());
      AsyncGenByHand.HandDriver d = new AsyncGenByHand.HandDriver(gen, body, trace);
      try {
        script.run(d);
      } catch (Throwable t) {
        trace.note("script raised " + Trace.describe(t));
      } finally {
        d.cleanup();
      }
      trace.note("state " + gen.state() + ", returnValue " + Trace.show(gen.returnValue()));
      return d;
    } finally {
      if (saved == null) {
        System.clearProperty(EXECUTOR);
      } else {
        System.setProperty(EXECUTOR, saved);
      }
    }
  }
}
