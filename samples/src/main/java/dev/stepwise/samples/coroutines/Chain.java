package dev.stepwise.samples.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.aio.Aio.sleep;

import dev.stepwise.Coro;
import dev.stepwise.annotations.Coroutine;

/** The seeds' coroutine chain: print_sum awaits compute, which sleeps. */
@Coroutine
public interface Chain {
  /** Python's {@code compute(x, y)}. */
  default Coro<Integer> compute(int x, int y) {
    System.out.printf("Compute %s + %s ...%n", x, y);
    await(sleep(1.0));
    return Coro.done(x + y);
  }

  /** Python's {@code print_sum(x, y)}. */
  default Coro<Void> printSum(int x, int y) {
    int result = await(compute(x, y));
    System.out.printf("%s + %s = %s%n", x, y, result);
    return Coro.done();
  }
}
