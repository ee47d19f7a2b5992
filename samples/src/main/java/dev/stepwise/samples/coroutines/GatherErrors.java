package dev.stepwise.samples.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.aio.Aio.gather;
import static dev.stepwise.aio.Aio.sleep;

import dev.stepwise.Coro;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/**
 * The seeds' exception handling: an exception from an awaited coroutine, {@code gather} failing as
 * a whole when one child fails, and {@code gather(true, ...)} (Python's
 * {@code return_exceptions=True}) returning the exception in the child's place.
 */
@Coroutine
public interface GatherErrors {
  /** Python's {@code fetch(url)}. */
  default Coro<String> fetch(int n) {
    await(sleep(0.1));
    return Coro.done("data" + n);
  }

  /** Python's {@code risky()}; ValueError is IllegalArgumentException in Java. */
  default Coro<String> risky() {
    throw new IllegalArgumentException("에러!");
  }

  /** Python's {@code main()}. */
  default Coro<Void> main() {
    // 단일 코루틴
    try {
      await(risky());
    } catch (IllegalArgumentException e) {
      System.out.println("잡았다: " + e.getMessage());
    }

    // 기본: 하나라도 실패하면 전체 실패
    try {
      List<Object> results = await(gather(fetch(1), risky(), fetch(3)));
      System.out.println(PyRepr.repr(results));
    } catch (IllegalArgumentException e) {
      System.out.println("실패!");
    }

    // return_exceptions=True: 예외도 결과로 반환
    List<Object> results = await(gather(true, fetch(1), risky(), fetch(3)));
    System.out.println(PyRepr.repr(results));
    return Coro.done();
  }
}
