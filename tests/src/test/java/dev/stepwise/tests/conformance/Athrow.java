package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;

/** agen_004: athrow raises at the suspended yield: caught and yielding, caught and ending, not caught, unstarted. */
@AsyncGenerator
@Coroutine
public interface Athrow {
  default AsyncGen<Object, Object, Void> gen(Trace t) {
    t.print("gen started");
    try {
      Yield.value(1);
    } catch (Py.ValueError e) {
      t.print("gen caught", Py.exc(e));
      await(Aio.sleep(0));
      Yield.value("after the ValueError");
    } catch (Py.TypeError e) {
      t.print("gen caught", Py.exc(e), "and ends");
      return AsyncGen.done();
    }
    try {
      Yield.value(2);
    } finally {
      t.print("gen finally");
    }
    Yield.value(3);
    return AsyncGen.done();
  }

  default Coro<Void> main(Trace t) {
    AgenSupport s = AgenSupportSteps.INSTANCE;
    AsyncGen<Object, Object, Void> ag = gen(t);
    await(s.acall(t, "__anext__()", ag.anext()));
    await(s.acall(t, "athrow(ValueError)", ag.athrow(new Py.ValueError("v"))));
    t.print("state:", Py.agstate(ag));
    await(s.acall(t, "__anext__()", ag.anext()));
    await(s.acall(t, "athrow(RuntimeError), not caught", ag.athrow(new RuntimeException("r"))));
    t.print("state:", Py.agstate(ag));
    await(s.acall(t, "__anext__() afterwards", ag.anext()));

    ag = gen(t);
    await(s.acall(t, "__anext__()", ag.anext()));
    await(s.acall(t, "athrow(TypeError)", ag.athrow(new Py.TypeError("t"))));
    t.print("state:", Py.agstate(ag));

    ag = gen(t);
    await(s.acall(t, "athrow(ValueError) before the start", ag.athrow(new Py.ValueError("early"))));
    t.print("state:", Py.agstate(ag));
    await(s.acall(t, "__anext__() afterwards", ag.anext()));
    return Coro.done();
  }
}
