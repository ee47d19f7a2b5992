package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Future;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;

/**
 * aio_049: the operations a Task refuses, and what ensure_future() wraps. The Python program
 * leaves out {@code Task(42)} and {@code ensure_future(1)}, TypeErrors in Python: in Java neither
 * compiles ({@code Task} has no public constructor, {@code ensureFuture} takes an
 * {@code Awaitable}); {@code ensure_future(None)} is the TypeError both have.
 */
@Coroutine
public interface Restrictions {
  default Coro<String> work() {
    return Coro.done("worked");
  }

  default Coro<Object> waitGate(Future<Object> gate) {
    return Coro.done(await(gate));
  }

  default Coro<Void> main(Trace t) {
    EventLoop loop = Aio.getRunningLoop();
    Future<Object> gate = loop.createFuture();
    Task<Object> task = Aio.createTask(waitGate(gate));
    t.call("set_result() of a task", () -> {
      task.setResult(1);
      return null;
    });
    t.call("set_exception() of a task", () -> {
      task.setException(new Py.ValueError("v"));
      return null;
    });
    t.call("result() of a pending task", task::result);
    t.call("exception() of a pending task", task::exception);
    Coro<String> c = work();
    Future<String> f = Aio.ensureFuture(c);
    t.print("ensure_future(coroutine) is a new Task:", f instanceof Task,
        "| get_coro() is the coroutine:", ((Task<String>) f).coro() == c);
    t.print("ensure_future(future) is the future:", Aio.ensureFuture(gate) == gate);
    t.print("ensure_future(task) is the task:", Aio.ensureFuture(task) == task);
    Future<Object> a = Aio.ensureFuture(Probes.awaitable(() -> ProbesSteps.INSTANCE.bareThenReturn("from __await__")));
    t.print("ensure_future(awaitable) is a Task:", a instanceof Task);
    t.call("ensure_future(None)", () -> Aio.ensureFuture(null));
    t.print("results:", await(f), await(a));
    gate.setResult("opened");
    t.print("task:", await(task));
    return Coro.done();
  }
}
