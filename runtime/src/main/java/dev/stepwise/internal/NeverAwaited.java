package dev.stepwise.internal;

import dev.stepwise.Coro;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds coroutines that were created and never awaited (Python's RuntimeWarning "coroutine '...'
 * was never awaited"). Each coroutine is noted on its thread when created; at the end of every
 * loop iteration the loop keeps those nothing has taken yet, and reports the ones still untaken
 * when it closes. Not for users.
 */
public final class NeverAwaited {
  private static final int COMPACT_ABOVE = 4096;
  private static final ThreadLocal<ArrayList<CoroFrame<?>>> CREATED = ThreadLocal.withInitial(ArrayList::new);

  private NeverAwaited() {}

  static void created(CoroFrame<?> coro) {
    ArrayList<CoroFrame<?>> list = CREATED.get();
    if (list.size() >= COMPACT_ABOVE) {
      // A thread that creates coroutines but runs no loop must not grow this list without end.
      list.removeIf(CoroFrame::taken);
      if (list.size() >= COMPACT_ABOVE) {
        list.subList(0, list.size() / 2).clear();
      }
    }
    list.add(coro);
  }

  /**
   * Moves the coroutines created on this thread that nothing has taken into {@code into}.
   *
   * @param into where the loop keeps candidates
   */
  public static void sweep(List<Coro<?>> into) {
    ArrayList<CoroFrame<?>> list = CREATED.get();
    if (list.isEmpty()) {
      return;
    }
    for (CoroFrame<?> c : list) {
      if (!c.taken()) {
        into.add(c);
      }
    }
    list.clear();
  }

  /**
   * Whether something has awaited, wrapped, driven or closed {@code coro}.
   *
   * @param coro a coroutine
   * @return true once taken
   */
  public static boolean isTaken(Coro<?> coro) {
    return !(coro instanceof CoroFrame) || ((CoroFrame<?>) coro).taken();
  }

  /** Takes what the calling thread noted (a body thread hands it to its resumer). */
  static List<CoroFrame<?>> drain() {
    ArrayList<CoroFrame<?>> list = CREATED.get();
    if (list.isEmpty()) {
      return List.of();
    }
    List<CoroFrame<?>> out = new ArrayList<>(list);
    list.clear();
    return out;
  }

  /** Notes coroutines another thread created on this thread's behalf. */
  static void adopt(List<CoroFrame<?>> coros) {
    if (!coros.isEmpty()) {
      CREATED.get().addAll(coros);
    }
  }
}
