package dev.stepwise.samples.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.aio.Aio.createTask;
import static dev.stepwise.aio.Aio.sleep;

import dev.stepwise.Coro;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;

/**
 * The seeds' task cancellation: the cancelled task cleans up in its handler and re-raises, and the
 * task that awaits it sees the cancellation.
 */
@Coroutine
public interface Cancellation {
  /** Python's {@code long_task()}. */
  default Coro<Void> longTask() {
    try {
      await(sleep(100));
    } catch (CancelledError e) {
      System.out.println("취소됨! 정리 작업...");
      throw e; // 취소 예외 다시 발생
    }
    return Coro.done();
  }

  /** Python's {@code main()}. */
  default Coro<Void> main() {
    Task<Void> task = createTask(longTask());

    await(sleep(1));
    task.cancel(); // 취소 요청

    try {
      await(task);
    } catch (CancelledError e) {
      System.out.println("태스크 취소 완료");
    }
    return Coro.done();
  }
}
