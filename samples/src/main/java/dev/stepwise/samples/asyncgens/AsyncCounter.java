package dev.stepwise.samples.asyncgens;

/** Python's {@code AsyncCounter(stop)}: counts from 1 to {@code stop}, one value per 0.1 s. */
public final class AsyncCounter extends CountingSteps {
  private final int stop;
  private int current;

  public AsyncCounter(int stop) {
    this.stop = stop;
  }

  @Override
  public int stop() {
    return stop;
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public void advance() {
    current++;
  }
}
