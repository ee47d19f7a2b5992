package dev.stepwise.aio;

import dev.stepwise.AsyncContextManager;
import dev.stepwise.Coro;
import dev.stepwise.internal.ReferenceCoro;
import dev.stepwise.internal.Sneaky;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Straight-line coroutine bodies for the toolkit's tests, run by the reference executor
 * ({@link ReferenceCoro}): {@link #await} is Python's {@code await}, {@link #with} is
 * {@code async with} exactly as the processor lowers it (enter, body, exit on every way out). For
 * step-by-step control use {@link Scripted} frames instead.
 */
final class Bodies {
  private Bodies() {}

  /** A coroutine body returning its result. */
  @FunctionalInterface
  interface Body {
    Object run() throws Exception;
  }

  /** The body of an {@code async with} block. */
  @FunctionalInterface
  interface WithBody<T> {
    Object run(T bound) throws Exception;
  }

  static Coro<Object> coro(String name, Body body) {
    return new ReferenceCoro<>(name, () -> {
      Coro<Object> done = Coro.done(body.run());
      done.close(); // a completion marker, never awaited
      return done;
    });
  }

  static <T> T await(Object awaitable) {
    return ReferenceCoro.current().await(awaitable);
  }

  static <T> Object with(AsyncContextManager<T> manager, WithBody<T> body) throws Exception {
    T bound = await(manager.enter());
    Object result;
    try {
      result = body.run(bound);
    } catch (Throwable t) {
      Boolean suppress = await(manager.exit(t));
      if (Boolean.TRUE.equals(suppress)) {
        return null;
      }
      throw Sneaky.raise(t);
    }
    await(manager.exit(null));
    return result;
  }

  /** The name of {@code t}'s class and its message, for compact assertions. */
  static String describe(Throwable t) {
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null || m.isEmpty() ? "" : ": " + m);
  }

  /**
   * A loop on a virtual clock whose exception handler records every context, so that tests can
   * assert that nothing was reported.
   */
  static final class Recorded implements AutoCloseable {
    final EventLoop loop = new EventLoop(new VirtualClock());
    final List<Map<String, Object>> reports = new ArrayList<>();

    Recorded() {
      loop.setExceptionHandler((l, context) -> reports.add(context));
    }

    Object run(Coro<Object> main) {
      return loop.runUntilComplete(main);
    }

    List<String> messages() {
      List<String> out = new ArrayList<>();
      for (Map<String, Object> r : reports) {
        out.add(String.valueOf(r.get("message")));
      }
      return out;
    }

    @Override
    public void close() {
      loop.close();
    }
  }
}
