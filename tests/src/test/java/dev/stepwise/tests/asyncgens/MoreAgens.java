package dev.stepwise.tests.asyncgens;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.AsyncGen;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import java.util.List;

/** Suspensions in less usual places: return expressions, resource initializers, for headers; misbehaving iterators. */
@AsyncGenerator
public interface MoreAgens extends Awaits {
  /** async for over iterators that misbehave: anext() returning null, raising, its awaitable raising; aiter() returning null. */
  default AsyncGen<Object, Object, String> brokenIterators(List<String> log) {
    String r = "";
    for (int kind = 0; kind < 3; kind++) {
      try {
        for (String s : Async.iter(new Env.Broken(log, kind))) {
          Yield.value(kind + ":" + s);
        }
        r += "ended;";
      } catch (RuntimeException e) {
        r += e.getClass().getSimpleName() + ";";
        Yield.value("kind " + kind + ": " + e.getMessage());
      }
    }
    try {
      for (String s : Async.iter(new Env.NoIterator())) {
        log.add("never " + s);
      }
    } catch (IllegalArgumentException e) {
      Yield.value(e.getMessage());
    }
    return AsyncGen.done(r);
  }

  /** Suspensions inside the return expression. */
  default AsyncGen<Object, Object, String> suspendingReturn(List<String> log) {
    Object first = Yield.value("first");
    if (first != null) {
      return AsyncGen.done("sent " + first + " then " + Yield.value("in return"));
    }
    return AsyncGen.done("awaited " + await(twice(log, 4)) + " " + Yield.value("last"));
  }

  /** Suspensions in the initializers of try-with-resources resources. */
  default AsyncGen<Object, Object, Void> suspendingResourceInit(List<String> log) {
    try (Env.Res a = new Env.Res(log, "r" + await(twice(log, 1)));
        Env.Res b = new Env.Res(log, "s" + Yield.value("name?"))) {
      Yield.value("using " + a.name() + " and " + b.name());
      await(Aio.sleep(0));
    }
    Yield.value("closed both");
    return AsyncGen.done();
  }

  /** Suspensions in a for loop's condition and update. */
  default AsyncGen<Object, Object, Integer> suspendingForHeader(List<String> log) {
    // Not "int i; for (i = 0; ...)": the processor emits "i$1 = 0" without its semicolon for an
    // expression-statement initializer of a for loop that suspends (reported).
    int i = 0;
    int steps = 0;
    for (; i < await(twice(log, 3)); i += 1 + (Yield.value("update " + i) == null ? 1 : 0)) {
      steps++;
      await(Aio.sleep(0));
      log.add("body " + i);
    }
    Yield.value("after loop i=" + i + " steps=" + steps);
    return AsyncGen.done(steps);
  }

  /** Yield.from of an Iterator and of an exhausted synchronous generator. */
  default AsyncGen<Object, Object, String> fromIteratorAndSpentGen(List<String> log) {
    Object r = Yield.from(List.of("i1", "i2").iterator());
    dev.stepwise.Gen<Object, Object, String> g = SyncSourcesSteps.INSTANCE.counted(log, "spent", 1);
    for (Object x : g) {
      log.add("drained " + x);
    }
    String s = Yield.from(g);
    Yield.value("iterator " + r + ", spent generator " + s);
    return AsyncGen.done(s);
  }

  /** Two async for loops over the same generator, the inner one taking values from the outer one's iteration. */
  default AsyncGen<Object, Object, String> sameGeneratorNested(List<String> log) {
    String r = "";
    AsyncGen<Integer, Object, Void> g = SourcesSteps.INSTANCE.range(log, "shared", 7);
    try {
      for (final int a : Async.iter(g)) {
        for (Integer b : Async.iter(g)) {
          Object got = Yield.value(a + "/" + b);
          r += got == null ? "." : got;
          if (b > a + 1) {
            break;
          }
        }
        r += "|";
      }
    } finally {
      await(g.aclose());
    }
    return AsyncGen.done(r);
  }

  /** async for in a catch block and in a finally block, with a labeled continue out of the inner loop. */
  default AsyncGen<Object, Object, String> asyncForInHandlers(List<String> log) {
    String r = "";
    outer:
    for (int round = 0; round < 2; round++) {
      AsyncGen<Integer, Object, Void> c = SourcesSteps.INSTANCE.range(log, "c" + round, 2);
      AsyncGen<Integer, Object, Void> f = SourcesSteps.INSTANCE.range(log, "f" + round, 2);
      try {
        try {
          Yield.value("round " + round);
          throw new Caught("to the catch " + round);
        } catch (Caught e) {
          for (Integer i : Async.iter(c)) {
            r += Yield.value("catch " + round + "." + i);
          }
        } finally {
          for (Integer i : Async.iter(f)) {
            Yield.value("finally " + round + "." + i);
            if (round == 0) {
              continue outer;
            }
          }
        }
      } finally {
        await(c.aclose());
        await(f.aclose());
      }
    }
    return AsyncGen.done(r);
  }

  /** Yield.from in a finally block: of an asynchronous generator that yields nothing, and of one that yields. */
  default AsyncGen<Object, Object, String> fromInFinally(List<String> log) {
    String r = "";
    try {
      Yield.value("in try");
      await(Aio.sleep(0));
      Yield.value("still in try");
    } finally {
      r += Yield.from(SourcesSteps.INSTANCE.empty(log));
      log.add("finally delegated to empty: " + r);
      if (r.length() > 100) {
        r += Yield.from(SourcesSteps.INSTANCE.withReturn(log, "never", 1));
      }
    }
    Object last = Yield.from(SourcesSteps.INSTANCE.withReturn(log, "after", 1));
    return AsyncGen.done(r + last);
  }

  /** try-with-resources on a variable declared before a yield (Java 9's {@code try (r)}). */
  default AsyncGen<Object, Object, String> resourceVariable(List<String> log) {
    Env.Res r = new Env.Res(log, "v");
    Object got = Yield.value("before try");
    try (r) {
      Yield.value("inside " + r.name() + " " + got);
      await(Aio.sleep(0));
    }
    return AsyncGen.done("closed " + r.name());
  }

  /** A for loop with two variables and a comma-separated update that yields. */
  default AsyncGen<Object, Object, Integer> commaUpdate(List<String> log) {
    int n = 0;
    for (int i = 0, j = 10; i < 3; i++, j--, Yield.value("update " + i + "," + j)) {
      n += j;
      await(Aio.sleep(0));
    }
    return AsyncGen.done(n);
  }

  /** Switch expressions whose arms yield and await. */
  default AsyncGen<Object, Object, String> switchExpressionArms(List<String> log) {
    String r = "";
    for (int i = 0; i < 3; i++) {
      r += switch (i) {
        case 0 -> "zero";
        case 1 -> {
          Object got = Yield.value("arm " + i);
          yield "one " + got;
        }
        default -> {
          int t = await(twice(log, i));
          yield "many " + t + Yield.value("default arm");
        }
      } + ";";
    }
    return AsyncGen.done(r);
  }

  /** An enhanced for over an array, yielding and awaiting. */
  default AsyncGen<Object, Object, Integer> arrayFor(List<String> log) {
    int s = 0;
    for (int x : new int[] {1, 2, 3}) {
      s += x;
      Yield.value(x);
      s += await(twice(log, x));
    }
    return AsyncGen.done(s);
  }
}
