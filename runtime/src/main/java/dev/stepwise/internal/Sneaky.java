package dev.stepwise.internal;

/** Rethrows any throwable, checked or not, without wrapping; a body's exceptions stay unchanged. */
public final class Sneaky {
  private Sneaky() {}

  /**
   * Throws {@code t} as it is. Declared to return an exception so that callers can write
   * {@code throw Sneaky.raise(t);}.
   *
   * @param t the throwable to rethrow
   * @return never returns
   */
  public static RuntimeException raise(Throwable t) {
    throw Sneaky.<RuntimeException>unchecked(t);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T unchecked(Throwable t) throws T {
    throw (T) t;
  }
}
