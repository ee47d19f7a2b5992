package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Future;
import dev.stepwise.annotations.Coroutine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** aio_004: done-callbacks are scheduled, in order, never run by set_result itself. */
@Coroutine
public interface FutureCallbacks {
  default Coro<Void> main(Trace t) {
    List<Object> events = new ArrayList<>();
    Future<String> f = Aio.getRunningLoop().createFuture();
    Consumer<Future<String>> first = fut -> events.add("first got the future: " + Py.str(fut == f) + ", result " + fut.result());
    Consumer<Future<String>> second = fut -> events.add("second");
    Consumer<Future<String>> removed = fut -> events.add("removed (wrong)");
    f.addDoneCallback(first);
    f.addDoneCallback(second);
    f.addDoneCallback(removed);
    f.addDoneCallback(second);
    f.addDoneCallback(removed);
    t.print("remove_done_callback ->", f.removeDoneCallback(removed));
    t.print("remove_done_callback again ->", f.removeDoneCallback(removed));
    f.setResult("r");
    t.print("right after set_result:", events);
    await(Aio.sleep(0));
    t.print("one iteration later:", events);
    events.clear();
    f.addDoneCallback(fut -> events.add("added when done"));
    t.print("right after adding to a done future:", events);
    await(Aio.sleep(0));
    t.print("one iteration later:", events);
    return Coro.done();
  }
}
