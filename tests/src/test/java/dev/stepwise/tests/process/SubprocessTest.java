package dev.stepwise.tests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Subprocess;
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
 * as children. Unix only. Every test is bounded in time; a child that sleeps long is killed at
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

  @Test
  void linesArriveOneByOneWhileTheLoopKeepsTicking() {
    List<String> seen = Aio.run(CHILDREN.linesWhileTicking());
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

  @Test
  void waitForReturnsTheExitStatus() {
    assertEquals(Arrays.asList(null, 0, 0), Aio.run(CHILDREN.exitStatus("exit 0")));
    assertEquals(Arrays.asList(null, 3, 3), Aio.run(CHILDREN.exitStatus("exit 3")));
  }

  @Test
  void stdinIsPipedThroughTrAndWriteEofEndsIt() {
    assertEquals("HELLO\nWORLD\nexit=0", Aio.run(CHILDREN.upperCase(List.of("hello", "world"))));
  }

  @Test
  void fourMebibytesGoThroughCatWithDrainBetweenPieces() {
    assertEquals(4L << 20, Aio.run(CHILDREN.throughCat(4 << 20)));
  }

  @Test
  void communicateFeedsStdinAndCollectsBothOutputs() {
    assertEquals(List.of("HELLO\n", "", "exit=0"), Aio.run(CHILDREN.communicate("tr a-z A-Z", "hello\n")));
    assertEquals(List.of("out\n", "err\n", "exit=5"),
        Aio.run(CHILDREN.communicate("echo out; echo err >&2; exit 5", null)));
    // The child exits without reading 1 MiB of input: the broken pipe is ignored, as in Python.
    assertEquals(List.of("", "", "exit=0"), Aio.run(CHILDREN.communicate("exit 0", "x".repeat(1 << 20))));
  }

  @Test
  void aMissingProgramRaisesAtTheAwaitWithTheIOExceptionAsCause() {
    Throwable e = Aio.run(CHILDREN.missingProgram());
    assertNotNull(e, "no exception");
    assertEquals("[Errno 2] No such file or directory: 'stepwise-no-such-program-4711'", e.getMessage());
    assertInstanceOf(IOException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("stepwise-no-such-program-4711"), e.getCause().getMessage());
  }

  @Test
  void killGivesMinusNineAndAKillAfterTheEndRaisesProcessLookupError() {
    List<Object> r = Aio.run(CHILDREN.signalSleeper("kill"));
    assertEquals(-9, r.get(0));
    assertTrue(String.valueOf(r.get(1)).startsWith("ProcessLookupError: process "), r.toString());
  }

  @Test
  void terminateGivesMinusFifteen() {
    assertEquals(-15, Aio.run(CHILDREN.signalSleeper("terminate")).get(0));
  }

  @Test
  void otherSignalsAreSentWithKill() {
    assertEquals(-1, Aio.run(CHILDREN.signalSleeper("SIGHUP")).get(0));
    assertEquals(-2, Aio.run(CHILDREN.signalSleeper("int")).get(0));
  }

  @Test
  void anUnknownSignalNameIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Aio.run(CHILDREN.signalSleeper("BOGUS")));
    assertEquals("invalid signal: BOGUS", e.getMessage());
  }

  @Test
  void aChildThatExitedMakesDrainRaiseTheWriteErrorWithItsCause() {
    // The child has exited: "Broken pipe", or "Stream closed" once the JDK has closed its stdin.
    checkBroken(Aio.run(CHILDREN.brokenStdin("exit 0", true)));
    // The child reads one byte and exits while we write: the OS says "Broken pipe".
    checkBroken(Aio.run(CHILDREN.brokenStdin("head -c 1 >/dev/null", false)));
  }

  private static void checkBroken(List<Throwable> seen) {
    assertEquals(2, seen.size(), seen.toString());
    UncheckedIOException first = assertInstanceOf(UncheckedIOException.class, seen.get(0));
    assertTrue(first.getMessage().matches("write to stepwise-subprocess-\\d+-stdin failed: .*"), first.getMessage());
    assertNotNull(first.getCause());
    assertSame(first, seen.get(1), "a later drain raises the same error");
  }

  @Test
  void stderrCanJoinStdoutAndStdinCanBeTheNullDevice() {
    assertEquals("out\nerr\ntrue,true", Aio.run(CHILDREN.merged()));
  }

  @Test
  void workingDirectoryAndEnvironment(@TempDir Path dir) throws IOException {
    String out = Aio.run(CHILDREN.cwdAndEnv(dir));
    assertEquals(dir.toRealPath() + "\n42\n[]\n", out);
  }

  @Test
  void streamsNotPipedAreNull() {
    assertEquals("null,null,null,0", Aio.run(CHILDREN.inherited()));
  }

  @Test
  void fiftyChildrenAtOnce() {
    assertEquals(49 * 50 / 2, Aio.run(CHILDREN.many(50)));
  }

  @Test
  void aCancelledWaitLeavesTheChildRunning() {
    assertEquals(Arrays.asList("timed out", null, -9), Aio.run(CHILDREN.cancelledWait()));
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

  @Test
  void drainWaitsUntilASlowChildHasTakenTheBytes(@TempDir Path dir) {
    long[] r = Aio.run(CHILDREN.drainWaitsForASlowChild(dir.resolve("go")));
    assertEquals(16 * 1024, r[3], "low-water mark");
    assertEquals(64 * 1024, r[4], "high-water mark");
    assertEquals(1 << 20, r[0], "write() did not buffer what the child could not take yet");
    assertEquals(1, r[2], "drain returned before the child started reading");
    assertTrue(r[1] <= r[3], "drain returned above the low-water mark: " + r[1]);
  }
}
