package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** aio_019: Aio.run cancels the tasks left when main returns and runs their cleanup. */
@Coroutine
public interface Leftovers {
  default Coro<Void> leftover(List<Object> events, String name) {
    try {
      await(Aio.sleep(10));
    } catch (CancelledError e) {
      events.add(name + " cancelled");
      throw e;
    } finally {
      await(Aio.sleep(0));
      events.add(name + " cleanup after an await");
    }
    return Coro.done();
  }

  default Coro<String> main(Trace t, List<Object> events, List<EventLoop> loops) {
    loops.add(Aio.getRunningLoop());
    Aio.createTask(leftover(events, "a"));
    Aio.createTask(leftover(events, "b"));
    await(Aio.sleep(0));
    t.print("main returns with", Aio.allTasks().size() - 1, "tasks pending");
    return Coro.done("main result");
  }
}
