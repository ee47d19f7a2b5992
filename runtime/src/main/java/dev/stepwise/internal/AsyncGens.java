package dev.stepwise.internal;

import dev.stepwise.aio.EventLoop;
import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The loop's side of asynchronous generator finalization (Python's {@code sys.set_asyncgen_hooks}
 * as installed by the event loop). On its first operation a generator is registered with the
 * running loop ({@code firstiter}); the loop keeps its state machine until it finishes, so that
 * {@code Aio.run} can close those left open ({@link #unfinished}, for
 * {@code shutdown_asyncgens}). When the user's handle becomes unreachable before the generator
 * finished, a {@link Cleaner} action schedules {@code aclose()} of the state machine as a task on
 * its loop through {@code callSoonThreadsafe}: no user code runs on the cleaner's thread. Not for
 * users.
 */
public final class AsyncGens {
  private static final Cleaner CLEANER = Cleaner.create();
  /** Per loop, the state machines of started, unfinished generators. */
  private static final Map<EventLoop, Set<AsyncGenFrame<?, ?, ?>>> LIVE = Collections.synchronizedMap(new WeakHashMap<>());
  /** Per state machine, the loop it was registered with. */
  private static final Map<AsyncGenFrame<?, ?, ?>, EventLoop> LOOPS = Collections.synchronizedMap(new IdentityHashMap<>());

  private AsyncGens() {}

  static void firstIter(AsyncGenHandle<?, ?, ?> handle, AsyncGenFrame<?, ?, ?> frame) {
    EventLoop loop = EventLoop.runningOrNull();
    if (loop == null) {
      return;
    }
    // In the order of their first operation, so that shutdown closes them in a repeatable order.
    LIVE.computeIfAbsent(loop, l -> Collections.newSetFromMap(new LinkedHashMap<>())).add(frame);
    LOOPS.put(frame, loop);
    CLEANER.register(handle, new Finalizer(loop, frame));
  }

  static void finished(AsyncGenFrame<?, ?, ?> frame) {
    EventLoop loop = LOOPS.remove(frame);
    if (loop != null) {
      Set<AsyncGenFrame<?, ?, ?>> live = LIVE.get(loop);
      if (live != null) {
        live.remove(frame);
      }
    }
  }

  /** The generators registered with {@code loop} that have not finished, as handles. */
  private static List<dev.stepwise.AsyncGen<?, ?, ?>> unfinished(EventLoop loop) {
    Set<AsyncGenFrame<?, ?, ?>> live = LIVE.get(loop);
    List<dev.stepwise.AsyncGen<?, ?, ?>> out = new ArrayList<>();
    if (live != null) {
      synchronized (LIVE) {
        for (AsyncGenFrame<?, ?, ?> f : new ArrayList<>(live)) {
          if (f.delegator == null || f.delegator.closed()) {
            out.add(f.$handle()); // a delegate is closed by the generator delegating to it
          }
        }
      }
    }
    return out;
  }

  /**
   * Removes and returns, as handles, the generators registered with {@code loop} that have not
   * finished; {@code shutdown_asyncgens} closes them.
   *
   * @param loop the loop
   * @return a new list, possibly empty
   */
  public static List<dev.stepwise.AsyncGen<?, ?, ?>> takeUnfinished(EventLoop loop) {
    List<dev.stepwise.AsyncGen<?, ?, ?>> out = unfinished(loop);
    forget(loop);
    return out;
  }

  /** Forgets everything registered with {@code loop} (it closed). */
  public static void forget(EventLoop loop) {
    Set<AsyncGenFrame<?, ?, ?>> live = LIVE.remove(loop);
    if (live != null) {
      for (AsyncGenFrame<?, ?, ?> f : new ArrayList<>(live)) {
        LOOPS.remove(f);
      }
    }
  }

  /** Runs on the cleaner's thread: hands the closing to the loop's thread. */
  private static final class Finalizer implements Runnable {
    private final EventLoop loop;
    private final AsyncGenFrame<?, ?, ?> frame;

    Finalizer(EventLoop loop, AsyncGenFrame<?, ?, ?> frame) {
      this.loop = loop;
      this.frame = frame;
    }

    @Override
    public void run() {
      if (frame.closed() || loop.isClosed()) {
        return;
      }
      try {
        loop.callSoonThreadsafe(() -> {
          if (!frame.closed()) {
            loop.createTask(frame.$handle().aclose());
          }
        });
      } catch (IllegalStateException closed) {
        // The loop closed meanwhile: its shutdown already closed what it could.
      }
    }
  }
}
