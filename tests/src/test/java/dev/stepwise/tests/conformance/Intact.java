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

/** agen_016: yielded values reach the awaiter intact: tuples, StopIteration and StopAsyncIteration instances, None. */
@AsyncGenerator
@Coroutine
public interface Intact {
  default AsyncGen<Object, Object, Void> gen() {
    Yield.value(Py.tuple(1, 2));
    await(Aio.sleep(0));
    Yield.value(new StopIteration("si"));
    try {
      Yield.value(new StopAsyncIteration("sai"));
    } catch (Py.ValueError e) {
      await(Aio.sleep(0));
      Yield.value(Py.tuple(3, Py.tuple(4, 5)));
    }
    Yield.value(null);
    Yield.value(Py.tuple());
    return AsyncGen.done();
  }

  default Coro<Object> take(AsyncGen<Object, Object, Void> ag) {
    return Coro.done(await(ag.anext()));
  }

  default Coro<Void> main(Trace t) {
    AsyncGen<Object, Object, Void> ag = gen();
    t.print("__anext__() ->", Py.show(await(ag.anext())));
    t.print("asend(None) ->", Py.show(await(ag.asend(null))));
    t.print("__anext__() in a task ->", Py.show(await(Aio.createTask(take(ag)))));
    t.print("athrow(ValueError) ->", Py.show(await(ag.athrow(new Py.ValueError("v")))));
    t.print("__anext__() ->", Py.show(await(ag.anext())));
    t.print("__anext__() ->", Py.show(await(ag.anext())));
    await(AgenSupportSteps.INSTANCE.acall(t, "__anext__() at the end", ag.anext()));
    List<Object> got = new ArrayList<>();
    for (Object v : Async.iter(gen())) {
      got.add(Py.show(v));
    }
    t.print("async for:", got);
    return Coro.done();
  }
}
