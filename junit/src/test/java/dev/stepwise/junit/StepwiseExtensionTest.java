package dev.stepwise.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The extension, run through JUnit itself (the Platform's test kit) on the fixture tests of
 * {@link Cases}: a clean async test passes on virtual time; a leaked task, a never-awaited coroutine
 * and an exception nobody retrieved each fail theirs, saying what and where; a deadlock fails
 * rather than hangs.
 */
class StepwiseExtensionTest {
  private static final Fetcher F = FetcherSteps.INSTANCE;

  /** Fixture tests, run only through {@link #run}: Surefire does not run nested classes. */
  static class Cases {
    @AsyncTest
    void clean(TestLoop loop) {
      assertEquals("a", loop.run(F.fetch("a", 3600)));
      assertEquals(3600.0, loop.clock().now(), "an hour of virtual time");
    }

    @AsyncTest
    void leaksATask(TestLoop loop) {
      loop.run(F.startAndForget());
    }

    @AsyncTest
    void neverAwaits(TestLoop loop) {
      loop.run(F.forgetToAwait());
    }

    @AsyncTest
    void exceptionNeverRetrieved(TestLoop loop) {
      loop.run(F.failInBackground());
    }

    @AsyncTest
    void deadlocks(TestLoop loop) {
      loop.run(F.waitForever());
    }

    @AsyncTest
    void failsItself(TestLoop loop) {
      loop.run(F.fail("the test's own failure"));
    }
  }

  private static Events run(String method) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectMethod(Cases.class, method, TestLoop.class.getName()))
        .execute()
        .testEvents();
  }

  private static Predicate<String> containsAll(String... parts) {
    return text -> {
      for (String p : parts) {
        if (!text.contains(p)) {
          return false;
        }
      }
      return true;
    };
  }

  @Test
  void aCleanTestPassesOnVirtualTime() {
    run("clean").assertStatistics(s -> s.started(1).succeeded(1).failed(0))
        .assertThatEvents().haveExactly(1, event(test("clean"), finishedSuccessfully()));
  }

  @Test
  void aLeakedTaskFailsTheTestWithTheTaskDump() {
    run("leaksATask").assertStatistics(s -> s.failed(1))
        .assertThatEvents().haveExactly(1, event(test("leaksATask"), finishedWithFailure(instanceOf(AssertionError.class),
            message(containsAll("task(s) still pending when the test ended:", "coro=<coroutine object Fetcher.spin>",
                "at dev.stepwise.junit.Fetcher.spin(Fetcher.java:")))));
  }

  @Test
  void aNeverAwaitedCoroutineFailsTheTest() {
    run("neverAwaits").assertStatistics(s -> s.failed(1))
        .assertThatEvents().haveExactly(1, event(test("neverAwaits"), finishedWithFailure(instanceOf(AssertionError.class),
            message(containsAll("the loop's exception handler received: coroutine 'Fetcher.fetch' was never awaited")))));
  }

  @Test
  void anExceptionNobodyRetrievedFailsTheTest() {
    run("exceptionNeverRetrieved").assertStatistics(s -> s.failed(1))
        .assertThatEvents().haveExactly(1, event(test("exceptionNeverRetrieved"),
            finishedWithFailure(instanceOf(AssertionError.class),
                message(containsAll("the loop's exception handler received: Task exception was never retrieved")))));
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // should the detection break
  void aDeadlockedTestFailsWithTheTaskDumpInsteadOfHanging() {
    String before = System.getProperty(dev.stepwise.aio.EventLoop.STUCK_AFTER_PROPERTY);
    System.setProperty(dev.stepwise.aio.EventLoop.STUCK_AFTER_PROPERTY, "0.05");
    try {
      run("deadlocks").assertStatistics(s -> s.failed(1))
          .assertThatEvents().haveExactly(1, event(test("deadlocks"),
              finishedWithFailure(instanceOf(IllegalStateException.class), message(containsAll(
                  "The event loop is stuck", "coro=<coroutine object Fetcher.waitForever>",
                  "at dev.stepwise.junit.Fetcher.waitForever(Fetcher.java:")))));
    } finally {
      if (before == null) {
        System.clearProperty(dev.stepwise.aio.EventLoop.STUCK_AFTER_PROPERTY);
      } else {
        System.setProperty(dev.stepwise.aio.EventLoop.STUCK_AFTER_PROPERTY, before);
      }
    }
  }

  @Test
  void theTestsOwnFailureComesFirst() {
    run("failsItself").assertStatistics(s -> s.failed(1))
        .assertThatEvents().haveExactly(1, event(test("failsItself"),
            finishedWithFailure(instanceOf(IllegalStateException.class), message("the test's own failure"))));
  }
}
