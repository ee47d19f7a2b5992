package dev.stepwise.aio;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor an {@link EventLoop} runs blocking functions on when none is given: Python's
 * default {@code concurrent.futures.ThreadPoolExecutor} of a loop. It has at most
 * {@code min(32, processors + 4)} daemon threads named {@code stepwise-executor-N}, started on
 * demand and ended after a minute idle, and an unbounded queue.
 */
final class DefaultExecutor {
  /** asyncio's THREAD_JOIN_TIMEOUT: how long {@code asyncio.run} waits for the threads at the end. */
  static final long JOIN_TIMEOUT_SECONDS = 300;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private DefaultExecutor() {}

  static ExecutorService create() {
    int workers = Math.min(32, Runtime.getRuntime().availableProcessors() + 4);
    int pool = POOLS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "stepwise-executor-" + pool + "-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ThreadPoolExecutor executor = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), factory);
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }
}
