package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** coro_003: only the coroutine that nothing started, closed, awaited or wrapped is reported. */
@Coroutine
public interface NeverAwaited {
  default Coro<Void> dropped(Trace t) {
    t.print("dropped ran");
    return Coro.done();
  }

  default Coro<Void> started() {
    await(Aio.sleep(0));
    return Coro.done();
  }

  default Coro<Void> closed(Trace t) {
    t.print("closed ran");
    return Coro.done();
  }

  default Coro<String> awaited() {
    return Coro.done("awaited ran");
  }

  /** Leaves the started coroutine in {@code left}, for the test to close once the loop is gone. */
  @SuppressWarnings("StepwiseNeverAwaited") // the program's mistake, reported at run time too
  default Coro<Void> main(Trace t, List<String> reports, List<Coro<?>> left) {
    Aio.getRunningLoop().setExceptionHandler((loop, context) ->
        reports.add("report: RuntimeWarning " + context.get("message")));
    dropped(t);
    Coro<Void> s = started();
    s.send(null);
    left.add(s);
    Coro<Void> c = closed(t);
    c.close();
    t.print(await(awaited()));
    Task<String> task = Aio.createTask(awaited());
    t.print(await(task));
    return Coro.done();
  }
}
