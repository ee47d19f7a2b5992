package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;

/**
 * aio_020: the running loop, current_task() and all_tasks() outside and inside a loop, and task
 * names. Stepwise numbers default task names per loop, CPython per process: the program prints
 * only names of its first loop, where both agree. {@code Aio.createTask} outside a loop closes the
 * coroutine (CPython 3.12+), CPython 3.11 leaves it CREATED: its state is not printed.
 */
@Coroutine
public interface NoLoop {
  default Coro<Void> work(Trace t) {
    t.print("never printed");
    return Coro.done();
  }

  default Coro<String> child() {
    await(Aio.sleep(0));
    return Coro.done(Aio.currentTask().name());
  }

  default Coro<Void> main(Trace t) {
    Task<?> me = Aio.currentTask();
    t.print("current_task() is a Task:", me instanceof Task, "| name:", me.name());
    t.print("it is in all_tasks():", Aio.allTasks().contains(me));
    Coro<String> c = child();
    Task<String> t1 = Aio.createTask(c);
    Task<String> t2 = Aio.createTask(child(), "custom");
    t.print("names:", t1.name(), t2.name(), "| get_coro() is the coroutine:", t1.coro() == c);
    t.print("unfinished tasks:", Aio.allTasks().size());
    t.print("children report:", await(t1), await(t2));
    t.print("unfinished tasks after they finished:", Aio.allTasks().size());
    t1.setName("renamed");
    t.print("after set_name:", t1.name());
    return Coro.done();
  }
}
