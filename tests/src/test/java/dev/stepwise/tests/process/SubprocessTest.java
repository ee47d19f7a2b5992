package dev.stepwise.tests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stepwise.aio.Subprocess;
import dev.stepwise.junit.AsyncTest;
import dev.stepwise.junit.TestLoop;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Child processes on the loop (Python's {@code asyncio.create_subprocess_exec/_shell} and
 * {@code Process}), with {@code /bin/sh}, {@code tr}, {@code cat}, {@code sleep} and {@code true}
 * as children, each test on its {@link TestLoop} (a virtual clock, which follows real time while a
 * child lives). Unix only. Every test is bounded in time; a child that sleeps long is killed at
 * once, and no assertion depends on timing: where a test shows that the loop kept running, the
 * child waits for the loop's other task.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SubprocessTest {
  private static final Children CHILDREN = ChildrenSteps.INSTANCE;

  @BeforeAll
  static void unixOnly() {
    assumeTrue(new File("/bin/sh").canExecute(), "needs /bin/sh");
  }

  /** Every pump and writer thread ends with its pipe (they are daemons, but must not pile up). */
  @AfterEach
  void noThreadOutlivesItsPipe() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    Set<String> left;
    do {
      left = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().startsWith("stepwise-subprocess-") && t.isAlive())
          .map(t -> t.getName() + (t.isDaemon() ? "" : " (not a daemon!)"))
          .collect(Collectors.toSet());
      if (left.isEmpty()) {
        return;
      }
      Thread.sleep(10);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("threads still running: " + left);
  }

  @AsyncTest
  void linesArriveOneByOneWhileTheLoopKeepsTicking(TestLoop loop) {
    List<String> seen = loop.run(CHILDREN.linesWhileTicking());
    assertEquals(6, seen.size(), seen.toString());
    assertEquals("exit=0", seen.get(5));
    int previous = -1;
    for (int i = 0; i < 5; i++) {
      String[] parts = seen.get(i).split("@");
      assertEquals("line" + (i + 1), parts[0]);
      int ticks = Integer.parseInt(parts[1]);
      if (i > 0) {
        // The child waits for the ticker before each next line: the ticker ran while readline waited.
        assertTrue(ticks > previous, "the ticker did not run between lines: " + seen);
      }
      previous = ticks;
    }
  }

  @AsyncTest
  void waitForReturnsTheExitStatus(TestLoop loop) {
    assertEquals(Arrays.asList(null, 0, 0), loop.run(CHILDREN.exitStatus("exit 0")));
    assertEquals(Arrays.asList(null, 3, 3), loop.run(CHILDREN.exitStatus("exit 3")));
  }

  @AsyncTest
  void stdinIsPipedThroughTrAndWriteEofEndsIt(TestLoop loop) {
    assertEquals("HELLO\nWORLD\nexit=0", loop.run(CHILDREN.upperCase(List.of("hello", "world"))));
  }

  @AsyncTest
  void fourMebibytesGoThroughCatWithDrainBetweenPieces(TestLoop loop) {
    assertEquals(4L << 20, loop.run(CHILDREN.throughCat(4 << 20)));
  }

  @AsyncTest
  void communicateFeedsStdinAndCollectsBothOutputs(TestLoop loop) {
    assertEquals(List.of("HELLO\n", "", "exit=0"), loop.run(CHILDREN.communicate("tr a-z A-Z", "hello\n")));
    assertEquals(List.of("out\n", "err\n", "exit=5"),
        loop.run(CHILDREN.communicate("echo out; echo err >&2; exit 5", null)));
    // The child exits without reading 1 MiB of input: the broken pipe is ignored, as in Python.
    assertEquals(List.of("", "", "exit=0"), loop.run(CHILDREN.communicate("exit 0", "x".repeat(1 << 20))));
  }

  @AsyncTest
  void aMissingProgramRaisesAtTheAwaitWithTheIOExceptionAsCause(TestLoop loop) {
    Throwable e = loop.run(CHILDREN.missingProgram());
    assertNotNull(e, "no exception");
    assertEquals("[Errno 2] No such file or directory: 'stepwise-no-such-program-4711'", e.getMessage());
    assertInstanceOf(IOException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("stepwise-no-such-program-4711"), e.getCause().getMessage());
  }

  @AsyncTest
  void killGivesMinusNineAndAKillAfterTheEndRaisesProcessLookupError(TestLoop loop) {
    List<Object> r = loop.run(CHILDREN.signalSleeper("kill"));
    assertEquals(-9, r.get(0));
    assertTrue(String.valueOf(r.get(1)).startsWith("ProcessLookupError: process "), r.toString());
  }

  @AsyncTest
  void terminateGivesMinusFifteen(TestLoop loop) {
    assertEquals(-15, loop.run(CHILDREN.signalSleeper("terminate")).get(0));
  }

  @AsyncTest
  void otherSignalsAreSentWithKill(TestLoop loop) {
    assertEquals(-1, loop.run(CHILDREN.signalSleeper("SIGHUP")).get(0));
    assertEquals(-2, loop.run(CHILDREN.signalSleeper("int")).get(0));
  }

  @AsyncTest
  void anUnknownSignalNameIsRejected(TestLoop loop) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loop.run(CHILDREN.signalSleeper("BOGUS")));
    assertEquals("invalid signal: BOGUS", e.getMessage());
  }

  @AsyncTest
  void aChildThatExitedMakesDrainRaiseTheWriteErrorWithItsCause(TestLoop loop) {
    // The child has exited: "Broken pipe", or "Stream closed" once the JDK has closed its stdin.
    checkBroken(loop.run(CHILDREN.brokenStdin("exit 0", true)));
    // The child reads one byte and exits while we write: the OS says "Broken pipe".
    checkBroken(loop.run(CHILDREN.brokenStdin("head -c 1 >/dev/null", false)));
  }

  private static void checkBroken(List<Throwable> seen) {
    assertEquals(2, seen.size(), seen.toString());
    UncheckedIOException first = assertInstanceOf(UncheckedIOException.class, seen.get(0));
    assertTrue(first.getMessage().matches("write to stepwise-subprocess-\\d+-stdin failed: .*"), first.getMessage());
    assertNotNull(first.getCause());
    assertSame(first, seen.get(1), "a later drain raises the same error");
  }

  @AsyncTest
  void stderrCanJoinStdoutAndStdinCanBeTheNullDevice(TestLoop loop) {
    assertEquals("out\nerr\ntrue,true", loop.run(CHILDREN.merged()));
  }

  @AsyncTest
  void workingDirectoryAndEnvironment(@TempDir Path dir, TestLoop loop) throws IOException {
    String out = loop.run(CHILDREN.cwdAndEnv(dir));
    assertEquals(dir.toRealPath() + "\n42\n[]\n", out);
  }

  @AsyncTest
  void streamsNotPipedAreNull(TestLoop loop) {
    assertEquals("null,null,null,0", loop.run(CHILDREN.inherited()));
  }

  @AsyncTest
  void fiftyChildrenAtOnce(TestLoop loop) {
    assertEquals(49 * 50 / 2, loop.run(CHILDREN.many(50)));
  }

  @AsyncTest
  void aCancelledWaitLeavesTheChildRunning(TestLoop loop) {
    assertEquals(Arrays.asList("timed out", null, -9), loop.run(CHILDREN.cancelledWait()));
  }

  @Test
  void optionsRejectStdoutForStdinAndStdoutAndANonPositiveLimit() {
    Subprocess.Options o = new Subprocess.Options();
    assertEquals("STDOUT can only be used for stderr, not stdin",
        assertThrows(IllegalArgumentException.class, () -> o.stdin(Subprocess.Redirect.STDOUT)).getMessage());
    assertEquals("STDOUT can only be used for stderr, not stdout",
        assertThrows(IllegalArgumentException.class, () -> o.stdout(Subprocess.Redirect.STDOUT)).getMessage());
    assertEquals("Limit cannot be <= 0", assertThrows(IllegalArgumentException.class, () -> o.limit(0)).getMessage());
  }

  @AsyncTest
  void drainWaitsUntilASlowChildHasTakenTheBytes(@TempDir Path dir, TestLoop loop) {
    long[] r = loop.run(CHILDREN.drainWaitsForASlowChild(dir.resolve("go")));
    assertEquals(16 * 1024, r[3], "low-water mark");
    assertEquals(64 * 1024, r[4], "high-water mark");
    assertEquals(1 << 20, r[0], "write() did not buffer what the child could not take yet");
    assertEquals(1, r[2], "drain returned before the child started reading");
    assertTrue(r[1] <= r[3], "drain returned above the low-water mark: " + r[1]);
  }
}
