package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.GeneratorExit;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;

/** agen_005: aclose raises GeneratorExit at the yield; the finally may await; unstarted, twice, exhausted. */
@AsyncGenerator
@Coroutine
public interface AcloseFinally {
  default AsyncGen<Integer, Object, Void> gen(Trace t, String name) {
    t.print(name, "started");
    try {
      Yield.value(1);
      Yield.value(2);
    } finally {
      t.print(name, "finally starts");
      await(Aio.sleep(0));
      t.print(name, "finally after an await");
    }
    return AsyncGen.done();
  }

  default AsyncGen<Integer, Object, Void> catcher(Trace t) {
    try {
      Yield.value(1);
    } catch (GeneratorExit e) {
      t.print("catcher caught GeneratorExit");
      await(Aio.sleep(0));
      t.print("catcher ends");
    }
    return AsyncGen.done();
  }

  default Coro<Void> ticker(Trace t) {
    for (int i = 0; i < 3; i++) {
      t.print("ticker", i);
      await(Aio.sleep(0));
    }
    return Coro.done();
  }

  default Coro<Void> main(Trace t) {
    AgenSupport s = AgenSupportSteps.INSTANCE;
    Task<Void> other = Aio.createTask(ticker(t));
    AsyncGen<Integer, Object, Void> ag = gen(t, "a");
    await(s.acall(t, "__anext__()", ag.anext()));
    await(s.acall(t, "aclose()", ag.aclose()));
    t.print("state:", Py.agstate(ag));
    await(s.acall(t, "aclose() again", ag.aclose()));
    await(s.acall(t, "__anext__() after aclose", ag.anext()));
    await(other);

    ag = gen(t, "unstarted");
    await(s.acall(t, "aclose() of an unstarted generator", ag.aclose()));
    t.print("state:", Py.agstate(ag));
    await(s.acall(t, "__anext__() afterwards", ag.anext()));

    ag = gen(t, "exhausted");
    for (Integer x : Async.iter(ag)) {
      t.print("got", x);
    }
    await(s.acall(t, "aclose() of an exhausted generator", ag.aclose()));

    ag = catcher(t);
    await(s.acall(t, "__anext__()", ag.anext()));
    await(s.acall(t, "aclose() of the catcher", ag.aclose()));
    t.print("state:", Py.agstate(ag));
    return Coro.done();
  }
}
