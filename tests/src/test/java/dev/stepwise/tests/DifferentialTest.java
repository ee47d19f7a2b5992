package dev.stepwise.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.Gen;
import dev.stepwise.GenState;
import dev.stepwise.internal.ReferenceGen;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential oracle of LOWERING.md §6: every body in {@link Bodies} runs under every script
 * on the generated state machine and on the reference executor (the original default method on
 * a thread of its own), and the two traces must be identical. Scripts: next() to the end; send of
 * values to the end; and for every suspension point k the body reaches, close() at k,
 * throwInto() at k then on to the end, and throwInto() at k followed by close() where the body
 * yields again; and a few seeded pseudo-random sequences of next, send, throwInto and close.
 */
class DifferentialTest {
  /** The executor is chosen by this system property when a generator method is called. */
  private static final String EXECUTOR = "stepwise.executor";
  /** Pseudo-random operation sequences per body, in addition to the systematic scripts. */
  private static final int RANDOM_SCRIPTS = 4;

  @TestFactory
  List<DynamicContainer> stateMachineMatchesReferenceExecutor() throws Exception {
    List<DynamicContainer> containers = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Body body : Bodies.all()) {
      assertTrue(names.add(body.name), "two bodies named " + body.name);
      List<DynamicTest> tests = new ArrayList<>();
      for (Script script : scripts(body)) {
        tests.add(DynamicTest.dynamicTest(script.name, () -> compare(body, script)));
      }
      containers.add(DynamicContainer.dynamicContainer(body.name, tests));
    }
    return containers;
  }

  private static List<Script> scripts(Body body) throws Exception {
    List<Script> scripts = new ArrayList<>();
    scripts.add(Script.iterate());
    scripts.add(Script.send());
    int points = suspensionPoints(body);
    for (int k = 1; k <= points; k++) {
      scripts.add(Script.closeAt(k));
      scripts.add(Script.throwAt(k));
      scripts.add(Script.throwThenCloseAt(k));
    }
    for (int i = 0; i < RANDOM_SCRIPTS; i++) {
      scripts.add(Script.random(body.name.hashCode() * 31L + i));
    }
    return scripts;
  }

  /** The live threads of reference generators. */
  private static Set<Thread> referenceThreads() {
    Set<Thread> threads = new HashSet<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && t.getName().startsWith("stepwise-reference-")) {
        threads.add(t);
      }
    }
    return threads;
  }

  /** How many times the body suspends on the reference executor, driven as the scripts drive it. */
  private static int suspensionPoints(Body body) throws Exception {
    Trace trace = new Trace();
    run(body, true, trace, new Script("count") {
      @Override
      void run(Gen<Object, Object, Object> gen, Body b, Trace t) {
        toEnd(gen, b, 0, true, t);
      }
    });
    return trace.yields();
  }

  private static void compare(Body body, Script script) throws Exception {
    Set<Thread> before = referenceThreads();
    Trace expected = new Trace();
    run(body, true, expected, script);
    // A finished or closed reference generator has joined its thread: none may be left behind.
    Set<Thread> left = referenceThreads();
    left.removeAll(before);
    assertEquals(Set.of(), left, body.name + ", " + script.name + ": reference threads left running");
    Trace actual = new Trace();
    run(body, false, actual, script);
    String what = body.name + ", " + script.name;
    assertTrue(actual.yields() > 0, what + ": the state machine yielded nothing:\n" + actual.text());
    assertEquals(expected.text(), actual.text(), what);
  }

  /** Runs {@code script} on a fresh generator of {@code body} created by the chosen executor. */
  @SuppressWarnings("unchecked")
  private static void run(Body body, boolean reference, Trace trace, Script script) throws Exception {
    String saved = System.getProperty(EXECUTOR);
    if (reference) {
      System.setProperty(EXECUTOR, "reference");
    } else {
      System.clearProperty(EXECUTOR);
    }
    try {
      Gen<Object, Object, Object> gen = (Gen<Object, Object, Object>) body.factory.create(trace.lines);
      assertEquals(reference, gen instanceof ReferenceGen, "executor of " + gen.getClass().getName());
      try {
        script.run(gen, body, trace);
      } finally {
        // Never leave a reference executor's thread parked: close what the script left suspended.
        for (int i = 0; i < 3 && gen.state() != GenState.CLOSED; i++) {
          trace.close("cleanup close()", gen);
        }
        assertFalse(gen.state() != GenState.CLOSED && reference, "reference generator left running");
      }
      trace.note("state " + gen.state() + ", returnValue " + Trace.show(gen.returnValue()));
    } finally {
      if (saved == null) {
        System.clearProperty(EXECUTOR);
      } else {
        System.setProperty(EXECUTOR, saved);
      }
    }
  }
}
