package dev.stepwise.tests.agen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmokeTest {
  /** Runs the scenario on the state machines or the reference executor, returning its log. */
  private static List<String> run(boolean reference, Function<List<String>, Coro<?>> scenario) {
    List<String> log = new ArrayList<>();
    String before = System.getProperty("stepwise.executor");
    if (reference) {
      System.setProperty("stepwise.executor", "reference");
    }
    try {
      Aio.run(scenario.apply(log), new VirtualClock());
    } finally {
      if (before == null) {
        System.clearProperty("stepwise.executor");
      } else {
        System.setProperty("stepwise.executor", before);
      }
    }
    return log;
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void runsToTheEnd(boolean reference) {
    assertEquals(List.of("yield 0", "got 0", "yield 1", "got 1", "yield 2", "got 2", "finally",
        "state after loop: CLOSED", "state after aclose: CLOSED"),
        run(reference, log -> ConsumerSteps.INSTANCE.sum(log, 3, -1)));
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void breakLeavesItSuspendedAndAcloseRunsFinally(boolean reference) {
    assertEquals(List.of("yield 0", "got 0", "yield 1", "got 1", "state after loop: SUSPENDED", "finally",
        "state after aclose: CLOSED"), run(reference, log -> ConsumerSteps.INSTANCE.sum(log, 5, 1)));
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void yieldFromDelegatesToAnAsyncAndASyncGeneratorAndGetsTheirReturnValues(boolean reference) {
    assertEquals(List.of("yielded inner-1", "inner got s0", "yielded inner-2", "inner got s1", "inner finally",
        "outer: inner returned inner-result", "yielded sync-1", "sync got s2", "outer: sync returned sync-result",
        "yielded outer-end", "stopped"), run(reference, DriveSteps.INSTANCE::sendAll));
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void acloseDuringADelegationClosesTheSubgeneratorFirst(boolean reference) {
    assertEquals(List.of("yielded inner-1", "inner finally", "closed: CLOSED"),
        run(reference, DriveSteps.INSTANCE::closeMidDelegation));
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void aioRunClosesTheGeneratorsMainLeftOpenAndReportsAFailingCleanup(boolean reference) {
    List<String> log = run(reference, l -> {
      l.add("start");
      return Leftovers_MainSteps.INSTANCE.main(l);
    });
    assertEquals("start", log.get(0));
    assertEquals("main returns", log.get(1));
    // Python closes them concurrently (gathered), so only the set is fixed; the report comes last.
    assertEquals(java.util.Set.of("first finally ran", "second finally ran", "failing cleanup"),
        new java.util.HashSet<>(log.subList(2, 5)));
    assertEquals(List.of("reported: an error occurred during closing of asynchronous generator"
        + " <async_generator object Gens.failingCleanup> / cleanup failed"), log.subList(5, log.size()));
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void asyncForOverAsCompletedProducesTheOriginalFuturesInCompletionOrder(boolean reference) {
    assertEquals(List.of(
        "is original: true | done: true | result: 1",
        "is original: true | done: true | result: 2",
        "is original: true | done: true | result: 0"), run(reference, CompletionOrderSteps.INSTANCE::main));
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void athrowOfGeneratorExitDuringADelegationClosesTheDelegateThenRaisesInTheDelegator(boolean reference) {
    assertEquals(List.of("yielded inner-1", "inner finally", "athrow raised GeneratorExit", "state: CLOSED"),
        run(reference, DriveSteps.INSTANCE::throwExitMidDelegation));
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void operationsWorkOnALoopInDebugMode(boolean reference) {
    assertEquals(List.of("yield 0", "got 0", "yield 1", "got 1", "state after loop: SUSPENDED", "finally",
        "state after aclose: CLOSED"), run(reference, log -> {
          return DebugOnSteps.INSTANCE.debugThen(ConsumerSteps.INSTANCE.sum(log, 5, 1));
        }));
  }

  @org.junit.jupiter.api.Test
  void aDroppedGeneratorIsClosedOnItsLoopThreadNotOnTheCleanersThread() {
    List<String> log = new ArrayList<>();
    int rounds = Aio.run(Dropped_MainSteps.INSTANCE.main(log), new VirtualClock());
    org.junit.jupiter.api.Assertions.assertTrue(rounds < 500, "the dropped generator was never closed");
    String loopThread = log.get(0).substring("loop thread ".length());
    assertEquals(List.of("loop thread " + loopThread, "finally on " + loopThread), log);
  }
}
