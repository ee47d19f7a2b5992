package dev.stepwise.bench;

import dev.stepwise.aio.Aio;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * C3 (issue 6), one process per measurement: spawns {@code n} tasks that each sleep 1 s, and once
 * all of them have started (and sleep) prints one {@code RESULT} line and exits at once, with the
 * tasks still asleep:
 *
 * <ul>
 *   <li>{@code spawn_ns}: from before the first spawn until every task has started;
 *   <li>{@code heap_after_gc}: heap in use after {@code System.gc()} (the live heap);
 *   <li>{@code rss} and {@code peak_rss}: VmRSS and VmHWM of /proc/self/status, in bytes;
 *   <li>{@code alive}: how many tasks were still sleeping when measured (must be {@code n}).
 * </ul>
 * The driver runs it with {@code n} and with 1 and divides the difference by {@code n}.
 *
 * <p>Usage: {@code MemTasks stepwise|kotlin|vthreads N}
 */
public final class MemTasks {
  private MemTasks() {}

  static final double SLEEP_SECONDS = 1.0;

  public static void main(String[] args) throws Exception {
    String contender = args[0];
    int n = Integer.parseInt(args[1]);
    switch (contender) {
      case "stepwise":
        Aio.run(SwitchesSteps.INSTANCE.spawnSleeping(n, SLEEP_SECONDS, ns -> report(contender, n, ns, n)));
        break;
      case "kotlin":
        Kt.spawnSleeping(n, (long) (SLEEP_SECONDS * 1000), ns -> report(contender, n, ns, n));
        break;
      case "vthreads":
        vthreads(n);
        break;
      default:
        throw new IllegalArgumentException(contender);
    }
    throw new AssertionError("not measured");
  }

  /** {@code n} virtual threads each {@code Thread.sleep(1000)}; measured once all have started. */
  static void vthreads(int n) throws InterruptedException {
    ThreadFactory threads = VThreads.factory();
    CountDownLatch started = new CountDownLatch(n);
    AtomicInteger alive = new AtomicInteger(n);
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      threads.newThread(() -> {
        started.countDown();
        try {
          Thread.sleep((long) (SLEEP_SECONDS * 1000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        alive.decrementAndGet();
      }).start();
    }
    started.await();
    long spawn = System.nanoTime() - t0;
    report("vthreads", n, spawn, alive.get());
  }

  /** Measures, prints the RESULT line, and ends the process. */
  static void report(String contender, int n, long spawnNs, int alive) {
    System.gc();
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long rss = statusKb("VmRSS:") * 1024;
    long peak = statusKb("VmHWM:") * 1024;
    System.out.printf(
        "RESULT {\"workload\":\"C3\",\"contender\":\"%s\",\"n\":%d,\"spawn_ns\":%d,\"heap_after_gc\":%d,\"rss\":%d,\"peak_rss\":%d,\"alive\":%d,\"jdk\":\"%s\"}%n",
        contender, n, spawnNs, heap, rss, peak, alive, Runtime.version());
    System.out.flush();
    Runtime.getRuntime().halt(0);
  }

  static long statusKb(String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(key)) {
          return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return -1;
  }
}
