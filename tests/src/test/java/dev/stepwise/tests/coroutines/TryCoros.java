package dev.stepwise.tests.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.tests.coroutines.Tick.tick;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** try/catch/finally around awaits: awaits in try, catch and finally, jumps through finally, resources, deep exceptions. */
@Coroutine
public interface TryCoros extends Ticking {
  /** A resource whose close is logged; a name starting with '!' fails to close. */
  final class Res implements AutoCloseable {
    private final List<String> log;
    final String name;

    public Res(List<String> log, String name) {
      this.log = log;
      this.name = name;
      log.add("open " + name);
    }

    @Override
    public void close() {
      log.add("close " + name);
      if (name.startsWith("!")) {
        throw new IllegalStateException("close of " + name + " fails");
      }
    }
  }

  /** Fails at its second step. */
  default Coro<Void> failing(List<String> log, String message) {
    log.add("failing " + message);
    await(Aio.sleep(0));
    throw new IllegalStateException(message);
  }

  /** Awaits in try, in a multi-catch and in finally; a thrown exception and one from an awaited coroutine. */
  default Coro<String> awaitsInTryCatchFinally(List<String> log) {
    String r = "";
    for (int i = 0; i < 3; i++) {
      try {
        String got = await(tickStr("try" + i));
        if (i == 1) {
          throw new IllegalArgumentException("thrown " + got);
        }
        if (i == 2) {
          await(failing(log, "deep " + got));
        }
        r += "t";
      } catch (IllegalArgumentException | IllegalStateException e) {
        log.add("caught " + e.getMessage());
        r += await(tickStr("c"));
      } finally {
        log.add("finally " + i);
        r += await(tickStr("f"));
      }
    }
    return Coro.done(r);
  }

  /** continue, labeled continue and break through two finally blocks that await, then a return through two. */
  default Coro<String> jumpsThroughFinally(List<String> log) {
    String r = "";
    loop:
    for (int i = 0; i < 5; i++) {
      try {
        try {
          int got = await(tick(i));
          if (got == 1) {
            continue;
          }
          if (got == 2) {
            continue loop;
          }
          if (got == 3) {
            break;
          }
          r += got;
        } finally {
          log.add("inner finally " + i);
          await(Aio.sleep(0));
        }
        log.add("between " + i);
      } finally {
        r += await(tickStr("f"));
      }
    }
    r += await(returnThroughFinally(log));
    return Coro.done(r);
  }

  /** A return whose value survives awaits in two finally blocks. */
  default Coro<String> returnThroughFinally(List<String> log) {
    try {
      try {
        return Coro.done("ret " + await(tickStr("v")));
      } finally {
        log.add("inner " + await(tickStr("i")));
      }
    } finally {
      log.add("outer " + await(tickStr("o")));
    }
  }

  /** try-with-resources: an await in a resource initializer and in the body; close on an exception, suppressed failures. */
  default Coro<String> resources(List<String> log) {
    String r = "";
    try (Res a = new Res(log, "a"); Res b = new Res(log, await(tickStr("b")))) {
      r += await(tickStr("body"));
      if (await(tickBool(false))) {
        throw new IllegalStateException("fail in body");
      }
      log.add("body done with " + a.name + b.name);
    }
    try (Res c = new Res(log, "!c")) {
      await(Aio.sleep(0));
      if (c != null) {
        throw new IllegalArgumentException("body fails");
      }
    } catch (IllegalArgumentException e) {
      r += " caught " + e.getMessage() + " suppressed " + e.getSuppressed()[0].getMessage();
    }
    return Coro.done(r);
  }

  /** An exception raised three awaits down passes finally blocks that await in every frame. */
  default Coro<String> exceptionAcrossFrames(List<String> log) {
    try {
      return Coro.done(await(level(log, 3)));
    } catch (IllegalStateException e) {
      log.add("top caught " + e.getMessage());
      await(Aio.sleep(0));
      return Coro.done("recovered");
    }
  }

  /** One frame of {@link #exceptionAcrossFrames}. */
  default Coro<String> level(List<String> log, int depth) {
    try {
      await(tickStr("level " + depth));
      if (depth == 0) {
        throw new IllegalStateException("raised at the bottom");
      }
      String s = await(level(log, depth - 1));
      return Coro.done(s + depth);
    } finally {
      log.add("finally " + depth);
      await(Aio.sleep(0));
    }
  }
}
