package dev.stepwise.tests;

import java.util.function.Supplier;

/**
 * Chooses the executor for step bodies created in a block: the reference executor (the original
 * default methods on threads of their own) or the generated state machines. The choice is the
 * system property {@code stepwise.executor}, read when a Steps method is called, so it matters
 * while the generators and coroutines are created, not while they run.
 */
public final class ReferenceExecutor {
  private static final String PROPERTY = "stepwise.executor";

  private ReferenceExecutor() {}

  /** Calls {@code create} on the reference executor if {@code reference}, else as it is; restores the property. */
  public static <T> T created(boolean reference, Supplier<T> create) {
    String before = System.getProperty(PROPERTY);
    if (reference) {
      System.setProperty(PROPERTY, "reference");
    }
    try {
      return create.get();
    } finally {
      if (before == null) {
        System.clearProperty(PROPERTY);
      } else {
        System.setProperty(PROPERTY, before);
      }
    }
  }
}
