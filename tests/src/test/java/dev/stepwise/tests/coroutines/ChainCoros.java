package dev.stepwise.tests.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.tests.coroutines.Tick.tick;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** Awaits of other coroutines of this interface: chains of depth three and more, recursion. */
@Coroutine
public interface ChainCoros extends Ticking {
  /** The outermost of three frames. */
  default Coro<String> chain(List<String> log) {
    log.add("outer start");
    String a = await(middle(log, "a"));
    String b = await(middle(log, "b"));
    log.add("outer got " + a + " and " + b);
    return Coro.done(a + "+" + b);
  }

  /** The middle frame: awaits the leaf twice. */
  default Coro<String> middle(List<String> log, String name) {
    log.add("middle " + name);
    int x = await(leaf(log, name + "1"));
    await(Aio.sleep(0));
    int y = await(leaf(log, name + "2"));
    return Coro.done(name + (x + y));
  }

  /** The innermost frame: suspends on a tick. */
  default Coro<Integer> leaf(List<String> log, String name) {
    int v = await(tick(name.length()));
    log.add("leaf " + name + " got " + v);
    return Coro.done(v * 10);
  }

  /** Awaits itself recursively; every level suspends before and after its callee. */
  default Coro<Integer> recursive(List<String> log, int n) {
    await(tick(n));
    if (n == 0) {
      log.add("bottom");
      return Coro.done(0);
    }
    int below = await(recursive(log, n - 1));
    log.add("level " + n + " below " + below);
    int got = await(tick(n));
    return Coro.done(below + got);
  }

  /** A coroutine that completes without suspending, awaited in a loop, and a chain that ends at once. */
  default Coro<Integer> immediate(int v) {
    return Coro.done(v + 1);
  }

  /** Many awaits of coroutines that never suspend: no trip through the driver for any of them. */
  default Coro<Integer> manyImmediate(List<String> log) {
    int sum = 0;
    for (int i = 0; i < 200; i++) {
      sum += await(immediate(i));
    }
    log.add("sum " + sum);
    await(tick(null));
    return Coro.done(sum);
  }
}
