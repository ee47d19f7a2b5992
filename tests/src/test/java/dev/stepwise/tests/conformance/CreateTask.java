package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** aio_008: create_task queues the first step; the creator runs on until it awaits. */
@Coroutine
public interface CreateTask {
  default Coro<String> child(List<String> events, String name, int steps) {
    events.add(name + " starts");
    for (int i = 0; i < steps; i++) {
      await(Aio.sleep(0));
      events.add(name + " step " + i);
    }
    events.add(name + " ends");
    return Coro.done(name);
  }

  default Coro<Void> main(Trace t, List<String> events) {
    Task<String> a = Aio.createTask(child(events, "a", 2));
    Task<String> b = Aio.createTask(child(events, "b", 1));
    events.add("main after create_task, a done: " + Py.str(a.done()));
    Aio.getRunningLoop().callSoon(() -> events.add("call_soon after the tasks"));
    events.add("main awaits a");
    String r = await(a);
    events.add("main got " + r + ", b done: " + Py.str(b.done()));
    for (String e : events) {
      t.print(e);
    }
    return Coro.done();
  }
}
