package dev.stepwise.aio;

import java.util.Collections;
import java.util.Set;

/**
 * What {@link Aio#wait} produces: the futures that were done and those still pending. Python's
 * {@code (done, pending)} pair of sets.
 *
 * @param <F> the type of the futures
 */
public final class Done<F> {
  private final Set<F> done;
  private final Set<F> pending;

  Done(Set<F> done, Set<F> pending) {
    this.done = Collections.unmodifiableSet(done);
    this.pending = Collections.unmodifiableSet(pending);
  }

  /**
   * The futures that were done (finished or cancelled), in the order they were given.
   *
   * @return an unmodifiable set
   */
  public Set<F> done() {
    return done;
  }

  /**
   * The futures that were still pending, in the order they were given.
   *
   * @return an unmodifiable set
   */
  public Set<F> pending() {
    return pending;
  }

  @Override
  public String toString() {
    return "(done=" + done + ", pending=" + pending + ")";
  }
}
