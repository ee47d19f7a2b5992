package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.StopIteration;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;

/** coro_007: a StopIteration raised in a body becomes a RuntimeError; one returned is a value. */
@Coroutine
public interface StopIterationInCoroutine {
  default Coro<Void> raises() {
    await(Aio.sleep(0));
    throw new StopIteration("stop");
  }

  default Coro<StopIteration> returns() {
    return Coro.done(new StopIteration(7));
  }

  default Coro<Void> main(Trace t) {
    try {
      await(raises());
    } catch (RuntimeException e) {
      t.print("raised:", Py.exc(e), "| cause:", Py.name(e.getCause()));
    }
    StopIteration r = await(returns());
    t.print("returned:", r.getClass().getSimpleName(), "value:", r.value());
    Coro<Void> c = raises();
    t.print("send(None) ->", c.send(null));
    try {
      c.send(null);
    } catch (RuntimeException e) {
      t.print("driven by hand:", Py.exc(e));
    }
    return Coro.done();
  }
}
