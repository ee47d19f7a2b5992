package dev.stepwise.aio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The subprocess pipes' memory bound, seen from inside the package: a child writes 8 MiB as fast
 * as it can while a coroutine reads it slowly, and the bytes the stdout pump has fed to the reader
 * minus the bytes read (the reader's buffer) never exceed twice the limit plus one chunk. The
 * coroutine is written by hand, as the library writes its own.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SubprocessPipeTest {
  private static final int LIMIT = 16 * 1024;
  private static final int TOTAL = 8 << 20;

  /** Reads 32 KiB per step with a 1 ms sleep before each, sampling the reader's buffer around each read. */
  private static final class SlowReader extends LibraryCoro<long[]> {
    private Subprocess p;
    private long consumed;
    private long maxBuffered;
    private boolean allZero = true;

    SlowReader() {
      super("slow_reader");
    }

    private void sample() {
      maxBuffered = Math.max(maxBuffered, p.stdoutPump().delivered() - consumed);
    }

    @Override
    protected int $resume(Throwable injected) throws Throwable {
      if (injected != null) {
        throw injected;
      }
      switch ($state) {
        case 0:
          return await(Aio.createSubprocessExec(new Subprocess.Options().stdout(Subprocess.Redirect.PIPE).limit(LIMIT),
              "head", "-c", String.valueOf(TOTAL), "/dev/zero"), 1);
        case 1:
          p = (Subprocess) sent();
          return await(Aio.sleep(0.001), 2);
        case 2:
          sample();
          return await(p.stdout().read(32 * 1024), 3);
        case 3:
          byte[] chunk = (byte[]) sent();
          if (chunk.length == 0) {
            return await(p.waitFor(), 4);
          }
          for (byte b : chunk) {
            allZero &= b == 0;
          }
          consumed += chunk.length;
          sample();
          return await(Aio.sleep(0.001), 2);
        default:
          return ret(new long[] {consumed, maxBuffered, p.stdoutPump().pauses(), (Integer) sent(), allZero ? 1 : 0});
      }
    }
  }

  @Test
  void aSlowReaderKeepsTheBufferUnderTwiceTheLimitPlusOneChunk() {
    assumeTrue(new File("/dev/zero").exists(), "needs /dev/zero and head");
    long[] r = Aio.run(new SlowReader());
    assertEquals(TOTAL, r[0], "bytes read");
    assertEquals(0, r[3], "exit status");
    assertEquals(1, r[4], "the bytes are /dev/zero's");
    assertTrue(r[2] > 0, "the reader never paused the pump");
    assertTrue(r[1] <= 2L * LIMIT + PipeReadPump.CHUNK, "buffer reached " + r[1]);
    assertTrue(r[1] > LIMIT, "the pump never got ahead of the reader: " + r[1]);
  }
}
