package dev.stepwise.processor.lowering;

/**
 * A position in the listing that a jump or a resumption can target. Created before its position is
 * known and marked later; generated text refers to it through {@link #ref()} until layout assigns
 * the state number.
 */
public final class Label {
  static final char MARKER = '\u0001';

  private final int id;
  private int state = -1;

  Label(int id) {
    this.id = id;
  }

  public int id() {
    return id;
  }

  /** The state number, once layout has run. */
  public int state() {
    if (state < 0) {
      throw new IllegalStateException("label " + id + " was never marked");
    }
    return state;
  }

  void setState(int state) {
    this.state = state;
  }

  boolean isPlaced() {
    return state >= 0;
  }

  /** A placeholder for this label's state number inside generated text. */
  public String ref() {
    return MARKER + "L" + id + MARKER;
  }
}
