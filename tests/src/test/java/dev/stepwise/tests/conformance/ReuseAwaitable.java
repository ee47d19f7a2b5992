package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.Yield;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;

/** agen_008: each operation's awaitable can be awaited once. */
@AsyncGenerator
@Coroutine
public interface ReuseAwaitable {
  default AsyncGen<Integer, Object, Void> gen(Trace t) {
    try {
      Object x = Yield.value(1);
      t.print("gen received", x);
      Yield.value(2);
      Yield.value(3);
      Yield.value(4);
    } finally {
      t.print("gen finally");
    }
    return AsyncGen.done();
  }

  default Coro<Void> main(Trace t) {
    AgenSupport s = AgenSupportSteps.INSTANCE;
    AsyncGen<Integer, Object, Void> ag = gen(t);
    Coro<Integer> nx = ag.anext();
    await(s.acall(t, "await __anext__()", nx));
    await(s.acall(t, "await it again", nx));
    Coro<Integer> sd = ag.asend("sent");
    await(s.acall(t, "await asend('sent')", sd));
    await(s.acall(t, "await it again", sd));
    Coro<Integer> th = ag.athrow(new Py.ValueError("thrown"));
    await(s.acall(t, "await athrow(ValueError)", th));
    await(s.acall(t, "await it again", th));
    t.print("state:", Py.agstate(ag));

    ag = gen(t);
    await(s.acall(t, "await __anext__()", ag.anext()));
    Coro<Void> first = ag.aclose();
    Coro<Void> second = ag.aclose();
    await(s.acall(t, "await aclose()", first));
    await(s.acall(t, "await it again", first));
    await(s.acall(t, "await another aclose()", second));
    t.print("state:", Py.agstate(ag));

    ag = gen(t);
    await(s.acall(t, "await __anext__()", ag.anext()));
    await(s.acall(t, "await __anext__()", ag.anext()));
    nx = ag.anext();
    await(s.acall(t, "await __anext__()", nx));
    await(s.acall(t, "await it again", nx));
    await(s.acall(t, "await __anext__()", ag.anext()));
    nx = ag.anext();
    await(s.acall(t, "await __anext__() at the end", nx));
    await(s.acall(t, "await it again", nx));
    return Coro.done();
  }
}
