package dev.stepwise.aio;

/**
 * When {@link Aio#wait} returns. Python's {@code asyncio.FIRST_COMPLETED},
 * {@code FIRST_EXCEPTION} and {@code ALL_COMPLETED}.
 */
public enum ReturnWhen {
  /** As soon as any future finishes or is cancelled. */
  FIRST_COMPLETED,
  /**
   * As soon as any future finishes with an exception (a cancellation does not count), or when all
   * are done.
   */
  FIRST_EXCEPTION,
  /** When all futures are done. */
  ALL_COMPLETED
}
