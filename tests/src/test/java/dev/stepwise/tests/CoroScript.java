package dev.stepwise.tests;

import dev.stepwise.Coro;
import dev.stepwise.GenState;
import dev.stepwise.aio.CancelledError;

/**
 * A sequence of operations on a coroutine driven by hand, as {@link Script} is for generators:
 * {@code send(null)} first, then {@code send(v)} of the body's k-th value. A coroutine awaiting a
 * tick or {@code sleep(0)} hands null up at each suspension point.
 */
abstract class CoroScript {
  /** Upper bound on resumptions, so that a wrong loop cannot run forever. */
  static final int MAX_STEPS = 200;

  final String name;

  CoroScript(String name) {
    this.name = name;
  }

  abstract void run(Coro<?> coro, CoroBody body, Trace trace);

  @Override
  public String toString() {
    return name;
  }

  /** The i-th resumption (i = 0 for the first): send(null), or send of the body's i-th value. */
  static boolean resume(Coro<?> coro, CoroBody body, int i, Trace trace) {
    Object v = i == 0 ? null : body.sender.apply(i);
    return trace.op("send(" + Trace.show(v) + ")", () -> coro.send(v));
  }

  static void toEnd(Coro<?> coro, CoroBody body, int from, Trace trace) {
    for (int i = from; i < MAX_STEPS; i++) {
      if (!resume(coro, body, i, trace)) {
        return;
      }
    }
    trace.note("stopped after " + MAX_STEPS + " resumptions");
  }

  /** Runs to the k-th suspension point; false (noted) if the coroutine ended before it. */
  static boolean prefix(Coro<?> coro, CoroBody body, int k, Trace trace) {
    for (int i = 0; i < k; i++) {
      if (!resume(coro, body, i, trace)) {
        trace.note("ended before suspension point " + k);
        return false;
      }
    }
    return true;
  }

  static CoroScript send() {
    return new CoroScript("send to the end") {
      @Override
      void run(Coro<?> coro, CoroBody body, Trace trace) {
        toEnd(coro, body, 0, trace);
      }
    };
  }

  /** Runs to suspension point k, closes, then tries to resume once more. */
  static CoroScript closeAt(int k) {
    return new CoroScript("close() at suspension " + k) {
      @Override
      void run(Coro<?> coro, CoroBody body, Trace trace) {
        if (prefix(coro, body, k, trace)) {
          trace.close("close()", coro::close);
          trace.note("state " + coro.state());
          trace.op("send(null)", () -> coro.send(null));
        }
      }
    };
  }

  /** Runs to suspension point k, raises {@link Injected} there, then resumes to the end. */
  static CoroScript throwAt(int k) {
    return new CoroScript("throwInto() at suspension " + k) {
      @Override
      void run(Coro<?> coro, CoroBody body, Trace trace) {
        if (prefix(coro, body, k, trace)
            && trace.op("throwInto(Injected)", () -> coro.throwInto(new Injected("x" + k)))) {
          toEnd(coro, body, k, trace);
        }
      }
    };
  }

  /** Runs to suspension point k, raises a CancelledError there (a task's cancellation), then resumes to the end. */
  static CoroScript cancelAt(int k) {
    return new CoroScript("throwInto(CancelledError) at suspension " + k) {
      @Override
      void run(Coro<?> coro, CoroBody body, Trace trace) {
        if (prefix(coro, body, k, trace)
            && trace.op("throwInto(CancelledError)", () -> coro.throwInto(new CancelledError("c" + k)))) {
          toEnd(coro, body, k, trace);
        }
      }
    };
  }

  /** Runs to suspension point k, raises {@link Injected} and, if the coroutine suspends again, closes it there. */
  static CoroScript throwThenCloseAt(int k) {
    return new CoroScript("throwInto() then close() at suspension " + k) {
      @Override
      void run(Coro<?> coro, CoroBody body, Trace trace) {
        if (prefix(coro, body, k, trace)
            && trace.op("throwInto(Injected)", () -> coro.throwInto(new Injected("y" + k)))) {
          trace.close("close()", coro::close);
        }
      }
    };
  }

  /** A pseudo-random sequence of send, throwInto and close, fixed by {@code seed}. */
  static CoroScript random(long seed) {
    return new CoroScript("random operations, seed " + seed) {
      @Override
      void run(Coro<?> coro, CoroBody body, Trace trace) {
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < MAX_STEPS && coro.state() != GenState.CLOSED; i++) {
          int dice = random.nextInt(12);
          if (i == 0 || dice < 7) {
            resume(coro, body, i, trace);
          } else if (dice < 9) {
            int n = i;
            trace.op("throwInto(Injected)", () -> coro.throwInto(new Injected("r" + n)));
          } else if (dice < 11) {
            int n = i;
            trace.op("throwInto(CancelledError)", () -> coro.throwInto(new CancelledError("r" + n)));
          } else {
            trace.close("close()", coro::close);
          }
        }
      }
    };
  }
}
