package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Future;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;

/** aio_050: awaiting tasks and plain done-callbacks run in registration order, in one iteration. */
@Coroutine
public interface Order {
  default Coro<Void> waiter(Trace t, String name, Future<Object> fut) {
    Object r = await(fut);
    t.print(name, "resumed with", r);
    Aio.getRunningLoop().callSoon(() -> t.print("scheduled by", name));
    return Coro.done();
  }

  default Coro<Void> main(Trace t) {
    EventLoop loop = Aio.getRunningLoop();
    Future<Object> fut = loop.createFuture();
    fut.addDoneCallback(f -> t.print("callback 1"));
    Task<Void> a = Aio.createTask(waiter(t, "task A", fut));
    await(Aio.sleep(0));
    fut.addDoneCallback(f -> t.print("callback 2"));
    Task<Void> b = Aio.createTask(waiter(t, "task B", fut));
    await(Aio.sleep(0));
    fut.addDoneCallback(f -> t.print("callback 3"));
    loop.callSoon(() -> t.print("call_soon queued before set_result"));
    fut.setResult("r");
    loop.callSoon(() -> t.print("call_soon queued after set_result"));
    t.print("set_result returned; nothing has run yet");
    await(Aio.sleep(0));
    t.print("main resumed");
    await(Aio.sleep(0));
    t.print("one iteration later");
    await(a);
    await(b);
    t.print("done");
    return Coro.done();
  }
}
