package dev.stepwise.tests;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.GeneratorExit;
import dev.stepwise.GenState;
import dev.stepwise.StopAsyncIteration;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.Task;
import dev.stepwise.internal.ReferenceCoro;
import dev.stepwise.tests.asyncgens.Caught;
import dev.stepwise.tests.asyncgens.ConsumeSteps;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A sequence of operations on an asynchronous generator, run by a driver coroutine on the event
 * loop (the same harness coroutine on both executors). Every operation's awaitable is awaited by
 * the driver and its outcome recorded with the generator's state and the loop's time: a yielded
 * value, StopAsyncIteration and its value, or an exception with class, message, cause and
 * suppressed exceptions. A script resumes with {@code anext()} first, then {@code asend(v)} of the
 * body's k-th value if it sends, else {@code anext()}.
 */
abstract class AsyncGenScript {
  /** Upper bound on resumptions, so that a wrong loop cannot run forever. */
  static final int MAX_STEPS = 100;

  /** The name of {@link #debugLoop()}. */
  static final String DEBUG_LOOP = "asend to the end on a loop in debug mode";

  final String name;
  /** Whether the loop runs in debug mode (never-awaited coroutines reported with where they were created). */
  boolean debug;
  /** Whether what the body creates runs on the other executor than the generator itself. */
  boolean mixed;

  AsyncGenScript(String name) {
    this.name = name;
  }

  abstract void run(Driver d);

  @Override
  public String toString() {
    return name;
  }

  /** The driver's side of one run: the generator, its body, the trace; runs on the driver coroutine's thread. */
  static class Driver {
    final AsyncGen<Object, Object, Object> gen;
    final AsyncGenBody body;
    final Trace trace;
    private int yields;
    /** Whether a CancelledError an operation raises goes on out of the script (the driving task is being cancelled). */
    boolean propagateCancel;
    /** Whether the driver leaves the generator as the script left it, for Aio.run to close. */
    boolean leaveOpen;

    Driver(AsyncGen<Object, Object, Object> gen, AsyncGenBody body, Trace trace) {
      this.gen = gen;
      this.body = body;
      this.trace = trace;
    }

    /** How many values the generator yielded to the driver. */
    int yields() {
      return yields;
    }

    /** await, from the (reference) coroutine running this driver. */
    <T> T await(Object awaitable) {
      return ReferenceCoro.current().await(awaitable);
    }

    /** The generator's state and the loop's time, appended to each recorded outcome. */
    String where() {
      if (EventLoop.runningOrNull() == null) {
        return "  [" + gen.state() + "]";
      }
      return "  [" + gen.state() + String.format(" t=%.3f]", EventLoop.running().time());
    }

    /** What the generator awaits now: its string, or its class for an object without one of its own. */
    String awaitingNow() {
      Object a = gen.awaiting();
      if (a == null) {
        return "null";
      }
      String s = a.toString();
      return s.matches(".*@[0-9a-f]+") ? a.getClass().getSimpleName() : s;
    }

    void note(String line) {
      trace.note(line);
    }

    /** Creates an operation's awaitable, awaits it and records the outcome; true if it produced a value. */
    boolean op(String what, Supplier<Object> operation) {
      Object value;
      try {
        value = await(operation.get());
      } catch (StopAsyncIteration stop) {
        note(what + " -> StopAsyncIteration(" + Trace.show(stop.value()) + ")" + where());
        return false;
      } catch (AsyncGenByHand.OperationClosed closed) {
        note(what + " -> closed by hand" + where());
        return false;
      } catch (Throwable t) {
        note(what + " -> raised " + Trace.describe(t) + where());
        if (propagateCancel && t instanceof CancelledError) {
          throw (CancelledError) t;
        }
        return false;
      }
      yields++;
      note(what + " -> " + Trace.show(value) + where());
      return true;
    }

    boolean anext() {
      return op("anext()", gen::anext);
    }

    boolean asend(Object v) {
      return op("asend(" + Trace.show(v) + ")", () -> gen.asend(v));
    }

    boolean athrow(Throwable e) {
      return op("athrow(" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()) + ")",
          () -> gen.athrow(e));
    }

    /** aclose(); true if it finished normally (it produces null). */
    boolean aclose() {
      int before = yields;
      boolean ok = op("aclose()", gen::aclose);
      yields = before;
      return ok;
    }

    /**
     * Never leave a reference executor's thread parked: acloses what the script left open and, if
     * aclose is refused (once an aclose was awaited, even one the body ignored, aclose and athrow
     * raise StopAsyncIteration without touching the generator, as in CPython), runs it to its end
     * with anext().
     */
    void finish() {
      if (gen.state() == GenState.CREATED) {
        op("cleanup aclose()", gen::aclose);
      }
      for (int i = 0; i < 3 && gen.state() == GenState.SUSPENDED; i++) {
        op("cleanup aclose()", gen::aclose);
      }
      for (int i = 0; i < MAX_STEPS && gen.state() == GenState.SUSPENDED; i++) {
        op("cleanup anext()", gen::anext);
      }
    }

    /** The i-th resumption (i = 0 for the first): anext(), or asend of the body's i-th value. */
    boolean resume(int i, boolean sending) {
      if (i == 0 || !sending) {
        return anext();
      }
      return asend(body.sender.apply(i));
    }

    /** Resumes until the generator ends (or {@link #MAX_STEPS}). */
    void toEnd(int from, boolean sending) {
      for (int i = from; i < MAX_STEPS; i++) {
        if (!resume(i, sending)) {
          return;
        }
      }
      note("stopped after " + MAX_STEPS + " resumptions");
    }

    /** Runs to the k-th suspension point (a yield); false (noted) if the generator ended before it. */
    boolean prefix(int k) {
      for (int i = 0; i < k; i++) {
        if (!resume(i, true)) {
          note("ended before suspension point " + k);
          return false;
        }
      }
      return true;
    }

    /**
     * Starts {@code anext()} as a task, lets it run until the body awaits (a sleep(0) of the
     * driver), tries a second anext() and an aclose() meanwhile, then awaits the task.
     */
    boolean overlapping() {
      Task<Object> task = Aio.createTask(gen.anext());
      await(Aio.sleep(0));
      note("anext() started as a task, done " + task.done() + ", awaiting " + awaitingNow() + where());
      op("anext() meanwhile", gen::anext);
      op("aclose() meanwhile", gen::aclose);
      return op("the task's anext()", () -> task);
    }
  }

  /** asend to the end on a loop in debug mode. */
  static AsyncGenScript debugLoop() {
    AsyncGenScript s = new AsyncGenScript(DEBUG_LOOP) {
      @Override
      void run(Driver d) {
        d.toEnd(0, true);
      }
    };
    s.debug = true;
    return s;
  }

  /** asend to the end, the generator on one executor and what its body creates on the other. */
  static AsyncGenScript mixedExecutors() {
    AsyncGenScript s = new AsyncGenScript("asend to the end, what the body creates on the other executor") {
      @Override
      void run(Driver d) {
        d.toEnd(0, true);
      }
    };
    s.mixed = true;
    return s;
  }

  /** anext() to the end. */
  static AsyncGenScript iterate() {
    return new AsyncGenScript("anext to the end") {
      @Override
      void run(Driver d) {
        d.toEnd(0, false);
      }
    };
  }

  /** anext(), then asend of the body's values to the end. */
  static AsyncGenScript send() {
    return new AsyncGenScript("asend to the end") {
      @Override
      void run(Driver d) {
        d.toEnd(0, true);
      }
    };
  }

  /** async for over the generator in a @Coroutine (on the executor under test), which then acloses it. */
  static AsyncGenScript asyncFor() {
    return new AsyncGenScript("async for in a coroutine") {
      @Override
      void run(Driver d) {
        d.op("await consume(gen)", () -> ConsumeSteps.INSTANCE.consume(d.trace.lines, d.gen));
      }
    };
  }

  /** Runs to suspension point k, acloses, then tries anext() once more. */
  static AsyncGenScript acloseAt(int k) {
    return new AsyncGenScript("aclose() at suspension " + k) {
      @Override
      void run(Driver d) {
        if (d.prefix(k)) {
          d.aclose();
          d.anext();
        }
      }
    };
  }

  /** Runs to suspension point k, raises an exception there (one the bodies catch or not), then sends to the end. */
  static AsyncGenScript athrowAt(int k, boolean caught) {
    return new AsyncGenScript("athrow(" + (caught ? "Caught" : "Injected") + ") at suspension " + k) {
      @Override
      void run(Driver d) {
        if (d.prefix(k) && d.athrow(caught ? new Caught("x" + k) : new Injected("x" + k))) {
          d.toEnd(k, true);
        }
      }
    };
  }

  /** Runs to suspension point k, raises Caught there and, if the body yields again, acloses it at that point. */
  static AsyncGenScript athrowThenAcloseAt(int k) {
    return new AsyncGenScript("athrow(Caught) then aclose() at suspension " + k) {
      @Override
      void run(Driver d) {
        if (d.prefix(k) && d.athrow(new Caught("y" + k))) {
          d.aclose();
          d.anext();
        }
      }
    };
  }

  /** Runs to suspension point k, then a second operation while an anext() runs as a task, then on to the end. */
  static AsyncGenScript overlapAt(int k) {
    return new AsyncGenScript("operations while anext() runs, after suspension " + k) {
      @Override
      void run(Driver d) {
        if (d.prefix(k) && d.overlapping()) {
          d.toEnd(k + 1, true);
        }
      }
    };
  }

  /** athrow(GeneratorExit) at suspension k, then on to the end. */
  static AsyncGenScript athrowGeneratorExitAt(int k) {
    return new AsyncGenScript("athrow(GeneratorExit) at suspension " + k) {
      @Override
      void run(Driver d) {
        if (d.prefix(k) && d.athrow(new GeneratorExit())) {
          d.toEnd(k, true);
        }
      }
    };
  }

  /** Runs to suspension point k and leaves the generator open: Aio.run's shutdown closes it. */
  static AsyncGenScript leftOpenAt(int k) {
    return new AsyncGenScript("left open at suspension " + k + " for Aio.run to close") {
      @Override
      void run(Driver d) {
        d.leaveOpen = true;
        d.prefix(k);
      }
    };
  }

  /** asend of a non-null value first ("can't send non-None value to a just-started async generator"), then to the end. */
  static AsyncGenScript asendFirst() {
    return new AsyncGenScript("asend(non-null) first") {
      @Override
      void run(Driver d) {
        d.asend("too early");
        d.toEnd(0, true);
      }
    };
  }

  /** Awaits each operation's awaitable twice: the second await is "cannot reuse already awaited". */
  static AsyncGenScript reuseAwaitables() {
    return new AsyncGenScript("operation awaitables awaited twice") {
      @Override
      void run(Driver d) {
        Object next = d.gen.anext();
        if (d.op("anext()", () -> next)) {
          d.op("the same anext() again", () -> next);
          Object close = d.gen.aclose();
          d.op("aclose()", () -> close);
          d.op("the same aclose() again", () -> close);
        }
      }
    };
  }

  /**
   * Runs {@code script} in a task the driver cancels at loop time {@code at}; a CancelledError an
   * operation raises goes on out of the script, so that the task ends cancelled.
   */
  static AsyncGenScript cancelledAt(double at, AsyncGenScript script) {
    return new AsyncGenScript(script.name + ", its task cancelled at t=" + at) {
      @Override
      void run(Driver d) {
        EventLoop loop = EventLoop.running();
        Task<Object> task = Aio.createTask(new ReferenceCoro<Object>("AsyncGenDifferentialTest.cancelled", () -> {
          d.propagateCancel = true;
          try {
            script.run(d);
          } finally {
            d.propagateCancel = false;
          }
          return Coro.done("script ended");
        }));
        loop.callLater(at, () -> d.note("cancel() at " + String.format("t=%.3f", loop.time()) + " -> " + task.cancel()));
        d.op("await the driving task", () -> task);
        d.note("task cancelled " + task.cancelled());
      }
    };
  }

  /**
   * A pseudo-random sequence of anext, asend, athrow (of Caught, Injected, GeneratorExit or
   * StopAsyncIteration), aclose and overlapping operations, fixed by {@code seed} so that both
   * executors see the same operations; ends when the generator is closed.
   */
  static AsyncGenScript random(long seed) {
    return new AsyncGenScript("random operations, seed " + seed) {
      @Override
      void run(Driver d) {
        Random random = new Random(seed);
        for (int i = 0; i < MAX_STEPS && d.gen.state() != GenState.CLOSED; i++) {
          int dice = random.nextInt(20);
          if (i == 0 || dice < 7) {
            d.anext();
          } else if (dice < 11) {
            d.asend(d.body.sender.apply(i));
          } else if (dice < 13) {
            d.athrow(new Caught("r" + i));
          } else if (dice < 14) {
            d.athrow(new Injected("r" + i));
          } else if (dice < 15) {
            d.athrow(random.nextBoolean() ? new GeneratorExit() : new StopAsyncIteration("r" + i));
          } else if (dice < 18) {
            d.overlapping();
          } else {
            d.aclose();
          }
        }
      }
    };
  }
}
