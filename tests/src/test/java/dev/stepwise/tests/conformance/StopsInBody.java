package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.StopAsyncIteration;
import dev.stepwise.StopIteration;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;
import java.util.ArrayList;
import java.util.List;

/** agen_007: StopAsyncIteration and StopIteration escaping a body become RuntimeErrors. */
@AsyncGenerator
@Coroutine
public interface StopsInBody {
  default AsyncGen<Integer, Object, Void> raisesStopAsync() {
    Yield.value(1);
    await(Aio.sleep(0));
    throw new StopAsyncIteration("from the body");
  }

  default AsyncGen<Integer, Object, Void> raisesStop() {
    Yield.value(1);
    throw new StopIteration("from the body");
  }

  default AsyncGen<Object, Object, Void> empty() {
    return AsyncGen.done();
  }

  default AsyncGen<Object, Object, Void> unguarded() {
    Yield.value("before");
    AsyncGen<Object, Object, Void> inner = empty();
    Yield.value(await(inner.anext()));
    return AsyncGen.done();
  }

  default Coro<Void> main(Trace t) {
    AgenSupport s = AgenSupportSteps.INSTANCE;
    AsyncGen<Integer, Object, Void> ag = raisesStopAsync();
    await(s.acall(t, "__anext__()", ag.anext()));
    try {
      await(ag.anext());
    } catch (RuntimeException e) {
      t.print("__anext__() ->", Py.exc(e), "| cause:", Py.exc(e.getCause()));
    }
    t.print("state:", Py.agstate(ag));
    await(s.acall(t, "__anext__() afterwards", ag.anext()));

    ag = raisesStop();
    await(s.acall(t, "__anext__()", ag.anext()));
    try {
      await(ag.anext());
    } catch (RuntimeException e) {
      t.print("__anext__() ->", Py.exc(e), "| cause:", Py.exc(e.getCause()));
    }
    t.print("state:", Py.agstate(ag));

    List<Object> got = new ArrayList<>();
    try {
      for (Object x : Async.iter(unguarded())) {
        got.add(x);
      }
    } catch (RuntimeException e) {
      t.print("async for ->", Py.exc(e), "| cause:", Py.exc(e.getCause()), "| got", got);
    }
    return Coro.done();
  }
}
