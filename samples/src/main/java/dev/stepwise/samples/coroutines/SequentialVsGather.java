package dev.stepwise.samples.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.aio.Aio.gather;
import static dev.stepwise.aio.Aio.getRunningLoop;
import static dev.stepwise.aio.Aio.sleep;

import dev.stepwise.Coro;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/**
 * The seeds' three fetches, awaited one after the other and then run concurrently with
 * {@code gather}: the same work takes three seconds, then one.
 */
@Coroutine
public interface SequentialVsGather {
  /** Python's {@code fetch(url)}: one second of I/O. */
  default Coro<String> fetch(String url) {
    await(sleep(1)); // I/O 대기 중 다른 작업 가능
    return Coro.done("Data from " + url);
  }

  /** Python's {@code main()}. */
  default Coro<Void> main() {
    EventLoop loop = getRunningLoop();

    // 순차 실행: 3초 소요
    double start = loop.time();
    for (String url : List.of("a.com", "b.com", "c.com")) {
      String data = await(fetch(url));
      System.out.println(data);
    }
    System.out.println("sequential: " + PyRepr.oneDecimal(loop.time() - start) + " s");

    // 동시 실행: ~1초 소요
    start = loop.time();
    List<Object> results = await(gather(fetch("a.com"), fetch("b.com"), fetch("c.com")));
    System.out.println(PyRepr.repr(results));
    System.out.println("gather: " + PyRepr.oneDecimal(loop.time() - start) + " s");
    return Coro.done();
  }
}
