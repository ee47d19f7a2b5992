package dev.stepwise.bench;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The virtual-thread contenders of G1 and C1 (JDK 21+; run on JDK 25). The scheduler gets one
 * carrier thread, so that they run on one core like an event loop does
 * ({@code -Djdk.virtualThreadScheduler.parallelism=1}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Djdk.virtualThreadScheduler.parallelism=1")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class VirtualThreads {
  @State(Scope.Thread)
  public static class Factory {
    ThreadFactory threads;

    @Setup
    public void open() {
      threads = VThreads.factory();
    }
  }

  @State(Scope.Thread)
  public static class Tasks {
    @Param({"1", "100", "10000"})
    public int tasks;
  }

  /**
   * G1: a virtual producer hands 0..n-1 through a SynchronousQueue to a virtual consumer (both on
   * the one carrier); the benchmark thread joins the consumer.
   */
  @Benchmark
  @OperationsPerInvocation(GenIteration.HANDOFF_N)
  public long virtualThreadHandoff(Factory f) throws InterruptedException {
    long[] sum = new long[1];
    Thread consumer = f.threads.newThread(() -> {
      try {
        sum[0] = GenIteration.handoff(f.threads, GenIteration.HANDOFF_N);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    consumer.start();
    consumer.join();
    return sum[0];
  }

  /** C1: {@code tasks} virtual threads each calling {@code Thread.yield()} {@code SWITCHES / tasks} times. */
  @Benchmark
  @OperationsPerInvocation(Switch.SWITCHES)
  public int threadYield(Factory f, Tasks t) throws InterruptedException {
    int k = Switch.SWITCHES / t.tasks;
    Thread[] all = new Thread[t.tasks];
    for (int i = 0; i < all.length; i++) {
      all[i] = f.threads.newThread(() -> {
        for (int j = 0; j < k; j++) {
          Thread.yield();
        }
      });
    }
    for (Thread th : all) {
      th.start();
    }
    for (Thread th : all) {
      th.join();
    }
    return t.tasks * k;
  }
}
