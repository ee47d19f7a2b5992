package dev.stepwise.internal;

/**
 * What every generated state machine shares, generator or coroutine; not for users. Generated code
 * continues its body in {@link #$resume} at label {@link #$state}, reads the value it was resumed
 * with through {@link #$sent()}, and finishes by storing {@link #$result} and returning
 * {@link #$RETURN}. The subclasses ({@link GenFrame}, {@link CoroFrame}) add their suspension op
 * codes and drive the protocol of their kind.
 */
public abstract class StepFrame {
  /**
   * {@code $resume} finished by returning. Op codes carry a {@code $} so that a user's constant
   * named {@code RETURN}, copied into a body, is never hidden by an inherited member.
   */
  protected static final int $RETURN = 2;

  /** The label at which {@link #$resume} continues. */
  protected int $state;
  /** The value the body is resumed with: a sent value, a delegate's or an await's result. */
  protected Object $sent;
  /** The body's result. */
  protected Object $result;

  /** For the frames of each kind. */
  protected StepFrame() {}

  /**
   * Runs the body from label {@link #$state} to its next suspension or its end.
   *
   * @param injected an exception to raise at the suspension point, or null
   * @return an op code of the frame's kind, or {@link #$RETURN}
   * @throws Throwable whatever the body raises
   */
  protected abstract int $resume(Throwable injected) throws Throwable;

  /**
   * The value the body is resumed with, typed by the context it is used in, exactly as the keyword
   * call it replaces ({@code Yield.value}, {@code await}) was.
   *
   * @param <T> the type the context expects
   * @return the value
   */
  @SuppressWarnings("unchecked")
  protected final <T> T $sent() {
    return (T) $sent;
  }

  /**
   * A value kept across a suspension point, typed by the context it is used in (for keyword
   * results, whose type only the context gives).
   *
   * @param value the kept value
   * @param <T> the type the context expects
   * @return {@code value}
   */
  @SuppressWarnings("unchecked")
  protected static <T> T $cast(Object value) {
    return (T) value;
  }

  /**
   * The source location ({@code File.java:line}) of the body's code at {@code state}, from the
   * table the processor emits with each frame; null when unknown.
   *
   * @param state a label of this frame
   * @return the location or null
   */
  protected String $location(int state) {
    return null;
  }

  /**
   * Where in the user's source this frame is now: the line of its current state.
   *
   * @return {@code File.java:line}, or null when unknown
   */
  public final String $location() {
    return $location($state);
  }
}
