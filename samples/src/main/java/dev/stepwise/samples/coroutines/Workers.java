package dev.stepwise.samples.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.aio.Aio.createTask;
import static dev.stepwise.aio.Aio.sleep;

import dev.stepwise.Coro;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;

/** The seeds' two workers run as tasks: both start at once, the shorter one finishes first. */
@Coroutine
public interface Workers {
  /** Python's {@code worker(name, delay)}. */
  default Coro<String> worker(String name, double delay) {
    System.out.println(name + " started");
    await(sleep(delay));
    System.out.println(name + " done");
    return Coro.done(name + " result");
  }

  /** Python's {@code main()}: creating a task schedules it at once. */
  default Coro<Void> main() {
    Task<String> task1 = createTask(worker("A", 2));
    Task<String> task2 = createTask(worker("B", 1));

    // Both tasks run concurrently while main waits for the first.
    String result1 = await(task1);
    String result2 = await(task2);
    System.out.println(result1 + " " + result2);
    return Coro.done();
  }
}
