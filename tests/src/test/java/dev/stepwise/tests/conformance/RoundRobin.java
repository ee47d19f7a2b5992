package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** aio_009: tasks looping on sleep(0) take turns, one step each per loop iteration. */
@Coroutine
public interface RoundRobin {
  default Coro<Void> worker(List<Object> order, String name, int n) {
    for (int i = 0; i < n; i++) {
      order.add(name + i);
      await(Aio.sleep(0));
    }
    return Coro.done();
  }

  default Coro<Void> main(Trace t, List<Object> order) {
    await(Aio.gather(worker(order, "a", 3), worker(order, "b", 3), worker(order, "c", 2)));
    t.print(order);
    t.print("sleep(0, result) ->", await(Aio.sleep(0, "zero")));
    t.print("sleep(0.1, result) ->", await(Aio.sleep(0.1, "later")));
    return Coro.done();
  }
}
