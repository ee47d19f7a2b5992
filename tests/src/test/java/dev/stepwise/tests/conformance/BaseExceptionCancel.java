package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.InvalidStateError;
import dev.stepwise.aio.Task;
import dev.stepwise.aio.TimeoutError;
import dev.stepwise.annotations.Coroutine;

/** aio_015: catch (Exception e) does not catch a cancellation: CancelledError is an Error. */
@Coroutine
public interface BaseExceptionCancel {
  default Coro<String> careless(Trace t) {
    try {
      await(Aio.sleep(10));
    } catch (Exception e) {
      t.print("except Exception caught it (wrong)");
      return Coro.done("swallowed");
    }
    return Coro.done("not reached");
  }

  default Coro<Void> main(Trace t) {
    t.print("CancelledError is an Exception:", Exception.class.isAssignableFrom(CancelledError.class));
    t.print("CancelledError is a BaseException:", Throwable.class.isAssignableFrom(CancelledError.class));
    t.print("InvalidStateError is an Exception:", Exception.class.isAssignableFrom(InvalidStateError.class));
    t.print("TimeoutError is an Exception:", Exception.class.isAssignableFrom(TimeoutError.class));
    Task<String> task = Aio.createTask(careless(t));
    await(Aio.sleep(0));
    task.cancel();
    try {
      await(task);
    } catch (CancelledError e) {
      t.print("the cancellation went through `except Exception`:", task.cancelled());
    }
    return Coro.done();
  }
}
