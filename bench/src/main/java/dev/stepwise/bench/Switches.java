package dev.stepwise.bench;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;
import java.util.ArrayList;
import java.util.List;

/** The coroutines C1 and C3 measure ({@code SwitchesSteps} is what the processor generates). */
@Coroutine
public interface Switches {
  /** Python's {@code async def switcher(k): for _ in range(k): await asyncio.sleep(0)}. */
  default Coro<Void> switcher(int k) {
    for (int i = 0; i < k; i++) {
      await(Aio.sleep(0));
    }
    return Coro.done();
  }

  /** {@code await asyncio.gather(*(switcher(k) for _ in range(tasks)))}; returns the switch count. */
  default Coro<Integer> switchAll(int tasks, int k) {
    List<Coro<Void>> all = new ArrayList<>(tasks);
    for (int t = 0; t < tasks; t++) {
      all.add(switcher(k));
    }
    await(Aio.gather(all));
    return Coro.done(tasks * k);
  }

  /** C3's task: {@code await asyncio.sleep(seconds)}. */
  default Coro<Void> sleeper(double seconds) {
    await(Aio.sleep(seconds));
    return Coro.done();
  }

  /**
   * C3: spawns {@code n} tasks that each sleep {@code seconds}, yields once so that every one has
   * started and is sleeping, then hands the spawn time (ns) to {@code measure}, which prints and
   * exits the process while the tasks still sleep.
   */
  default Coro<Void> spawnSleeping(int n, double seconds, java.util.function.LongConsumer measure) {
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Aio.createTask(sleeper(seconds));
    }
    await(Aio.sleep(0));
    measure.accept(System.nanoTime() - t0);
    return Coro.done();
  }
}
