package dev.stepwise.samples.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.aio.Aio.createTask;
import static dev.stepwise.aio.Aio.getRunningLoop;
import static dev.stepwise.aio.Aio.sleep;

import dev.stepwise.Coro;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Future;
import dev.stepwise.annotations.Coroutine;

/** The seeds' Future: a placeholder for a result that another task sets later. */
@Coroutine
public interface FutureResult {
  /** Python's {@code set_future_result(future)}. */
  default Coro<Void> setFutureResult(Future<String> future) {
    await(sleep(1));
    future.setResult("Hello from the future!");
    return Coro.done();
  }

  /** Python's {@code main()}. */
  default Coro<Void> main() {
    EventLoop loop = getRunningLoop();
    Future<String> future = loop.createFuture();

    // 백그라운드에서 결과 설정
    createTask(setFutureResult(future));

    // 결과가 설정될 때까지 대기
    String result = await(future);
    System.out.println(result);
    return Coro.done();
  }
}
