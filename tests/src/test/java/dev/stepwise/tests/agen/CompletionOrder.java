package dev.stepwise.tests.agen;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Future;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** Python 3.13's async for over as_completed: the original futures, in completion order. */
@Coroutine
public interface CompletionOrder {
  default Coro<Integer> after(double delay, int value) {
    await(Aio.sleep(delay));
    return Coro.done(value);
  }

  default Coro<Void> main(List<String> seen) {
    List<Task<Integer>> tasks = List.of(
        Aio.createTask(after(0.3, 0)), Aio.createTask(after(0.1, 1)), Aio.createTask(after(0.2, 2)));
    for (Future<Integer> f : Async.iter(Aio.asCompleted(tasks))) {
      seen.add("is original: " + tasks.contains(f) + " | done: " + f.done() + " | result: " + f.result());
    }
    return Coro.done();
  }
}
