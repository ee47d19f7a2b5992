package dev.stepwise.tests.debugging;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Event;
import dev.stepwise.annotations.Coroutine;

/** Coroutines whose suspension points TaskDumpTest finds by the marker comments at their ends. */
@Coroutine
public interface Workers {
  default Coro<String> fetch(Event ready) {
    await(ready.waitAsync()); // dump: fetch waits
    return Coro.done("fetched");
  }

  default Coro<String> handle(Event ready) {
    String got = await(fetch(ready)); // dump: handle awaits fetch
    await(Aio.sleep(5)); // dump: handle sleeps
    return Coro.done(got);
  }

  default Coro<String> serve(Event ready) {
    String handled = await(handle(ready)); // dump: serve awaits handle
    return Coro.done(handled);
  }

  default Coro<Void> pause(double seconds) {
    await(Aio.sleep(seconds));
    return Coro.done();
  }

  default Coro<Void> spin() {
    while (true) {
      await(Aio.sleep(0)); // dump: spin yields
    }
  }
}
