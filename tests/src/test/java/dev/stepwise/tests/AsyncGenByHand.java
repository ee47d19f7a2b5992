package dev.stepwise.tests;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.GenState;
import dev.stepwise.StopIteration;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.tests.asyncgens.Caught;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Asynchronous generators driven by hand, without a loop: each operation's awaitable is a
 * coroutine that the driver sends null until it finishes (its StopIteration carries the value
 * the operation produces), its body's awaits (sleep(0), coroutines awaiting it) handing null up.
 * At a chosen hand-up the driver instead throws an exception into the operation, closes it, or
 * starts other operations while it is suspended, as a task being cancelled or torn down would.
 */
final class AsyncGenByHand {
  private AsyncGenByHand() {}

  /** Upper bound on the hand-ups of one operation. */
  static final int MAX_HANDUPS = 200;

  /** What the driver does at a hand-up of an operation instead of sending null. */
  enum Action {
    SEND, THROW, CANCEL, CLOSE, OVERLAP
  }

  /** Raised out of an operation the driver closed by hand. */
  static final class OperationClosed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OperationClosed() {
      super(null, null, false, false);
    }
  }

  /** A script for a {@link HandDriver}. */
  abstract static class HandScript extends AsyncGenScript {
    HandScript(String name) {
      super(name);
    }

    @Override
    final void run(Driver d) {
      run((HandDriver) d);
    }

    abstract void run(HandDriver d);
  }

  /** Drives operations by hand on the calling thread (no loop). */
  static final class HandDriver extends AsyncGenScript.Driver {
    /** How many times each operation handed a value up, by operation number. */
    final List<Integer> handUps = new ArrayList<>();
    /** Operations left unfinished (a close that the body ignored), finished by the cleanup. */
    final List<Coro<Object>> pending = new ArrayList<>();
    private int ops;
    private int targetOp = -1;
    private int targetStep = -1;
    private Action action = Action.SEND;
    private Random random;

    HandDriver(AsyncGen<Object, Object, Object> gen, AsyncGenBody body, Trace trace) {
      super(gen, body, trace);
    }

    /** At hand-up {@code step} (1 for the first) of operation {@code op} (0 for the first), do {@code a}. */
    void plan(int op, int step, Action a) {
      targetOp = op;
      targetStep = step;
      action = a;
    }

    /** At every hand-up, pick an action with {@code r}. */
    void randomly(Random r) {
      random = r;
    }

    private Action actionAt(int op, int step) {
      if (random != null) {
        int dice = random.nextInt(24);
        return dice < 19 ? Action.SEND : dice < 20 ? Action.THROW : dice < 21 ? Action.CANCEL
            : dice < 22 ? Action.CLOSE : Action.OVERLAP;
      }
      return op == targetOp && step == targetStep ? action : Action.SEND;
    }

    @Override
    @SuppressWarnings("unchecked")
    <T> T await(Object awaitable) {
      Coro<Object> c = (Coro<Object>) awaitable;
      int op = ops++;
      handUps.add(0);
      Object up;
      try {
        up = c.send(null);
      } catch (StopIteration s) {
        return (T) s.value();
      }
      for (int step = 1; step <= MAX_HANDUPS; step++) {
        handUps.set(op, step);
        if (up != null) {
          note("  handed up " + Trace.show(up));
        }
        Action a = actionAt(op, step);
        try {
          switch (a) {
            case THROW:
              note("  throwInto(Caught) into operation " + op + " at its hand-up " + step);
              up = c.throwInto(new Caught("h" + op + "." + step));
              break;
            case CANCEL:
              note("  throwInto(CancelledError) into operation " + op + " at its hand-up " + step);
              up = c.throwInto(new CancelledError("h" + op + "." + step));
              break;
            case CLOSE:
              note("  close() of operation " + op + " at its hand-up " + step + ", generator " + gen.state());
              try {
                c.close();
                note("  -> closed, operation " + c.state() + ", generator " + gen.state());
              } catch (Throwable t) {
                note("  -> close() raised " + Trace.describe(t) + ", operation " + c.state() + ", generator " + gen.state());
                if (c.state() != GenState.CLOSED) {
                  pending.add(c);
                }
              }
              throw new OperationClosed();
            case OVERLAP:
              note("  while operation " + op + " is suspended at its hand-up " + step + ":");
              op("  anext()", gen::anext);
              op("  athrow(Caught)", () -> gen.athrow(new Caught("o" + op)));
              op("  aclose()", gen::aclose);
              up = c.send(null);
              break;
            default:
              up = c.send(null);
          }
        } catch (StopIteration s) {
          return (T) s.value();
        }
      }
      note("  operation " + op + " still running after " + MAX_HANDUPS + " hand-ups");
      pending.add(c);
      throw new OperationClosed();
    }

    /** Finishes the operations left pending, then closes the generator by hand. */
    void cleanup() {
      random = null;
      targetOp = -1;
      for (Coro<Object> c : pending) {
        for (int i = 0; i < MAX_HANDUPS && c.state() != GenState.CLOSED; i++) {
          try {
            Object up = c.send(null);
            if (up != null) {
              note("  pending operation handed up " + Trace.show(up));
            }
          } catch (StopIteration s) {
            note("pending operation finished -> " + Trace.show(s.value()) + where());
          } catch (Throwable t) {
            note("pending operation raised " + Trace.describe(t) + where());
          }
        }
      }
      pending.clear();
      finish();
    }
  }

  /** anext(), then asend of the body's values to the end, every operation sent null until it ends. */
  static HandScript send() {
    return new HandScript("by hand: asend to the end") {
      @Override
      void run(HandDriver d) {
        d.toEnd(0, true);
      }
    };
  }

  /** asend to the end, with {@code a} at hand-up {@code step} of operation {@code op}. */
  static HandScript at(int op, int step, Action a) {
    return new HandScript("by hand: " + a.name().toLowerCase() + " at hand-up " + step + " of operation " + op) {
      @Override
      void run(HandDriver d) {
        d.plan(op, step, a);
        d.toEnd(0, true);
        if (d.gen.state() != GenState.CLOSED) {
          d.plan(-1, -1, Action.SEND);
          d.toEnd(1, true);
        }
      }
    };
  }

  /** A pseudo-random mix of operations, each with pseudo-random actions at its hand-ups. */
  static HandScript random(long seed) {
    return new HandScript("by hand: random operations and hand-up actions, seed " + seed) {
      @Override
      void run(HandDriver d) {
        Random random = new Random(seed);
        d.randomly(random);
        for (int i = 0; i < MAX_STEPS && d.gen.state() != GenState.CLOSED; i++) {
          int dice = random.nextInt(10);
          if (i == 0 || dice < 4) {
            d.anext();
          } else if (dice < 7) {
            d.asend(d.body.sender.apply(i));
          } else if (dice < 8) {
            d.athrow(new Caught("r" + i));
          } else if (dice < 9) {
            d.athrow(new Injected("r" + i));
          } else {
            d.aclose();
          }
        }
      }
    };
  }
}
