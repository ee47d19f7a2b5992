package dev.stepwise;

/**
 * The life-cycle state of a {@link Gen}, Python's {@code inspect.getgeneratorstate}.
 *
 * <p>{@code CREATED -> RUNNING -> SUSPENDED -> RUNNING -> ... -> CLOSED}.
 */
public enum GenState {
  /** Created and not started: nothing of the body has run ({@code GEN_CREATED}). */
  CREATED,
  /** Executing its body right now, on the calling thread ({@code GEN_RUNNING}). */
  RUNNING,
  /** Paused at a suspension point, waiting for {@code next}/{@code send}/{@code throwInto}/{@code close} ({@code GEN_SUSPENDED}). */
  SUSPENDED,
  /** Finished: returned, raised, or closed ({@code GEN_CLOSED}). */
  CLOSED
}
