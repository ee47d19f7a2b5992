package dev.stepwise.tests.coroutines;

import dev.stepwise.Awaitable;

/**
 * Ticks of a type the processor can see without attributing the body (the declared return type
 * of a method of the interface), so that an await of one can be an operand, a condition or a
 * receiver: {@code await(tickInt(2)) > 1}.
 */
public interface Ticking {
  /** {@link Tick#tick} of an int. */
  default Awaitable<Integer> tickInt(int otherwise) {
    return Tick.tick(otherwise);
  }

  /** {@link Tick#tick} of a boolean. */
  default Awaitable<Boolean> tickBool(boolean otherwise) {
    return Tick.tick(otherwise);
  }

  /** {@link Tick#tick} of a String. */
  default Awaitable<String> tickStr(String otherwise) {
    return Tick.tick(otherwise);
  }
}
