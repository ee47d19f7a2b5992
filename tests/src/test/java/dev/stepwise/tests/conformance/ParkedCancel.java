package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;

/** aio_051: cancel() of a task parked in sleep(0), and a task cancelling itself. */
@Coroutine
public interface ParkedCancel {
  default Coro<Void> parked(Trace t) {
    try {
      await(Aio.sleep(0));
      t.print("not reached");
    } catch (CancelledError e) {
      t.print("parked task: CancelledError at its sleep(0):", Py.exc(e));
      throw e;
    }
    return Coro.done();
  }

  default Coro<String> quick() {
    return Coro.done("quick");
  }

  default Coro<String> selfish(Trace t) {
    Task<?> me = Aio.currentTask();
    t.print("cancel() of itself ->", me.cancel("self"), "| cancelling():", me.cancelling());
    t.print("the current step goes on");
    String q = await(quick());
    t.print("await of a coroutine that does not suspend:", q);
    try {
      await(Aio.sleep(0));
      t.print("not reached");
    } catch (CancelledError e) {
      t.print("self-cancelled task: CancelledError at its next suspension:", Py.exc(e));
    }
    return Coro.done("swallowed");
  }

  default Coro<Void> main(Trace t) {
    Task<Void> p = Aio.createTask(parked(t));
    await(Aio.sleep(0));
    t.print("cancel() of the parked task ->", p.cancel("parked"), "| done:", p.done());
    try {
      await(p);
    } catch (CancelledError e) {
      t.print("awaiting it:", Py.exc(e));
    }
    Task<String> s = Aio.createTask(selfish(t));
    String r = await(s);
    t.print("result:", r, "| cancelled:", s.cancelled());
    return Coro.done();
  }
}
