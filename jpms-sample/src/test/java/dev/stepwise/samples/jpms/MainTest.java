package dev.stepwise.samples.jpms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The sample run as Surefire runs it here: on the module path, inside the named module. */
class MainTest {
  @Test
  void runsInsideTheNamedModule() {
    assertEquals("3 2 1 liftoff\nprogram module: dev.stepwise.samples.jpms\nruntime module: dev.stepwise.runtime\n",
        Main.report());
  }
}
