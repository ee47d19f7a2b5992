package dev.stepwise.aio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/**
 * The bookkeeping behind {@link EventLoop#addSignalHandler}: closing a loop removes its handlers
 * and puts the JVM's back; a second loop takes a signal over and the first can no longer remove
 * it. No signal is sent here (see the tests module's SignalHandlerTest for that).
 */
class SignalHandlersTest {
  /** The handler installed for {@code name} right now (swapped out and back in, through reflection). */
  private static Object current(String name) throws ReflectiveOperationException {
    Class<?> signal = Class.forName("sun.misc.Signal");
    Class<?> handler = Class.forName("sun.misc.SignalHandler");
    Method handle = signal.getMethod("handle", signal, handler);
    Object sig = signal.getConstructor(String.class).newInstance(name);
    Object dfl = handler.getField("SIG_DFL").get(null);
    Object now = handle.invoke(null, sig, dfl);
    handle.invoke(null, sig, now);
    return now;
  }

  private static boolean ours(Object handler) {
    return Proxy.isProxyClass(handler.getClass());
  }

  @Test
  void closingTheLoopPutsTheJvmsHandlerBack() throws ReflectiveOperationException {
    assertFalse(ours(current("HUP")));
    EventLoop loop = new EventLoop();
    loop.addSignalHandler("HUP", () -> {});
    loop.addSignalHandler("SIGUSR1", () -> {});
    assertEquals(2, SignalHandlers.count(loop));
    assertTrue(ours(current("HUP")));
    loop.close();
    assertEquals(0, SignalHandlers.count(loop));
    assertFalse(ours(current("HUP")));
    assertFalse(ours(current("USR1")));
  }

  @Test
  void aSecondLoopTakesTheSignalOverAndRemovingRestoresTheOriginal() throws ReflectiveOperationException {
    Object original = current("HUP");
    try (EventLoop first = new EventLoop(); EventLoop second = new EventLoop()) {
      first.addSignalHandler("HUP", () -> {});
      second.addSignalHandler("HUP", () -> {});
      assertEquals(0, SignalHandlers.count(first));
      assertEquals(1, SignalHandlers.count(second));
      assertFalse(first.removeSignalHandler("HUP"));
      assertTrue(second.removeSignalHandler("HUP"));
      Object restored = current("HUP");
      assertFalse(ours(restored));
      assertEquals(original.getClass(), restored.getClass());
    }
  }

  @Test
  void namesAreCanonical() {
    assertEquals("INT", SignalHandlers.canonicalName("SIGINT"));
    assertEquals("INT", SignalHandlers.canonicalName("sigint"));
    assertEquals("TERM", SignalHandlers.canonicalName(" term "));
  }
}
