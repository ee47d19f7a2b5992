package dev.stepwise.bench;

import java.util.concurrent.ThreadFactory;

/**
 * Virtual threads through reflection: the module compiles for release 17 (the project's baseline),
 * and virtual threads exist from JDK 21 on, so the contenders that use them run on JDK 25 only.
 */
final class VThreads {
  private VThreads() {}

  /** {@code Thread.ofVirtual().factory()}; throws on a JDK without virtual threads. */
  static ThreadFactory factory() {
    try {
      Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
      return (ThreadFactory) Class.forName("java.lang.Thread$Builder").getMethod("factory").invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new UnsupportedOperationException("virtual threads need JDK 21 or later; this is " + Runtime.version(), e);
    }
  }
}
