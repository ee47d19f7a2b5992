package dev.stepwise.tests.asyncgens;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Expressions around suspensions: Java's left-to-right evaluation while a timer changes shared
 * state during the awaits, short circuits, conditionals, lambdas and anonymous classes that
 * capture locals living across suspensions, generic bodies, returns through finally blocks.
 */
@AsyncGenerator
public interface ExprAgens extends Awaits {
  /** The loop's time as an awaitable, after {@code delay}. */
  default Coro<String> at(List<String> log, double delay) {
    return slow(log, "at", delay, "woke");
  }

  /**
   * Operands read before an await keep the value they had then: a timer changes the box at
   * t=0.05 while the body sleeps 0.1; receivers and arguments evaluated before the await too.
   * (The casts give the processor the type of the value it keeps across the await.)
   */
  @SuppressWarnings("cast")
  default AsyncGen<Object, Object, String> operandsBeforeAwaits(List<String> log) {
    Box box = new Box(1, "old").changeLater(0.05, 2, "new");
    int sum = (int) box.value + await(twice(log, box.value)) + box.value;
    Yield.value("sum " + sum);
    box.changeLater(0.05, 3, "newer");
    String s = (String) box.text + await(at(log, 0.1)) + box.text;
    Yield.value(s);
    box.changeLater(0.05, 4, "newest");
    String c = ((String) box.text()).concat(await(at(log, 0.1))).concat(box.text());
    Yield.value(c);
    box.changeLater(0.05, 5, "last");
    List<String> parts = new ArrayList<>();
    parts.add((String) box.text + "|" + await(at(log, 0.1)) + "|" + box.text + "|" + Yield.value("mid " + box.value));
    return AsyncGen.done(parts.get(0));
  }

  /** Short circuits and conditionals whose operands yield and await: only the evaluated ones suspend. */
  default AsyncGen<Object, Object, String> shortCircuits(List<String> log) {
    String r = "";
    for (int i = 0; i < 3; i++) {
      boolean a = i > 0 && await(twice(log, i)) > 2;
      boolean b = i == 1 || "y".equals(Yield.value("or " + i));
      String c = i % 2 == 0 ? "even" + await(twice(log, 10 + i)) : "odd" + Yield.value("cond " + i);
      r += a + "," + b + "," + c + ";";
    }
    Yield.value(r);
    return AsyncGen.done(r);
  }

  /** Compound assignments and increments of locals and array elements around suspensions. */
  default AsyncGen<Object, Object, String> compoundAssignments(List<String> log) {
    int x = 1;
    x += await(twice(log, x));
    int[] arr = {10, 20};
    int i = 0;
    arr[i++] = await(twice(log, arr[i]));
    String s = "s";
    s += Yield.value("x=" + x + " arr=" + arr[0] + "," + arr[1] + " i=" + i);
    long big = 1L << 40;
    big += await(twice(log, 3));
    double d = 0.5;
    d *= await(twice(log, 2));
    Yield.value(s + " " + big + " " + d);
    return AsyncGen.done(s);
  }

  /** Lambdas and an anonymous class created before suspensions and run after them. */
  default AsyncGen<Object, Object, String> capturesAcrossSuspensions(List<String> log) {
    List<Supplier<String>> made = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      int t = await(twice(log, i));
      Object got = Yield.value("make " + i);
      made.add(() -> "i=" + t + " got=" + got);
    }
    int base = await(twice(log, 5));
    IntSupplier counter = new IntSupplier() {
      private int calls;

      @Override
      public int getAsInt() {
        calls++;
        return base * 100 + calls;
      }
    };
    Yield.value(counter.getAsInt());
    await(Aio.sleep(0));
    String all = "";
    for (Supplier<String> s : made) {
      all += s.get() + ";";
    }
    Yield.value(all + counter.getAsInt());
    return AsyncGen.done(all);
  }

  /** A generic body: yields each item after an await and returns the last. */
  default <T> AsyncGen<T, Object, T> generic(List<String> log, List<T> items) {
    T last = null;
    for (T item : items) {
      await(Aio.sleep(0));
      Object got = Yield.value(item);
      log.add("generic got " + got);
      last = item;
    }
    return AsyncGen.done(last);
  }

  /**
   * return through a finally block that awaits and yields: the return value is the one computed
   * before the finally ran; break and continue through an awaiting finally.
   */
  default AsyncGen<Object, Object, String> returnThroughFinally(List<String> log) {
    String x = "before";
    for (int i = 0; i < 4; i++) {
      try {
        Object got = Yield.value("loop " + i);
        if (i == 0) {
          continue;
        }
        if ("stop".equals(got) || i == 2) {
          x = "returned at " + i;
          return AsyncGen.done(x);
        }
      } finally {
        await(Aio.sleep(0));
        log.add("finally " + i + " x=" + x);
        x = "changed in finally " + i;
        Yield.value("finally " + i);
      }
    }
    return AsyncGen.done(x);
  }

  /** A labeled block left by break around yields and awaits, and a do-while whose continue runs the awaiting condition. */
  default AsyncGen<Object, Object, Integer> labeledBlockAndDoContinue(List<String> log) {
    int n = 0;
    block:
    {
      Object got = Yield.value("in block");
      if (got != null) {
        break block;
      }
      await(Aio.sleep(0));
      Yield.value("end of block");
    }
    do {
      n++;
      if (n % 2 == 0) {
        continue;
      }
      Yield.value("do " + n);
    } while (await(twice(log, n)) < 8);
    return AsyncGen.done(n);
  }

  /** Reports the task its steps run in: the driver's, or the task an overlapping anext() runs in. */
  default AsyncGen<Object, Object, Void> currentTask(List<String> log) {
    for (int i = 0; i < 3; i++) {
      log.add("step " + i + " in " + Aio.currentTask().coro().name());
      await(Aio.sleep(0));
      log.add("after await in " + Aio.currentTask().coro().name());
      Yield.value(i);
    }
    return AsyncGen.done();
  }

  /** Delegates to itself recursively: a chain of n asynchronous delegations that each await and yield. */
  default AsyncGen<Object, Object, Integer> recursiveFrom(List<String> log, int n) {
    if (n == 0) {
      Object got = Yield.value("bottom");
      log.add("bottom got " + got);
      return AsyncGen.done(0);
    }
    await(Aio.sleep(0));
    Object got = Yield.value("down " + n);
    int below = Yield.from(recursiveFrom(log, n - 1));
    log.add("level " + n + " got " + got + " below " + below);
    Yield.value("up " + n);
    return AsyncGen.done(below + n);
  }

  /** An exception raised inside an async for's body (StopAsyncIteration included) leaves the loop. */
  default AsyncGen<Object, Object, String> raiseInsideAsyncFor(List<String> log) {
    String r = "";
    for (int round = 0; round < 2; round++) {
      AsyncGen<Integer, Object, Void> in = SourcesSteps.INSTANCE.range(log, "r" + round, 3);
      try {
        for (Integer i : dev.stepwise.Async.iter(in)) {
          Yield.value("round " + round + " value " + i);
          if (i == 1) {
            if (round == 0) {
              throw new dev.stepwise.StopAsyncIteration("from the loop body");
            }
            throw new IllegalStateException("from the loop body");
          }
        }
        r += "finished;";
      } catch (dev.stepwise.StopAsyncIteration | IllegalStateException e) {
        r += e.getClass().getSimpleName() + ";";
        Yield.value("caught " + e.getMessage() + ", inner " + in.state());
      } finally {
        await(in.aclose());
      }
    }
    return AsyncGen.done(r);
  }
}
