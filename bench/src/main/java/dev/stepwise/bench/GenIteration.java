package dev.stepwise.bench;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * G1 (issue 6): iterating a generator of 10M ints, ns per element. Every contender is consumed by
 * the same loop ({@link #drain}: {@code hasNext}/{@code next}, unboxing, summing), so only the
 * producer differs. Each benchmark runs in its own fork, so {@code drain}'s call sites see one
 * iterator class each.
 *
 * <ul>
 *   <li>{@link #handWrittenIterator}: the floor, a hand-written {@code Iterator<Integer>}.
 *   <li>{@link #stepwise}: the {@code @Generator} {@link Gens#count} (generated state machine).
 *   <li>{@link #kotlinSequence}: Kotlin's {@code sequence { yield(i) }}.
 *   <li>{@link #platformThreadHandoff}: a producer thread handing each int through a
 *       {@code SynchronousQueue} to the benchmark thread; 20k ints per invocation, since each
 *       hand-off takes microseconds. The virtual-thread variant is in {@link VirtualThreads}.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GenIteration {
  static final int N = 10_000_000;
  static final int HANDOFF_N = 20_000;

  /** The consumer every contender shares. */
  static long drain(Iterator<Integer> it) {
    long sum = 0;
    while (it.hasNext()) {
      sum += it.next();
    }
    return sum;
  }

  /** The floor: what a Java programmer writes by hand. */
  static final class CountIterator implements Iterator<Integer> {
    private final int n;
    private int i;

    CountIterator(int n) {
      this.n = n;
    }

    @Override
    public boolean hasNext() {
      return i < n;
    }

    @Override
    public Integer next() {
      if (i >= n) {
        throw new NoSuchElementException();
      }
      return i++;
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public long handWrittenIterator() {
    return drain(new CountIterator(N));
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public long stepwise() {
    return drain(GensSteps.INSTANCE.count(N));
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public long kotlinSequence() {
    return drain(Kt.count(N));
  }

  @Benchmark
  @OperationsPerInvocation(HANDOFF_N)
  public long platformThreadHandoff() throws InterruptedException {
    return handoff(Thread::new, HANDOFF_N);
  }

  /** A producer thread made by {@code threads} puts 0..n-1 into a SynchronousQueue; this thread takes them. */
  static long handoff(java.util.concurrent.ThreadFactory threads, int n) throws InterruptedException {
    SynchronousQueue<Integer> q = new SynchronousQueue<>();
    Thread producer = threads.newThread(() -> {
      try {
        for (int i = 0; i < n; i++) {
          q.put(i);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    producer.start();
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += q.take();
    }
    producer.join();
    return sum;
  }
}
