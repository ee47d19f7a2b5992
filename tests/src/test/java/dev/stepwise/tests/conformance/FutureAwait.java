package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Future;
import dev.stepwise.annotations.Coroutine;

/** aio_006: an await of a pending future hands the future itself up to the driver. */
@Coroutine
public interface FutureAwait {
  default <T> Coro<T> waits(Trace t, Future<T> f, String label) {
    t.print(label, "awaits");
    T v = await(f);
    t.print(label, "got", v);
    return Coro.done(v);
  }
}
