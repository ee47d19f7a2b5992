package dev.stepwise.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.Gen;
import dev.stepwise.GenState;
import dev.stepwise.StopIteration;
import dev.stepwise.Yield;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The reference executor's own contract: threads, routing, hand-off, the mode switch. */
class ReferenceGenTest {

  private static ReferenceGen<Object, Object, Object> gen(
      String name, java.util.concurrent.Callable<Gen<Object, Object, Object>> body) {
    return new ReferenceGen<>(name, body);
  }

  @Test
  void bodyRunsOnItsOwnDaemonThreadOnlyFromTheFirstResume() {
    AtomicReference<Thread> bodyThread = new AtomicReference<>();
    ReferenceGen<Object, Object, Object> g = gen("Averagers.averager", () -> {
      bodyThread.set(Thread.currentThread());
      Yield.value(1);
      return Gen.done();
    });
    assertNull(g.bodyThread(), "no thread before the first resume");
    assertNull(bodyThread.get());
    assertEquals(1, g.next());
    Thread t = bodyThread.get();
    assertNotSame(Thread.currentThread(), t);
    assertSame(t, g.bodyThread());
    assertEquals("stepwise-reference-Averagers.averager", t.getName());
    assertTrue(t.isDaemon(), "an abandoned generator must not keep the JVM alive");
    assertTrue(t.isAlive(), "parked at the yield");
    g.close();
  }

  @Test
  void closingLeavesNoThreadBehind() {
    AtomicReference<Thread> bodyThread = new AtomicReference<>();
    List<String> log = new ArrayList<>();
    ReferenceGen<Object, Object, Object> g = gen("g", () -> {
      bodyThread.set(Thread.currentThread());
      try {
        Yield.value(1);
        Yield.value(2);
      } finally {
        log.add("finally");
      }
      return Gen.done();
    });
    g.next();
    g.close();
    assertEquals(List.of("finally"), log);
    assertFalse(bodyThread.get().isAlive(), "the body thread has ended when close() returns");
  }

  @Test
  void finishingOrRaisingLeavesNoThreadBehind() {
    AtomicReference<Thread> returned = new AtomicReference<>();
    ReferenceGen<Object, Object, Object> g = gen("g", () -> {
      returned.set(Thread.currentThread());
      Yield.value(1);
      return Gen.done("r");
    });
    g.next();
    StopIteration stop = assertThrows(StopIteration.class, g::next);
    assertEquals("r", stop.value());
    assertFalse(returned.get().isAlive());

    AtomicReference<Thread> raised = new AtomicReference<>();
    ReferenceGen<Object, Object, Object> h = gen("h", () -> {
      raised.set(Thread.currentThread());
      throw new ArithmeticException("raised");
    });
    assertEquals("raised", assertThrows(ArithmeticException.class, h::next).getMessage());
    assertFalse(raised.get().isAlive());
  }

  @Test
  void closingAnUnstartedGeneratorStartsNoThread() {
    ReferenceGen<Object, Object, Object> g = gen("g", () -> {
      throw new AssertionError("the body must not run");
    });
    g.close();
    assertNull(g.bodyThread());
    assertEquals(GenState.CLOSED, g.state());
  }

  @Test
  void theBodysExceptionIsRethrownUnchangedOnTheResumersThread() {
    IllegalStateException boom = new IllegalStateException("boom");
    ReferenceGen<Object, Object, Object> g = gen("g", () -> {
      Yield.value(1);
      throw boom;
    });
    g.next();
    assertSame(boom, assertThrows(IllegalStateException.class, g::next));
    assertEquals(GenState.CLOSED, g.state());
  }

  @Test
  void theBodysWritesAreVisibleToTheResumerAndViceVersa() {
    int[] shared = new int[1]; // plain, unsynchronized: the hand-off must order the accesses
    ReferenceGen<Object, Object, Object> g = gen("g", () -> {
      for (int i = 0; i < 1000; i++) {
        shared[0] += 1;
        Yield.value(shared[0]);
      }
      return Gen.done();
    });
    for (int i = 0; i < 1000; i++) {
      assertEquals(2 * i + 1, g.next());
      shared[0] += 1;
    }
    assertThrows(StopIteration.class, g::next);
    assertEquals(2000, shared[0]);
  }

  @Test
  void aBodyThatDoesNotEndWithGenDoneIsAnError() {
    Gen<Object, Object, Object> other = Gen.done();
    ReferenceGen<Object, Object, Object> g = gen("Foo.bar", () -> new ReferenceGen<>("x", () -> other));
    IllegalStateException e = assertThrows(IllegalStateException.class, g::next);
    assertTrue(e.getMessage().startsWith(
        "generator body 'Foo.bar' must end with 'return Gen.done(...)', but it returned"), e.getMessage());
    assertEquals(GenState.CLOSED, g.state());

    ReferenceGen<Object, Object, Object> n = gen("Foo.nul", () -> null);
    assertTrue(assertThrows(IllegalStateException.class, n::next).getMessage().endsWith("returned null"));
  }

  @Test
  void keywordsOutsideABodyThreadKeepTheNotTransformedError() {
    IllegalStateException value = assertThrows(IllegalStateException.class, () -> Yield.value(1));
    assertTrue(value.getMessage().startsWith("Yield.value was executed directly: the method was not"
        + " transformed by the Stepwise processor."), value.getMessage());
    IllegalStateException from = assertThrows(IllegalStateException.class, () -> Yield.from(List.of()));
    assertTrue(from.getMessage().startsWith("Yield.from was executed directly"), from.getMessage());
    assertNull(ReferenceGen.current());
  }

  @Test
  void aKeywordOnAThreadStartedByTheBodyIsNotRouted() {
    AtomicReference<Throwable> seen = new AtomicReference<>();
    ReferenceGen<Object, Object, Object> g = gen("g", () -> {
      Thread helper = new Thread(() -> {
        try {
          Yield.value("from helper");
        } catch (Throwable t) {
          seen.set(t);
        }
      });
      helper.start();
      helper.join();
      Yield.value("from body");
      return Gen.done();
    });
    assertEquals("from body", g.next());
    assertTrue(seen.get() instanceof IllegalStateException);
    assertTrue(seen.get().getMessage().startsWith("Yield.value was executed directly"));
    g.close();
  }

  @Test
  void anotherGeneratorsKeywordMethodRefusesTheWrongThread() {
    ReferenceGen<Object, Object, Object> idle = gen("idle", () -> Gen.done());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> idle.yieldValue(1));
    assertTrue(e.getMessage().startsWith("a step keyword of 'idle' ran on thread"), e.getMessage());
  }

  @Test
  void currentIsTheGeneratorWhoseBodyRunsOnThisThread() {
    AtomicReference<Object> seen = new AtomicReference<>();
    ReferenceGen<Object, Object, Object> g = gen("g", () -> {
      seen.set(ReferenceGen.current());
      return Gen.done();
    });
    assertThrows(StopIteration.class, g::next);
    assertSame(g, seen.get());
  }

  @Test
  void reentryFromTheBodyThreadIsGeneratorAlreadyExecuting() {
    AtomicReference<Gen<Object, Object, Object>> self = new AtomicReference<>();
    ReferenceGen<Object, Object, Object> g = gen("g", () -> {
      try {
        self.get().next();
      } catch (IllegalStateException e) {
        Yield.value(e.getMessage());
      }
      return Gen.done();
    });
    self.set(g);
    assertEquals("generator already executing", g.next());
    g.close();
  }

  @Test
  void anInterruptOfTheResumerDoesNotBreakTheHandOffAndIsKept() {
    ReferenceGen<Object, Object, Object> g = gen("g", () -> {
      Yield.value(Thread.currentThread().isInterrupted());
      return Gen.done("done");
    });
    Thread.currentThread().interrupt();
    try {
      assertEquals(false, g.next(), "the body thread is not interrupted");
      assertTrue(Thread.currentThread().isInterrupted(), "the resumer keeps its interrupt");
      assertEquals("done", assertThrows(StopIteration.class, g::next).value());
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void nameAndToString() {
    ReferenceGen<Object, Object, Object> g = gen("Averagers.averager", () -> Gen.done());
    assertEquals("Averagers.averager", g.name());
    assertEquals("<generator object Averagers.averager>", g.toString());
    assertThrows(NullPointerException.class, () -> new ReferenceGen<>(null, () -> Gen.done()));
    assertThrows(NullPointerException.class, () -> new ReferenceGen<>("n", null));
  }

  @Test
  void enabledReadsTheSystemPropertyOnEveryCall() {
    String before = System.getProperty(ReferenceGen.EXECUTOR_PROPERTY);
    try {
      System.clearProperty("stepwise.executor");
      assertFalse(ReferenceGen.enabled(), "the state machine is the default");
      System.setProperty("stepwise.executor", "reference");
      assertTrue(ReferenceGen.enabled());
      System.setProperty("stepwise.executor", "statemachine");
      assertFalse(ReferenceGen.enabled());
    } finally {
      if (before == null) {
        System.clearProperty("stepwise.executor");
      } else {
        System.setProperty("stepwise.executor", before);
      }
    }
  }
}
