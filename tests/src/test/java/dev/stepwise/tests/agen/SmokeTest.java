package dev.stepwise.tests.agen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.VirtualClock;
import dev.stepwise.junit.AsyncTest;
import dev.stepwise.junit.StepwiseExtension;
import dev.stepwise.junit.TestLoop;
import dev.stepwise.tests.ReferenceExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Async generators end to end, each scenario on the test's {@link TestLoop} (so a scenario also
 * fails on a task left pending or an exception nobody retrieved), once on the state machines and
 * once on the reference executor; the scenario about {@code Aio.run}'s own shutdown runs it.
 */
@ExtendWith(StepwiseExtension.class)
class SmokeTest {
  /**
   * Runs the scenario on the test's loop, on the state machines or the reference executor (chosen
   * when the scenario's coroutines are created), returning its log.
   */
  private static List<String> run(TestLoop loop, boolean reference, Function<List<String>, Coro<?>> scenario) {
    List<String> log = new ArrayList<>();
    loop.run(ReferenceExecutor.created(reference, () -> scenario.apply(log)));
    return log;
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void runsToTheEnd(boolean reference, TestLoop loop) {
    assertEquals(List.of("yield 0", "got 0", "yield 1", "got 1", "yield 2", "got 2", "finally",
        "state after loop: CLOSED", "state after aclose: CLOSED"),
        run(loop, reference, log -> ConsumerSteps.INSTANCE.sum(log, 3, -1)));
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void breakLeavesItSuspendedAndAcloseRunsFinally(boolean reference, TestLoop loop) {
    assertEquals(List.of("yield 0", "got 0", "yield 1", "got 1", "state after loop: SUSPENDED", "finally",
        "state after aclose: CLOSED"), run(loop, reference, log -> ConsumerSteps.INSTANCE.sum(log, 5, 1)));
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void yieldFromDelegatesToAnAsyncAndASyncGeneratorAndGetsTheirReturnValues(boolean reference, TestLoop loop) {
    assertEquals(List.of("yielded inner-1", "inner got s0", "yielded inner-2", "inner got s1", "inner finally",
        "outer: inner returned inner-result", "yielded sync-1", "sync got s2", "outer: sync returned sync-result",
        "yielded outer-end", "stopped"), run(loop, reference, DriveSteps.INSTANCE::sendAll));
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void acloseDuringADelegationClosesTheSubgeneratorFirst(boolean reference, TestLoop loop) {
    assertEquals(List.of("yielded inner-1", "inner finally", "closed: CLOSED"),
        run(loop, reference, DriveSteps.INSTANCE::closeMidDelegation));
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void aioRunClosesTheGeneratorsMainLeftOpenAndReportsAFailingCleanup(boolean reference) {
    List<String> log = new ArrayList<>();
    log.add("start");
    Aio.run(ReferenceExecutor.created(reference, () -> Leftovers_MainSteps.INSTANCE.main(log)), new VirtualClock());
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
  void asyncForOverAsCompletedProducesTheOriginalFuturesInCompletionOrder(boolean reference, TestLoop loop) {
    assertEquals(List.of(
        "is original: true | done: true | result: 1",
        "is original: true | done: true | result: 2",
        "is original: true | done: true | result: 0"), run(loop, reference, CompletionOrderSteps.INSTANCE::main));
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void athrowOfGeneratorExitDuringADelegationClosesTheDelegateThenRaisesInTheDelegator(boolean reference, TestLoop loop) {
    assertEquals(List.of("yielded inner-1", "inner finally", "athrow raised GeneratorExit", "state: CLOSED"),
        run(loop, reference, DriveSteps.INSTANCE::throwExitMidDelegation));
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void operationsWorkOnALoopInDebugMode(boolean reference, TestLoop loop) {
    assertEquals(List.of("yield 0", "got 0", "yield 1", "got 1", "state after loop: SUSPENDED", "finally",
        "state after aclose: CLOSED"), run(loop, reference, log -> {
          return DebugOnSteps.INSTANCE.debugThen(ConsumerSteps.INSTANCE.sum(log, 5, 1));
        }));
  }

  @AsyncTest
  void aDroppedGeneratorIsClosedOnItsLoopThreadNotOnTheCleanersThread(TestLoop loop) {
    List<String> log = new ArrayList<>();
    int rounds = loop.run(Dropped_MainSteps.INSTANCE.main(log));
    org.junit.jupiter.api.Assertions.assertTrue(rounds < 500, "the dropped generator was never closed");
    String loopThread = log.get(0).substring("loop thread ".length());
    assertEquals(List.of("loop thread " + loopThread, "finally on " + loopThread), log);
  }
}
