package dev.stepwise.bench;

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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * G2 (issue 6): a chain of {@code depth} generators, each delegating to the next with
 * {@code Yield.from}, whose innermost one yields 1M ints; ns per element reaching the consumer.
 * Flat in depth means depth 100 costs about what depth 1 does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class YieldFromChain {
  static final int N = 1_000_000;

  @Param({"1", "10", "100"})
  public int depth;

  @Benchmark
  @OperationsPerInvocation(N)
  public long stepwise() {
    return GenIteration.drain(GensSteps.INSTANCE.chain(depth, N));
  }
}
