package dev.stepwise.tests.conformance;

import dev.stepwise.Coro;
import dev.stepwise.annotations.Coroutine;

/** coro_002: a coroutine, which is no iterator. */
@Coroutine
public interface NotIterable {
  default Coro<Integer> work() {
    return Coro.done(1);
  }
}
