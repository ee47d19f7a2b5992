package dev.stepwise.tests;

/** The exception the driver raises in a generator with {@code throwInto} at each suspension point. */
public final class Injected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public Injected(String message) {
    super(message);
  }
}
