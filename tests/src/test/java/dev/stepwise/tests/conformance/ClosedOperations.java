package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.GeneratorExit;
import dev.stepwise.StopAsyncIteration;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Event;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** agen_101: operations on a finished generator, after a failed aclose(), and asend() while it runs. */
@AsyncGenerator
@Coroutine
public interface ClosedOperations {
  default AsyncGen<Object, Object, Void> gen() {
    Yield.value(1);
    return AsyncGen.done();
  }

  default AsyncGen<Object, Object, Void> fails() {
    Yield.value(1);
    throw new Py.ValueError("escaped");
  }

  default AsyncGen<Object, Object, Void> stubborn(Trace t) {
    try {
      Yield.value(1);
    } catch (GeneratorExit e) {
      Yield.value("ignored");
    }
    try {
      Yield.value("after");
    } finally {
      t.print("stubborn finally");
    }
    Yield.value("last");
    return AsyncGen.done();
  }

  default AsyncGen<Object, Object, Void> waits(Event gate) {
    Yield.value(1);
    await(gate.waitAsync());
    Yield.value(2);
    return AsyncGen.done();
  }

  default Coro<Void> main(Trace t) {
    AgenSupport s = AgenSupportSteps.INSTANCE;
    for (String how : List.of("exhausted", "closed by aclose()", "closed before the start", "ended by an exception")) {
      AsyncGen<Object, Object, Void> ag = how.equals("ended by an exception") ? fails() : gen();
      if (how.equals("closed before the start")) {
        await(ag.aclose());
      } else {
        await(ag.anext());
        if (how.equals("closed by aclose()")) {
          await(ag.aclose());
        } else {
          try {
            await(ag.anext());
          } catch (StopAsyncIteration | Py.ValueError e) {
            // as the program's `except (StopAsyncIteration, ValueError): pass`
          }
        }
      }
      t.print(how + ":", Py.agstate(ag));
      await(s.acall(t, "  asend(None)", ag.asend(null)));
      await(s.acall(t, "  __anext__()", ag.anext()));
      await(s.acall(t, "  athrow(ValueError)", ag.athrow(new Py.ValueError("v"))));
      await(s.acall(t, "  aclose()", ag.aclose()));
    }

    AsyncGen<Object, Object, Void> ag = stubborn(t);
    await(s.acall(t, "__anext__()", ag.anext()));
    await(s.acall(t, "aclose()", ag.aclose()));
    await(s.acall(t, "__anext__()", ag.anext()));
    t.print("resumed after the failed aclose:", Py.agstate(ag));
    await(s.acall(t, "aclose() again", ag.aclose()));
    await(s.acall(t, "athrow(ValueError)", ag.athrow(new Py.ValueError("v"))));
    t.print("the generator was not touched:", Py.agstate(ag));
    await(s.acall(t, "__anext__()", ag.anext()));
    await(s.acall(t, "__anext__()", ag.anext()));
    t.print("ended:", Py.agstate(ag));

    Event gate = new Event();
    ag = waits(gate);
    await(ag.anext());
    Task<Object> task = Aio.createTask(ag.anext());
    await(Aio.sleep(0));
    await(s.acall(t, "asend(None) while running", ag.asend(null)));
    await(s.acall(t, "asend(5) while running", ag.asend(5)));
    gate.set();
    await(s.acall(t, "the first __anext__()", task));
    return Coro.done();
  }
}
