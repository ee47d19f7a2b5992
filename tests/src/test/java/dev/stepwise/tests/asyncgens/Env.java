package dev.stepwise.tests.asyncgens;

import dev.stepwise.AsyncIterator;
import dev.stepwise.Awaitable;
import dev.stepwise.StopAsyncIteration;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Future;
import java.util.List;

/** What the asynchronous generator bodies use besides each other: the loop's time, futures, resources, an iterator. */
public final class Env {
  private Env() {}

  /** The running loop's (virtual) time, rounded to milliseconds. */
  public static String now() {
    return String.format("t=%.3f", EventLoop.running().time());
  }

  /** A future of the running loop that a timer sets to {@code value} after {@code delay} (unless it is done by then). */
  public static Future<String> later(double delay, String value) {
    EventLoop loop = EventLoop.running();
    Future<String> f = loop.createFuture();
    loop.callLater(delay, () -> {
      if (!f.done()) {
        f.setResult(value);
      }
    });
    return f;
  }

  /** A future of the running loop that a timer fails with an IllegalStateException after {@code delay}. */
  public static Future<String> failLater(double delay, String message) {
    EventLoop loop = EventLoop.running();
    Future<String> f = loop.createFuture();
    loop.callLater(delay, () -> {
      if (!f.done()) {
        f.setException(new IllegalStateException(message));
      }
    });
    return f;
  }

  /** A resource whose close is logged; a name starting with '!' fails to close. */
  public static final class Res implements AutoCloseable {
    private final List<String> log;
    private final String name;

    public Res(List<String> log, String name) {
      this.log = log;
      this.name = name;
      log.add("open " + name);
    }

    public String name() {
      return name;
    }

    @Override
    public void close() {
      log.add("close " + name);
      if (name.startsWith("!")) {
        throw new IllegalStateException("close of " + name + " fails");
      }
    }
  }

  /**
   * A hand-written asynchronous iterator counting down from {@code n}: each {@code anext()} is a
   * coroutine that sleeps 0 and produces "n3", "n2", ...; at zero the coroutine raises
   * StopAsyncIteration when awaited, or (with {@code eager}) {@code anext()} itself raises it.
   */
  public static final class Countdown implements AsyncIterator<String> {
    private final List<String> log;
    private final boolean eager;
    private int n;

    public Countdown(List<String> log, int n, boolean eager) {
      this.log = log;
      this.n = n;
      this.eager = eager;
    }

    @Override
    public Awaitable<String> anext() {
      log.add("countdown anext " + n);
      if (n == 0 && eager) {
        throw new StopAsyncIteration();
      }
      int k = n;
      if (n > 0) {
        n--;
      }
      return HelpersSteps.INSTANCE.countdownStep(log, k);
    }
  }

  /** Lets a body see its own generator (set by the factory once the generator exists). */
  public static final class Self {
    public dev.stepwise.AsyncGen<Object, Object, Object> gen;
  }

  /**
   * A hand-written asynchronous iterator that misbehaves at its third step: its anext() returns
   * null ({@code kind} 0), raises an IllegalStateException (1), or returns a coroutine that
   * raises one when awaited (2).
   */
  public static final class Broken implements AsyncIterator<String> {
    private final List<String> log;
    private final int kind;
    private int n;

    public Broken(List<String> log, int kind) {
      this.log = log;
      this.kind = kind;
    }

    @Override
    public Awaitable<String> anext() {
      n++;
      if (n < 3) {
        return HelpersSteps.INSTANCE.countdownStep(log, n);
      }
      log.add("broken step " + kind);
      switch (kind) {
        case 0:
          return null;
        case 1:
          throw new IllegalStateException("anext() itself failed");
        default:
          return HelpersSteps.INSTANCE.failing(log, "awaited anext() failed");
      }
    }
  }

  /** An asynchronous iterable whose aiter() returns null. */
  public static final class NoIterator implements dev.stepwise.AsyncIterable<String> {
    @Override
    public AsyncIterator<String> aiter() {
      return null;
    }
  }
}
