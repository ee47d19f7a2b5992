package dev.stepwise.tests.asyncgens;

import dev.stepwise.Coro;
import java.util.List;

/**
 * The {@link Helpers} coroutines as methods of the bodies' own interfaces, so that the processor
 * sees the result type of an await of one from the declared return type (an await's result can
 * then be an operand or a switch selector).
 */
public interface Awaits {
  /** {@link Helpers#twice}. */
  default Coro<Integer> twice(List<String> log, int x) {
    return HelpersSteps.INSTANCE.twice(log, x);
  }

  /** {@link Helpers#slow}. */
  default Coro<String> slow(List<String> log, String name, double delay, String result) {
    return HelpersSteps.INSTANCE.slow(log, name, delay, result);
  }

  /** {@link Helpers#failing}. */
  default Coro<String> failing(List<String> log, String message) {
    return HelpersSteps.INSTANCE.failing(log, message);
  }
}
