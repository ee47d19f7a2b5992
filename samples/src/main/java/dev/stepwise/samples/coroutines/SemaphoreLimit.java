package dev.stepwise.samples.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.aio.Aio.gather;
import static dev.stepwise.aio.Aio.sleep;

import dev.stepwise.Async;
import dev.stepwise.Coro;
import dev.stepwise.aio.Semaphore;
import dev.stepwise.annotations.Coroutine;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeds' Semaphore: 100 fetches, at most 10 at a time. The fetches count how many run at once
 * so the program can show the peak.
 */
@Coroutine
public interface SemaphoreLimit {
  /** How many fetches run now, and the most that ever ran at once (Python's globals). */
  final class Concurrency {
    int running;
    int peak;
  }

  /** Python's {@code fetch(url)}: 0.1 s of I/O, counted. */
  default Coro<String> fetch(Concurrency c, String url) {
    c.running += 1;
    c.peak = Math.max(c.peak, c.running);
    await(sleep(0.1));
    c.running -= 1;
    return Coro.done("Data from " + url);
  }

  /**
   * Python's {@code limited_fetch(url)}. {@code async with sem:} binds nothing; Java needs a
   * variable, which the body does not use (hence the suppressed lint warning).
   */
  @SuppressWarnings("try")
  default Coro<String> limitedFetch(Semaphore sem, Concurrency c, String url) {
    try (Semaphore s = Async.with(sem)) {
      return Coro.done(await(fetch(c, url)));
    }
  }

  /** Python's {@code main()}. */
  default Coro<Void> main() {
    Semaphore sem = new Semaphore(10); // 최대 10개 동시 실행
    Concurrency c = new Concurrency();

    // 100개 요청이지만 동시에 10개씩만
    List<Coro<String>> tasks = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      tasks.add(limitedFetch(sem, c, "url" + i));
    }
    List<Object> results = await(gather(tasks));
    System.out.println(results.size() + " results: " + results.get(0) + " ... " + results.get(99));
    System.out.println("peak concurrency: " + c.peak);
    return Coro.done();
  }
}
