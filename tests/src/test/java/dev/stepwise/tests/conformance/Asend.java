package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;

/** agen_003: asend delivers its value at the suspended yield; the first must send null. */
@AsyncGenerator
@Coroutine
public interface Asend {
  default AsyncGen<String, Object, Void> echo(Trace t) {
    t.print("echo started");
    Object received = Yield.value("ready");
    while (!"stop".equals(received)) {
      await(Aio.sleep(0));
      t.print("echo received", received);
      received = Yield.value("echo " + Py.str(received));
    }
    t.print("echo stops");
    return AsyncGen.done();
  }

  default Coro<Void> main(Trace t) {
    AgenSupport s = AgenSupportSteps.INSTANCE;
    AsyncGen<String, Object, Void> ag = echo(t);
    await(s.acall(t, "asend(1) first", ag.asend(1)));
    t.print("state:", Py.agstate(ag));
    await(s.acall(t, "asend(None)", ag.asend(null)));
    await(s.acall(t, "asend(1)", ag.asend(1)));
    await(s.acall(t, "asend('x')", ag.asend("x")));
    await(s.acall(t, "__anext__()", ag.anext()));
    await(s.acall(t, "asend('stop')", ag.asend("stop")));
    t.print("state:", Py.agstate(ag));
    await(s.acall(t, "asend(2) after the end", ag.asend(2)));
    await(s.acall(t, "asend(None) after the end", ag.asend(null)));
    return Coro.done();
  }
}
