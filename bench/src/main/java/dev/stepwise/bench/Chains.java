package dev.stepwise.bench;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;

/**
 * The coroutines {@link AwaitChain} measures: real {@code @Coroutine} bodies, so what runs is the
 * state machines the processor generates ({@code ChainsSteps}).
 */
@Coroutine
public interface Chains {
  /**
   * A chain of {@code depth} coroutines, each awaiting the next; the innermost one awaits
   * {@code sleep(0)} (a bare reschedule) {@code resumes} times, so the chain is suspended and
   * resumed {@code resumes} times while all of its frames are live.
   *
   * @param depth the number of coroutines in the chain, at least 1
   * @param resumes how many times the innermost one suspends
   * @return {@code resumes}
   */
  default Coro<Integer> suspendingChain(int depth, int resumes) {
    if (depth <= 1) {
      for (int i = 0; i < resumes; i++) {
        await(Aio.sleep(0));
      }
      return Coro.done(resumes);
    }
    int r = await(suspendingChain(depth - 1, resumes));
    return Coro.done(r);
  }

  /**
   * A chain of {@code depth} coroutines, each awaiting the next, that never suspends: the
   * innermost one returns at once.
   *
   * @param depth the number of coroutines in the chain, at least 1
   * @return {@code depth}
   */
  default Coro<Integer> completingChain(int depth) {
    if (depth <= 1) {
      return Coro.done(1);
    }
    int r = await(completingChain(depth - 1));
    return Coro.done(r + 1);
  }
}
