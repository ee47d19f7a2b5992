package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;

/** aio_011: a task cancelled before its first step runs nothing of its body. */
@Coroutine
public interface CancelBeforeStart {
  default Coro<Void> body(Trace t) {
    try {
      t.print("body ran (wrong)");
      await(Aio.sleep(0));
    } finally {
      t.print("finally ran (wrong)");
    }
    return Coro.done();
  }

  default Coro<Void> main(Trace t) {
    Coro<Void> coro = body(t);
    Task<Void> task = Aio.createTask(coro);
    t.print("cancel ->", task.cancel());
    try {
      await(task);
    } catch (CancelledError e) {
      t.print("awaiting it raised CancelledError");
    }
    t.print("cancelled:", task.cancelled(), "coroutine:", Py.state(coro));
    return Coro.done();
  }
}
