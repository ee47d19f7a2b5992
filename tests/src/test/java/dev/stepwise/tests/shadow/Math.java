package dev.stepwise.tests.shadow;

/** A same-package class that shadows {@code java.lang.Math} for the code of this package. */
public final class Math {
  private final int base;

  public Math(int base) {
    this.base = base;
  }

  public static int max(int a, int b) {
    return a < b ? a : b; // deliberately not java.lang.Math.max
  }

  public int plus(int x) {
    return base + x;
  }
}
