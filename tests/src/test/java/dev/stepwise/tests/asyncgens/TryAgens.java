package dev.stepwise.tests.asyncgens;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.GeneratorExit;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import java.util.List;

/** try/catch/finally around yields and awaits: finally blocks that await, GeneratorExit caught, resources. */
@AsyncGenerator
public interface TryAgens extends Awaits {
  /** Catches Caught at each yield, awaits in the catch and yields from it; a logged finally per pass. */
  default AsyncGen<Object, Object, String> catchAroundYield(List<String> log) {
    String r = "";
    for (int i = 0; i < 3; i++) {
      try {
        Object got = Yield.value("try" + i);
        log.add("got " + got);
        await(Aio.sleep(0));
        r += "t";
      } catch (Caught e) {
        log.add("caught " + e.getMessage());
        int t = await(twice(log, i));
        Yield.value("caught " + e.getMessage() + " " + t);
        r += "c";
      } finally {
        log.add("finally " + i);
      }
    }
    return AsyncGen.done(r);
  }

  /** A finally block that awaits a timed sleep: aclose() and athrow() run it to the end. */
  default AsyncGen<Object, Object, Void> finallyAwaits(List<String> log) {
    try {
      Yield.value(1);
      await(Aio.sleep(0.5));
      Yield.value(2 + " " + Env.now());
    } finally {
      log.add("finally start " + Env.now());
      await(Aio.sleep(0.25));
      log.add("finally end " + Env.now());
    }
    return AsyncGen.done();
  }

  /** A finally block that awaits a coroutine and a future, and yields after them on the normal path. */
  default AsyncGen<Object, Object, String> finallyAwaitsCoroutineAndFuture(List<String> log) {
    String r = "";
    try {
      Object got = Yield.value("a");
      r += got;
      got = Yield.value("b");
      r += got;
    } finally {
      int t = await(twice(log, 4));
      String f = await(Env.later(0.1, "f"));
      log.add("finally " + t + f + " " + Env.now());
    }
    Yield.value("after finally " + r);
    return AsyncGen.done(r);
  }

  /** Catches GeneratorExit, awaits, and raises it again: aclose() succeeds. */
  default AsyncGen<Object, Object, Void> catchGeneratorExitRethrow(List<String> log) {
    try {
      Yield.value(1);
      await(Aio.sleep(0));
      Yield.value(2);
    } catch (GeneratorExit e) {
      log.add("caught GeneratorExit");
      await(Aio.sleep(0));
      log.add("rethrowing");
      throw e;
    }
    Yield.value(3);
    return AsyncGen.done();
  }

  /** Catches GeneratorExit and yields: "async generator ignored GeneratorExit". */
  default AsyncGen<Object, Object, Void> catchGeneratorExitAndYield(List<String> log) {
    for (int i = 0; i < 3; i++) {
      try {
        Yield.value(i);
      } catch (GeneratorExit e) {
        log.add("ignoring GeneratorExit at " + i);
        await(Aio.sleep(0));
        Yield.value("after GeneratorExit " + i);
      }
    }
    return AsyncGen.done();
  }

  /** Catches GeneratorExit and returns a value: aclose() succeeds and the value is the return value. */
  default AsyncGen<Object, Object, String> catchGeneratorExitAndReturn(List<String> log) {
    try {
      Yield.value(1);
      Yield.value(2);
    } catch (GeneratorExit e) {
      log.add("returning on GeneratorExit");
      return AsyncGen.done("closed gracefully");
    }
    return AsyncGen.done("finished");
  }

  /** Catches GeneratorExit and raises something else after an await: aclose() raises it. */
  default AsyncGen<Object, Object, Void> catchGeneratorExitAndRaise(List<String> log) {
    try {
      Yield.value(1);
      await(Aio.sleep(0));
      Yield.value(2);
    } catch (GeneratorExit e) {
      await(twice(log, 7));
      throw new IllegalStateException("cleanup failed");
    }
    return AsyncGen.done();
  }

  /** Catches every Throwable, GeneratorExit included, and keeps yielding. */
  default AsyncGen<Object, Object, Integer> catchThrowableKeepsGoing(List<String> log) {
    int caught = 0;
    for (int i = 0; i < 4; i++) {
      try {
        Yield.value(i);
        await(Aio.sleep(0));
      } catch (Throwable t) {
        caught++;
        log.add("caught " + t.getClass().getSimpleName() + " at " + i);
      }
    }
    return AsyncGen.done(caught);
  }

  /** Yields in a finally block. */
  default AsyncGen<Object, Object, Void> yieldInFinally(List<String> log) {
    try {
      Yield.value("in try");
      await(Aio.sleep(0));
      Yield.value("in try again");
    } finally {
      log.add("finally");
      Yield.value("in finally");
      log.add("finally after yield");
    }
    return AsyncGen.done();
  }

  /** Nested try: the inner catch yields and raises a Caught the outer catch turns into a yield; awaiting finally. */
  default AsyncGen<Object, Object, String> nestedTry(List<String> log) {
    try {
      try {
        Yield.value("inner try");
        await(failing(log, "inner failure"));
      } catch (IllegalStateException e) {
        Object got = Yield.value("inner caught " + e.getMessage());
        throw new Caught("rethrown with " + got);
      } finally {
        await(Aio.sleep(0));
        log.add("inner finally");
      }
    } catch (Caught e) {
      Yield.value("outer caught " + e.getMessage());
    } finally {
      log.add("outer finally");
    }
    return AsyncGen.done("nested");
  }

  /** A multi-catch whose handler awaits and yields. */
  default AsyncGen<Object, Object, String> multiCatch(List<String> log) {
    String r = "";
    for (int i = 0; i < 3; i++) {
      try {
        Object got = Yield.value("step " + i);
        if (i == 1) {
          throw new IllegalStateException("thrown at 1 after " + got);
        }
        r += "+";
      } catch (Caught | IllegalStateException e) {
        String s = await(slow(log, "handler", 0.1, e.getClass().getSimpleName()));
        Yield.value("handled " + s);
        r += "h";
      }
    }
    return AsyncGen.done(r);
  }

  /** Catches every RuntimeException (Injected too) around an await and a yield. */
  default AsyncGen<Object, Object, String> catchRuntimeBroadly(List<String> log) {
    String r = "";
    for (int i = 0; i < 3; i++) {
      try {
        await(Aio.sleep(0));
        Yield.value(i);
      } catch (RuntimeException e) {
        log.add("recovered from " + e.getClass().getSimpleName() + " " + e.getMessage());
        r += "r";
        Yield.value("recovered " + i);
      }
    }
    return AsyncGen.done(r);
  }

  /** try-with-resources (synchronous) around yields and awaits; the second resource fails to close. */
  default AsyncGen<Object, Object, Void> resources(List<String> log) {
    try (Env.Res a = new Env.Res(log, "a"); Env.Res b = new Env.Res(log, "!b")) {
      Yield.value("inside " + a.name());
      await(Aio.sleep(0));
      Yield.value("still inside " + b.name());
    }
    Yield.value("after");
    return AsyncGen.done();
  }

  /** A finally block that awaits and then raises, replacing the exception in flight. */
  default AsyncGen<Object, Object, Void> finallyRaises(List<String> log) {
    try {
      Yield.value(1);
      Yield.value(2);
      await(Aio.sleep(0));
    } finally {
      await(Aio.sleep(0));
      log.add("finally raises");
      if (log != null) {
        throw new IllegalArgumentException("from finally");
      }
    }
    return AsyncGen.done();
  }
}
