package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;
import java.util.ArrayList;
import java.util.List;

/** agen_001: an asynchronous generator with awaits between its yields, consumed by async for. */
@AsyncGenerator
@Coroutine
public interface AsyncForBasic {
  default AsyncGen<Integer, Object, Void> ticker(Trace t, int n, double delay) {
    t.print("ticker started");
    for (int i = 0; i < n; i++) {
      await(Aio.sleep(delay));
      t.print("ticker yields", i * 10);
      Yield.value(i * 10);
    }
    t.print("ticker ends");
    return AsyncGen.done();
  }

  default Coro<Void> other(Trace t, String name) {
    for (int i = 0; i < 3; i++) {
      t.print(name, i);
      await(Aio.sleep(0.2));
    }
    return Coro.done();
  }

  default Coro<Void> main(Trace t) {
    EventLoop loop = Aio.getRunningLoop();
    double start = loop.time();
    AsyncGen<Integer, Object, Void> ag = ticker(t, 3, 0.5);
    t.print("created, nothing ran:", Py.typeName(ag));
    t.print("__aiter__() is the generator:", ag.aiter() == ag);
    Task<Void> other = Aio.createTask(other(t, "other task"));
    List<Object> got = new ArrayList<>();
    for (Integer x : Async.iter(ag)) {
      t.print("got", x, "at", Math.round((loop.time() - start) * 10) / 10.0);
      got.add(x);
    }
    t.print("the loop ended:", got);
    await(other);
    int passes = 0;
    for (Integer x : Async.iter(ag)) {
      passes += 1;
    }
    t.print("async for over the exhausted generator:", passes, "passes");
    AsyncGen<Integer, Object, Void> fresh = ticker(t, 1, 0);
    String[] labels = {"__anext__():", "asend(None):", "athrow(ValueError()):", "aclose():"};
    List<Coro<?>> ops = List.of(fresh.anext(), fresh.asend(null), fresh.athrow(new Py.ValueError("")), fresh.aclose());
    for (int i = 0; i < labels.length; i++) {
      t.print(labels[i], Py.typeName(ops.get(i)));
      ops.get(i).close();
    }
    return Coro.done();
  }
}
