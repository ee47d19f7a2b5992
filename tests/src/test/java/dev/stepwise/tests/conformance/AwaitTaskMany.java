package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;
import java.util.ArrayList;
import java.util.List;

/** aio_048: a done task can be awaited again and again; a coroutine only once. */
@Coroutine
public interface AwaitTaskMany {
  default Coro<String> value() {
    await(Aio.sleep(0.1));
    return Coro.done("value");
  }

  default Coro<String> fails() {
    await(Aio.sleep(0.1));
    throw new Py.ValueError("failed once");
  }

  default Coro<Void> awaiter(Trace t, Task<String> task, String name) {
    t.print(name, "got", await(task));
    return Coro.done();
  }

  default Coro<Void> main(Trace t) {
    Task<String> task = Aio.createTask(value());
    await(Aio.gather(awaiter(t, task, "first"), awaiter(t, task, "second")));
    t.print("again:", await(task), await(task));
    Task<String> f = Aio.createTask(fails());
    List<Throwable> caught = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      try {
        await(f);
      } catch (Py.ValueError e) {
        caught.add(e);
      }
    }
    t.print("raised", caught.size(), "times, the same instance:", caught.get(0) == caught.get(1) && caught.get(1) == caught.get(2));
    Coro<String> c = value();
    t.print("coroutine:", await(c));
    try {
      await(c);
    } catch (RuntimeException e) {
      t.print("coroutine again:", e.getMessage());
    }
    return Coro.done();
  }
}
