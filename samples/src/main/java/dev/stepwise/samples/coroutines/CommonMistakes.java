package dev.stepwise.samples.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.aio.Aio.getRunningLoop;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;

/**
 * Two of the seeds' common mistakes and what a user gets for each: a coroutine that is never
 * awaited (reported when the loop closes, through the loop's exception handler) and
 * {@code Aio.run} called from a running loop (a RuntimeException).
 */
@Coroutine
public interface CommonMistakes {
  /** Python's {@code fetch()}. */
  default Coro<String> fetch() {
    return Coro.done("data");
  }

  /** Python's {@code inner()}. */
  default Coro<Integer> inner() {
    return Coro.done(42);
  }

  /** Mistake 1: the await is missing; the coroutine never runs and is reported. */
  default Coro<Void> forgetAwait() {
    // ❌ await 빼먹음
    Coro<String> wrong = fetch();
    System.out.println(wrong); // <coroutine object CommonMistakes.fetch>

    // ✅ 올바른 사용
    String result = await(fetch());
    System.out.println(result); // data
    return Coro.done();
  }

  /**
   * Mistake 2: Aio.run inside a coroutine, where a loop is already running. Stepwise reports this
   * while compiling ([StepwiseNestedRun], an error); the sample silences it to show the
   * RuntimeError Python raises when the program runs.
   */
  @SuppressWarnings("StepwiseNestedRun")
  default Coro<Void> nestedRun() {
    try {
      // ❌ 이미 이벤트 루프 실행 중인데 또 run(); inner() is then never awaited either
      int result = Aio.run(inner());
      System.out.println(result);
    } catch (RuntimeException e) {
      System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    // ✅ 그냥 await
    int result = await(inner());
    System.out.println(result); // 42
    return Coro.done();
  }

  /** Runs both mistakes; what the loop reports when it closes is printed by its handler. */
  default Coro<Void> main() {
    // Without a handler the loop logs the report at ERROR through System.Logger.
    getRunningLoop().setExceptionHandler((loop, context) -> System.out.println("warning: " + context.get("message")));
    await(forgetAwait());
    await(nestedRun());
    return Coro.done();
  }
}
