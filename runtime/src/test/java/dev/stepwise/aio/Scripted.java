package dev.stepwise.aio;

import dev.stepwise.internal.CoroFrame;
import java.util.List;

/**
 * A hand-written coroutine frame for testing the runtime without the processor: each step of the
 * script receives the value (or exception) of the previous await and returns either
 * {@link #await(Object)} or {@link #done(Object)}, exactly like a generated {@code $resume} case.
 */
final class Scripted<R> extends CoroFrame<R> {
  /** One state of the script. */
  interface Step {
    Object run(Object sent, Throwable injected) throws Throwable;
  }

  private static final class Await {
    final Object operand;

    Await(Object operand) {
      this.operand = operand;
    }
  }

  private static final class Done {
    final Object value;

    Done(Object value) {
      this.value = value;
    }
  }

  private final String name;
  private final List<Step> steps;
  int resumes;

  Scripted(String name, Step... steps) {
    this.name = name;
    this.steps = List.of(steps);
  }

  static Object await(Object operand) {
    return new Await(operand);
  }

  static Object done(Object value) {
    return new Done(value);
  }

  @Override
  protected int $resume(Throwable injected) throws Throwable {
    resumes++;
    Object r = steps.get($state).run($sent, injected);
    $state++;
    if (r instanceof Await) {
      $awaiting = ((Await) r).operand;
      return $AWAIT;
    }
    $result = ((Done) r).value;
    return $RETURN;
  }

  @Override
  public String name() {
    return name;
  }
}
