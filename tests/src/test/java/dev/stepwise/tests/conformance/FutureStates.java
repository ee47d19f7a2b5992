package dev.stepwise.tests.conformance;

import dev.stepwise.Coro;
import dev.stepwise.StopIteration;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Future;
import dev.stepwise.annotations.Coroutine;

/** aio_003: a future's states and the errors of using it in the wrong one. */
@Coroutine
public interface FutureStates {
  default Coro<Void> main(Trace t) {
    EventLoop loop = Aio.getRunningLoop();
    Future<Integer> f = loop.createFuture();
    t.print("pending: done", f.done(), "cancelled", f.cancelled());
    t.call("result()", f::result);
    t.call("exception()", f::exception);
    f.setResult(42);
    t.print("after set_result: done", f.done(), "result", f.result(), "exception", f.exception());
    t.call("set_result again", () -> {
      f.setResult(1);
      return null;
    });
    t.call("set_exception after a result", () -> {
      f.setException(new Py.ValueError("late"));
      return null;
    });
    t.call("cancel() of a done future", f::cancel);

    Future<Integer> g = loop.createFuture();
    g.setException(new Py.ValueError("bad"));
    t.call("result() of a failed future", g::result);
    t.print("exception():", Py.exc(g.exception()));

    Future<Integer> c = loop.createFuture();
    t.call("cancel()", c::cancel);
    t.call("cancel() again", c::cancel);
    t.print("cancelled:", c.cancelled(), "done:", c.done());
    t.call("result() of a cancelled future", c::result);
    t.call("exception() of a cancelled future", c::exception);
    t.call("set_result on a cancelled future", () -> {
      c.setResult(1);
      return null;
    });

    Future<Integer> s = loop.createFuture();
    s.setException(new StopIteration());
    t.print("set_exception(StopIteration) stored:", Py.exc(s.exception()), "| cause:", Py.name(s.exception().getCause()));
    return Coro.done();
  }
}
