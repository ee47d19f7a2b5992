package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.annotations.Coroutine;

/** The coroutine helpers of {@code _support.py} for the agen_ twins. */
@Coroutine
public interface AgenSupport {
  /** {@code _support.acall}: awaits {@code awaitable} and prints "label -> result" or "label -> exception". */
  default Coro<Void> acall(Trace t, String label, Object awaitable) {
    Object result;
    try {
      result = await(awaitable);
    } catch (Throwable e) {
      t.print(label + " -> " + Py.exc(e));
      return Coro.done();
    }
    t.print(label, "->", result);
    return Coro.done();
  }
}
