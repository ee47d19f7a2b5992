package dev.stepwise.tests.agen;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.StopAsyncIteration;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

@Coroutine
public interface Drive {
  default Coro<Void> sendAll(List<String> log) {
    AsyncGen<String, String, Void> g = DelegatingSteps.INSTANCE.outer(log, SyncGensSteps.INSTANCE.pair(log));
    String v = await(g.anext());
    int i = 0;
    try {
      while (true) {
        log.add("yielded " + v);
        v = await(g.asend("s" + i++));
      }
    } catch (StopAsyncIteration e) {
      log.add("stopped");
    }
    return Coro.done();
  }

  default Coro<Void> closeMidDelegation(List<String> log) {
    AsyncGen<String, String, Void> g = DelegatingSteps.INSTANCE.outer(log, SyncGensSteps.INSTANCE.pair(log));
    for (String s : Async.iter(g)) {
      log.add("yielded " + s);
      break;
    }
    await(g.aclose());
    log.add("closed: " + g.state());
    return Coro.done();
  }

  /** athrow(GeneratorExit) while delegating: the delegate is closed, then the exit is raised here. */
  default Coro<Void> throwExitMidDelegation(List<String> log) {
    AsyncGen<String, String, Void> g = DelegatingSteps.INSTANCE.outer(log, SyncGensSteps.INSTANCE.pair(log));
    String first = await(g.anext());
    log.add("yielded " + first);
    try {
      await(g.athrow(new dev.stepwise.GeneratorExit()));
      log.add("athrow returned");
    } catch (dev.stepwise.GeneratorExit e) {
      log.add("athrow raised GeneratorExit");
    }
    log.add("state: " + g.state());
    return Coro.done();
  }
}
