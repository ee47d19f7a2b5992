package dev.stepwise.tests;

import dev.stepwise.Gen;

/**
 * A sequence of operations on a generator. Every script drives the generator with
 * {@link #resume}: {@code next()} first, then {@code send(v)} of the body's k-th value if the body
 * has a sender, else {@code next()}.
 */
abstract class Script {
  /** Upper bound on resumptions, so that a wrong loop cannot run forever. */
  static final int MAX_STEPS = 100;

  final String name;

  Script(String name) {
    this.name = name;
  }

  abstract void run(Gen<Object, Object, Object> gen, Body body, Trace trace);

  @Override
  public String toString() {
    return name;
  }

  /** The i-th resumption (i = 0 for the first): next(), or send of the body's i-th value. */
  static boolean resume(Gen<Object, Object, Object> gen, Body body, int i, boolean sending, Trace trace) {
    if (i == 0 || !sending || body.sender == null) {
      return trace.op("next()", gen::next);
    }
    Object v = body.sender.apply(i);
    return trace.op("send(" + Trace.show(v) + ")", () -> gen.send(v));
  }

  /** Resumes until the generator ends (or {@link #MAX_STEPS}); returns how many resumptions ran. */
  static void toEnd(Gen<Object, Object, Object> gen, Body body, int from, boolean sending, Trace trace) {
    for (int i = from; i < MAX_STEPS; i++) {
      if (!resume(gen, body, i, sending, trace)) {
        return;
      }
    }
    trace.note("stopped after " + MAX_STEPS + " resumptions");
  }

  /** Runs to the k-th suspension point; false (noted) if the generator ended before it. */
  static boolean prefix(Gen<Object, Object, Object> gen, Body body, int k, Trace trace) {
    for (int i = 0; i < k; i++) {
      if (!resume(gen, body, i, true, trace)) {
        trace.note("ended before suspension point " + k);
        return false;
      }
    }
    return true;
  }

  /** next() to the end. */
  static Script iterate() {
    return new Script("next to the end") {
      @Override
      void run(Gen<Object, Object, Object> gen, Body body, Trace trace) {
        toEnd(gen, body, 0, false, trace);
      }
    };
  }

  /** next(), then send of the body's values to the end. */
  static Script send() {
    return new Script("send to the end") {
      @Override
      void run(Gen<Object, Object, Object> gen, Body body, Trace trace) {
        toEnd(gen, body, 0, true, trace);
      }
    };
  }

  /** Runs to suspension point k, closes, then tries to resume once more. */
  static Script closeAt(int k) {
    return new Script("close() at suspension " + k) {
      @Override
      void run(Gen<Object, Object, Object> gen, Body body, Trace trace) {
        if (prefix(gen, body, k, trace)) {
          trace.close("close()", gen);
          trace.op("next()", gen::next);
        }
      }
    };
  }

  /** Runs to suspension point k, raises {@link Injected} there, then resumes to the end. */
  static Script throwAt(int k) {
    return new Script("throwInto() at suspension " + k) {
      @Override
      void run(Gen<Object, Object, Object> gen, Body body, Trace trace) {
        if (prefix(gen, body, k, trace)
            && trace.op("throwInto(Injected)", () -> gen.throwInto(new Injected("x" + k)))) {
          toEnd(gen, body, k, true, trace);
        }
      }
    };
  }

  /**
   * A pseudo-random sequence of next, send, throwInto and close (LOWERING.md §6), fixed by
   * {@code seed} so that both executors see the same operations; ends when the generator does.
   */
  static Script random(long seed) {
    return new Script("random operations, seed " + seed) {
      @Override
      void run(Gen<Object, Object, Object> gen, Body body, Trace trace) {
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < MAX_STEPS && gen.state() != dev.stepwise.GenState.CLOSED; i++) {
          int dice = random.nextInt(10);
          if (i == 0 || dice < 4) {
            trace.op("next()", gen::next);
          } else if (dice < 7) {
            Object v = body.sender == null ? null : body.sender.apply(i);
            trace.op("send(" + Trace.show(v) + ")", () -> gen.send(v));
          } else if (dice < 9) {
            int n = i;
            trace.op("throwInto(Injected)", () -> gen.throwInto(new Injected("r" + n)));
          } else {
            trace.close("close()", gen);
          }
        }
      }
    };
  }

  /**
   * Runs to suspension point k, raises {@link Injected} there and, if the body yields again (from
   * a catch or finally block), closes it at that point.
   */
  static Script throwThenCloseAt(int k) {
    return new Script("throwInto() then close() at suspension " + k) {
      @Override
      void run(Gen<Object, Object, Object> gen, Body body, Trace trace) {
        if (prefix(gen, body, k, trace)
            && trace.op("throwInto(Injected)", () -> gen.throwInto(new Injected("y" + k)))) {
          trace.close("close()", gen);
        }
      }
    };
  }
}
