package dev.stepwise.tests.agen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void runsToTheEnd() {
    List<String> log = new ArrayList<>();
    assertEquals(3, Aio.run(ConsumerSteps.INSTANCE.sum(log, 3, -1), new VirtualClock()));
    assertEquals(List.of("yield 0", "got 0", "yield 1", "got 1", "yield 2", "got 2", "finally",
        "state after loop: CLOSED", "state after aclose: CLOSED"), log);
  }

  @Test
  void breakLeavesItSuspendedAndAcloseRunsFinally() {
    List<String> log = new ArrayList<>();
    assertEquals(1, Aio.run(ConsumerSteps.INSTANCE.sum(log, 5, 1), new VirtualClock()));
    assertEquals(List.of("yield 0", "got 0", "yield 1", "got 1", "state after loop: SUSPENDED", "finally",
        "state after aclose: CLOSED"), log);
  }
}
