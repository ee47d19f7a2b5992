package dev.stepwise.tests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.EventLoop;
import java.io.File;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link EventLoop#addSignalHandler} and {@link EventLoop#removeSignalHandler} (Python's
 * {@code loop.add_signal_handler} and {@code remove_signal_handler}): real signals sent to this
 * JVM with {@code kill -s}. Unix only. A signal is only ever sent while a handler of the test is
 * set (without one, INT, TERM and HUP would end the test JVM).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SignalHandlerTest {
  private static final Signals SIGNALS = SignalsSteps.INSTANCE;

  @BeforeAll
  static void unixOnly() {
    assumeTrue(File.separatorChar == '/' && new File("/bin/sh").canExecute(), "needs a Unix with kill(1)");
  }

  private static List<String> expected() {
    return List.of("handler ran on the loop thread: true", "removed: true", "removed again: false");
  }

  @Test
  void hupRunsTheHandlerOnTheLoopThread() {
    assertEquals(expected(), Aio.run(SIGNALS.handle("HUP", "HUP")));
  }

  @Test
  void intAndTermToo() {
    assertEquals(expected(), Aio.run(SIGNALS.handle("SIGINT", "INT")));
    assertEquals(expected(), Aio.run(SIGNALS.handle("sigterm", "TERM")));
  }

  @Test
  void eachSignalRunsTheHandlerOnce() {
    assertEquals(3, Aio.run(SIGNALS.threeTimes()));
  }

  @Test
  void signalsTheJvmKeepsAreUnsupportedAndUnknownNamesInvalid() {
    try (EventLoop loop = new EventLoop()) {
      assertEquals("sig SIGQUIT cannot be caught: Signal already used by VM or OS: SIGQUIT",
          assertThrows(UnsupportedOperationException.class, () -> loop.addSignalHandler("QUIT", () -> {})).getMessage());
      assertEquals("sig SIGKILL cannot be caught: Signal already used by VM or OS: SIGKILL",
          assertThrows(UnsupportedOperationException.class, () -> loop.addSignalHandler("SIGKILL", () -> {})).getMessage());
      assertEquals("invalid signal: BOGUS (Unknown signal: BOGUS)",
          assertThrows(IllegalArgumentException.class, () -> loop.addSignalHandler("BOGUS", () -> {})).getMessage());
      assertEquals("invalid signal: SIGBOGUS (Unknown signal: BOGUS)",
          assertThrows(IllegalArgumentException.class, () -> loop.removeSignalHandler("SIGBOGUS")).getMessage());
      assertThrows(NullPointerException.class, () -> loop.addSignalHandler("HUP", null));
      assertFalse(loop.removeSignalHandler("HUP"));
    }
  }

  @Test
  void debugModeLogsTheTaskDumpOnTheSignalThePropertyNames() throws Exception {
    List<String> dumped = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("dev.stepwise.aio");
    java.util.logging.Handler capture = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord record) {
        if (record.getMessage().startsWith("Tasks of ")) {
          dumped.add(record.getMessage());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(capture);
    System.setProperty(EventLoop.DUMP_SIGNAL_PROPERTY, "USR1");
    try (EventLoop loop = new EventLoop()) {
      loop.setDebug(true);
      loop.runUntilComplete(SIGNALS.dumpOnSignal("USR1", new dev.stepwise.aio.Event(), dumped));
      assertEquals(1, dumped.size(), "one dump for one signal: " + dumped);
      assertTrue(dumped.get(0).contains("<Task pending name='parked'"), dumped.get(0));
      assertTrue(dumped.get(0).contains("at dev.stepwise.aio.Event.wait"), dumped.get(0));
      loop.setDebug(false);
      assertFalse(loop.removeSignalHandler("USR1"), "leaving debug mode removed the handler");
    } finally {
      System.clearProperty(EventLoop.DUMP_SIGNAL_PROPERTY);
      logger.removeHandler(capture);
    }
  }

  @Test
  void aClosedLoopTakesNoHandler() {
    EventLoop loop = new EventLoop();
    loop.close();
    assertEquals("Event loop is closed",
        assertThrows(IllegalStateException.class, () -> loop.addSignalHandler("HUP", () -> {})).getMessage());
  }
}
