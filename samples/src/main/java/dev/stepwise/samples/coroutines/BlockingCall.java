package dev.stepwise.samples.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.aio.Aio.createTask;
import static dev.stepwise.aio.Aio.getRunningLoop;
import static dev.stepwise.aio.Aio.sleep;

import dev.stepwise.Coro;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The seeds' {@code good()}: a blocking call handed to the loop's executor, so the loop keeps
 * running other tasks (here a ticker) while a thread of the pool blocks.
 */
@Coroutine
public interface BlockingCall {
  /** A blocking call (Python's {@code time.sleep}): called directly it would freeze the loop. */
  static String blockingIo(AtomicBoolean finished) throws InterruptedException {
    Thread.sleep(400);
    finished.set(true);
    return "blocking call done";
  }

  /** Ticks three times, every 0.1 s; returns how many ticks came while the blocking call ran. */
  default Coro<Integer> ticker(AtomicBoolean finished) {
    int during = 0;
    for (int i = 1; i <= 3; i++) {
      await(sleep(0.1));
      if (!finished.get()) {
        during++;
      }
      System.out.println("tick " + i);
    }
    return Coro.done(during);
  }

  /** Python's {@code good()}, with a ticker running beside it. */
  default Coro<Void> main() {
    EventLoop loop = getRunningLoop();
    AtomicBoolean finished = new AtomicBoolean();
    Task<Integer> ticks = createTask(ticker(finished));

    // 스레드 풀에 위임
    String result = await(loop.runInExecutor(null, () -> blockingIo(finished)));
    int during = await(ticks);
    System.out.println(result);
    System.out.println("ticks while the blocking call ran: " + during);
    return Coro.done();
  }
}
