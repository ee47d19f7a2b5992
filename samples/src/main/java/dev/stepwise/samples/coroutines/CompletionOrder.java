package dev.stepwise.samples.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.aio.Aio.asCompleted;
import static dev.stepwise.aio.Aio.sleep;

import dev.stepwise.Awaitable;
import dev.stepwise.Coro;
import dev.stepwise.annotations.Coroutine;
import java.util.ArrayList;
import java.util.List;

/** The seeds' {@code as_completed}: results are handled as they finish, fastest first. */
@Coroutine
public interface CompletionOrder {
  /** Python's {@code fetch(url, delay)}: each fetch takes its own time. */
  default Coro<String> fetch(String url, double delay) {
    await(sleep(delay));
    return Coro.done("Data from " + url);
  }

  /** Python's {@code main()}. */
  default Coro<Void> main() {
    List<String> urls = List.of("a.com", "b.com", "c.com");
    List<Double> delays = List.of(0.3, 0.1, 0.2);
    List<Coro<String>> tasks = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) {
      tasks.add(fetch(urls.get(i), delays.get(i)));
    }
    for (Awaitable<String> coro : asCompleted(tasks)) {
      String result = await(coro);
      System.out.println("Got: " + result); // 빨리 끝나는 것부터
    }
    return Coro.done();
  }
}
