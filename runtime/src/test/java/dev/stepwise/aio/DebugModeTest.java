package dev.stepwise.aio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Debug mode logs callbacks that take longer than the slow-callback threshold (Python's
 * "Executing <Handle ...> took 0.123 seconds"), and only in debug mode.
 */
class DebugModeTest {
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private final Logger logger = Logger.getLogger("dev.stepwise.aio");

  @BeforeEach
  void listen() {
    logger.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(capture);
  }

  /** Busy for at least {@code millis} of real time: a callback that blocks the loop. */
  private static void blockFor(long millis) {
    long end = System.nanoTime() + millis * 1_000_000;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }

  private void runOneSlowAndOneFastCallback(boolean debug) {
    EventLoop loop = new EventLoop(new VirtualClock());
    loop.setDebug(debug);
    loop.setSlowCallbackDuration(0.002);
    loop.callSoon(new Runnable() {
      @Override
      public void run() {
        blockFor(5);
      }

      @Override
      public String toString() {
        return "slowOne";
      }
    });
    loop.callSoon(() -> {});
    loop.callSoon(loop::stop);
    loop.runForever();
    loop.close();
  }

  @Test
  void aSlowCallbackIsLoggedInDebugMode() {
    runOneSlowAndOneFastCallback(true);
    List<String> warnings = new ArrayList<>();
    for (LogRecord r : records) {
      if (r.getLevel() == Level.WARNING) {
        warnings.add(r.getMessage());
      }
    }
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).matches("Executing <Handle slowOne> took 0\\.\\d{3} seconds"), warnings.get(0));
  }

  @Test
  void nothingIsLoggedOutsideDebugMode() {
    runOneSlowAndOneFastCallback(false);
    assertTrue(records.stream().noneMatch(r -> r.getLevel() == Level.WARNING), records.toString());
  }
}
