package dev.stepwise.bench;

import dev.stepwise.aio.EventLoop;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * C1 (issue 6): {@code tasks} tasks each switching {@code SWITCHES / tasks} times, ns per switch.
 * Each invocation creates the tasks, runs them to completion and gathers them, exactly as
 * {@code bench/python/switches.py} does with asyncio; the loop itself is kept across invocations
 * (Python's is too: one {@code asyncio.run} around all its runs).
 *
 * <ul>
 *   <li>{@link #stepwise}: {@code await(Aio.sleep(0))} in a {@code @Coroutine}
 *       ({@link Switches#switchAll}).
 *   <li>{@link #kotlinYield}: {@code yield()} in coroutines launched in {@code runBlocking}, whose
 *       event loop is single-threaded (the benchmark thread).
 * </ul>
 * The virtual-thread {@code Thread.yield} contender is in {@link VirtualThreads}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class Switch {
  /** Switches per invocation, whatever the number of tasks. */
  static final int SWITCHES = 500_000;

  @State(Scope.Thread)
  public static class Tasks {
    @Param({"1", "100", "10000"})
    public int tasks;

    EventLoop loop;

    @Setup(Level.Trial)
    public void open() {
      loop = new EventLoop();
    }

    @TearDown(Level.Trial)
    public void close() {
      loop.close();
    }
  }

  @Benchmark
  @OperationsPerInvocation(SWITCHES)
  public int stepwise(Tasks s) {
    return s.loop.runUntilComplete(s.loop.createTask(SwitchesSteps.INSTANCE.switchAll(s.tasks, SWITCHES / s.tasks)));
  }

  @Benchmark
  @OperationsPerInvocation(SWITCHES)
  public int kotlinYield(Tasks s) {
    return Kt.yieldSwitches(s.tasks, SWITCHES / s.tasks);
  }
}
