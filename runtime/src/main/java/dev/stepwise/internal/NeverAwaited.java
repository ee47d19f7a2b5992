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

  /** Where coroutines were created, noted only while the running loop is in debug mode. */
  private static final java.util.Map<CoroFrame<?>, Throwable> SITES =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private NeverAwaited() {}

  /**
   * Where {@code coro} was created, when it was created while the running loop was in debug mode
   * (Python's {@code source_traceback}); null otherwise.
   *
   * @param coro a coroutine
   * @return a throwable whose stack trace is the creation site, or null
   */
  public static Throwable creationSite(Coro<?> coro) {
    return SITES.get(coro);
  }

  /** The source location of the frame running in the loop's current task, if any. */
  private static String creatorLocation(dev.stepwise.aio.EventLoop loop) {
    dev.stepwise.aio.Task<?> task = loop.currentTask();
    if (task == null || !(task.coro() instanceof CoroFrame)) {
      return null;
    }
    return ((CoroFrame<?>) task.coro()).$runningLocation();
  }

  /**
   * Where a coroutine was created, as {@code File.java:line} of the user's source when a generated
   * frame created it, else the first stack frame outside Stepwise; null when no site was noted.
   *
   * @param coro a coroutine
   * @return the location or null
   */
  public static String creationLocation(Coro<?> coro) {
    Throwable site = SITES.get(coro);
    if (site == null) {
      return null;
    }
    String message = site.getMessage();
    int at = message.indexOf(" created at ");
    if (at >= 0) {
      return message.substring(at + " created at ".length());
    }
    StackTraceElement e = caller(site);
    return e == null ? null : e.getFileName() + ":" + e.getLineNumber();
  }

  /**
   * The first frame of {@code site} outside Stepwise's runtime and the generated method that
   * created the coroutine: the user's call.
   *
   * @param site a creation site
   * @return the caller's frame, or null
   */
  public static StackTraceElement caller(Throwable site) {
    StackTraceElement[] trace = site.getStackTrace();
    int i = 0;
    while (i < trace.length && (trace[i].getClassName().startsWith("dev.stepwise.internal.")
        || trace[i].getMethodName().equals("<init>"))) {
      i++;
    }
    i++; // the generated Steps method that made the coroutine
    return i < trace.length ? trace[i] : null;
  }

  static void created(CoroFrame<?> coro) {
    ArrayList<CoroFrame<?>> list = CREATED.get();
    dev.stepwise.aio.EventLoop loop = dev.stepwise.aio.EventLoop.runningOrNull();
    if (loop != null && loop.isDebug()) {
      String where = creatorLocation(loop);
      SITES.put(coro, new Throwable("coroutine '" + coro.name() + "' created" + (where == null ? "" : " at " + where)));
    }
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
    sweep(CREATED.get(), into);
  }

  /**
   * The calling thread's list of coroutines created and not yet swept; a loop fetches it once per
   * run and hands it to {@link #sweep(List, List)}, sparing a thread-local look-up per iteration.
   *
   * @return the list (live, owned by this class)
   */
  public static List<CoroFrame<?>> createdOnThisThread() {
    return CREATED.get();
  }

  /**
   * {@link #sweep(List)} with the list {@link #createdOnThisThread()} gave.
   *
   * @param list the calling thread's list
   * @param into where the untaken ones go
   */
  public static void sweep(List<CoroFrame<?>> list, List<Coro<?>> into) {
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
