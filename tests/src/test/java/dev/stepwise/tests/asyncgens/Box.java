package dev.stepwise.tests.asyncgens;

import dev.stepwise.aio.EventLoop;

/** A mutable cell that a timer changes while a body awaits. */
public final class Box {
  public int value;
  public String text;

  public Box(int value, String text) {
    this.value = value;
    this.text = text;
  }

  public String text() {
    return text;
  }

  /** Sets value and text on the running loop after {@code delay}. */
  public Box changeLater(double delay, int v, String t) {
    EventLoop.running().callLater(delay, () -> {
      value = v;
      text = t;
    });
    return this;
  }
}
