package dev.stepwise;

/**
 * Raised inside a suspended generator at its suspension point by {@link Gen#close()}. Python's
 * {@code GeneratorExit}.
 *
 * <p>It extends {@link Error}, not {@link Exception}, because in Python it is a
 * {@code BaseException}: a {@code catch (Exception e)} around a {@code Yield.value} must not swallow
 * it. A body may catch it to clean up; if the body then yields again, {@code close()} fails with
 * "generator ignored GeneratorExit".
 */
public class GeneratorExit extends Error {
  private static final long serialVersionUID = 1L;

  /** A GeneratorExit with no message. */
  public GeneratorExit() {
    super(null, null, false, false);
  }
}
