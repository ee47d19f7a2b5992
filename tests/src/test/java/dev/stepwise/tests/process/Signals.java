package dev.stepwise.tests.process;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Event;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Subprocess;
import dev.stepwise.annotations.Coroutine;
import java.util.ArrayList;
import java.util.List;

/** Signal handlers on the loop, driven by sending signals to this very JVM with kill(1). */
@Coroutine
public interface Signals {
  /** Sends {@code signal} to this JVM and waits for kill to finish. */
  default Coro<Void> raise(String signal) {
    Subprocess kill = await(Aio.createSubprocessExec("kill", "-s", signal, String.valueOf(ProcessHandle.current().pid())));
    Integer code = await(kill.waitFor());
    if (code != 0) {
      throw new IllegalStateException("kill -s " + signal + " exited with " + code);
    }
    return Coro.done();
  }

  /**
   * Sets a handler for {@code signal}, replaces it with a second one, raises the signal, and
   * reports which handler ran, on which thread, and what removing the handler returned twice.
   */
  default Coro<List<String>> handle(String addAs, String raiseAs) {
    EventLoop loop = Aio.getRunningLoop();
    Thread loopThread = Thread.currentThread();
    List<String> seen = new ArrayList<>();
    Event got = new Event();
    loop.addSignalHandler(addAs, () -> seen.add("replaced handler ran"));
    loop.addSignalHandler(addAs, () -> {
      seen.add("handler ran on the loop thread: " + (Thread.currentThread() == loopThread));
      got.set();
    });
    await(raise(raiseAs));
    await(Aio.waitFor(got.waitAsync(), 5.0));
    seen.add("removed: " + loop.removeSignalHandler(addAs));
    seen.add("removed again: " + loop.removeSignalHandler(addAs));
    return Coro.done(seen);
  }

  /** The same signal three times; the handler runs for each (the loop keeps going meanwhile). */
  default Coro<Integer> threeTimes() {
    EventLoop loop = Aio.getRunningLoop();
    int[] count = {0};
    loop.addSignalHandler("USR1", () -> count[0]++);
    for (int i = 1; i <= 3; i++) {
      await(raise("USR1"));
      for (int spin = 0; spin < 500 && count[0] < i; spin++) {
        await(Aio.sleep(0.01));
      }
    }
    loop.removeSignalHandler("USR1");
    return Coro.done(count[0]);
  }

  /** Waits for {@code e}. */
  default Coro<Void> park(Event e) {
    await(e.waitAsync());
    return Coro.done();
  }

  /**
   * Waits on {@code parked} in a task named "parked" while this JVM gets {@code signal}, until
   * {@code dumped} (filled by a log handler) holds a dump; at most five seconds.
   */
  default Coro<Void> dumpOnSignal(String signal, Event parked, List<String> dumped) {
    dev.stepwise.aio.Task<Void> waiting = Aio.getRunningLoop().createTask(park(parked), "parked");
    await(Aio.sleep(0));
    await(raise(signal));
    for (int spin = 0; spin < 500 && dumped.isEmpty(); spin++) {
      await(Aio.sleep(0.01));
    }
    parked.set();
    await(waiting);
    return Coro.done();
  }
}
