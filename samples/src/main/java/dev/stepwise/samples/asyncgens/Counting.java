package dev.stepwise.samples.asyncgens;

import static dev.stepwise.Async.await;
import static dev.stepwise.aio.Aio.sleep;

import dev.stepwise.AsyncIterator;
import dev.stepwise.Coro;
import dev.stepwise.StopAsyncIteration;
import dev.stepwise.annotations.Coroutine;

/**
 * The async iterator protocol written by hand, as Python's {@code AsyncCounter} class does: its
 * {@code anext()} is a coroutine. A class cannot hold coroutine bodies, so they live in this
 * interface, and {@link AsyncCounter} extends the generated {@code CountingSteps} (abstract, since
 * the interface leaves the counter's state to the class).
 */
@Coroutine
public interface Counting extends AsyncIterator<Integer> {
  int stop();

  int current();

  void advance();

  /** Python's {@code __anext__}. */
  @Override
  default Coro<Integer> anext() {
    if (current() >= stop()) {
      throw new StopAsyncIteration();
    }
    await(sleep(0.1)); // simulated asynchronous I/O
    advance();
    return Coro.done(current());
  }
}
