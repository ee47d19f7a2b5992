package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Event;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;

/** agen_009: a second operation while one is suspended in an await of the body is refused at once. */
@AsyncGenerator
@Coroutine
public interface ConcurrentAnext {
  default AsyncGen<Integer, Object, Void> gen(Trace t, Event gate) {
    try {
      Yield.value(1);
      t.print("gen waits for the gate");
      await(gate.waitAsync());
      t.print("gen passed the gate");
      Yield.value(2);
    } finally {
      t.print("gen finally");
    }
    return AsyncGen.done();
  }

  default Coro<Integer> consume(AsyncGen<Integer, Object, Void> ag) {
    return Coro.done(await(ag.anext()));
  }

  default Coro<Void> main(Trace t) {
    AgenSupport s = AgenSupportSteps.INSTANCE;
    Event gate = new Event();
    AsyncGen<Integer, Object, Void> ag = gen(t, gate);
    await(s.acall(t, "__anext__()", ag.anext()));
    t.print("ag_running:", Py.running(ag), "| ag_await:", ag.awaiting());
    Task<Integer> task = Aio.createTask(consume(ag));
    await(Aio.sleep(0));
    t.print("ag_running:", Py.running(ag), "| ag_await:", Py.typeName(ag.awaiting()));
    await(s.acall(t, "__anext__()", ag.anext()));
    await(s.acall(t, "athrow(ValueError)", ag.athrow(new Py.ValueError("v"))));
    await(s.acall(t, "aclose()", ag.aclose()));
    gate.set();
    await(s.acall(t, "the first __anext__()", task));
    t.print("ag_running:", Py.running(ag), "| ag_await:", ag.awaiting());
    await(s.acall(t, "aclose()", ag.aclose()));
    return Coro.done();
  }
}
