package dev.stepwise.bench;

import dev.stepwise.aio.EventLoop;
import dev.stepwise.internal.CoroFrame;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
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
 * The cost of an await chain as a function of its depth (DESIGN.md, "Generated code: shape and
 * cost"): resuming the innermost coroutine of a chain must not cost time proportional to the
 * chain's depth, and awaiting a coroutine that completes without suspending must take no trip
 * through the loop. All four benchmarks run in one JMH run so that their ratios mean something on a
 * noisy two-core machine; the defaults below are the short settings used there (about two
 * minutes for the whole class).
 *
 * <ul>
 *   <li>{@link #resumeInnermost}: ns per resume of the innermost frame of a chain of
 *       {@code depth} coroutines. Compare depth 100 with depth 1: flat means close to 1.
 *   <li>{@link #callSoonReschedule}: ns per bare {@code callSoon} reschedule on an
 *       {@link EventLoop}: the floor of one trip through the loop, with no coroutine.
 *   <li>{@link #awaitCompletingChain}: ns for a whole chain of {@code depth} awaits that never
 *       suspends, driven without any loop.
 *   <li>{@link #nestedPlainCalls}: the same depth of nested plain method calls.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AwaitChain {
  /**
   * Resumes (loop trips) per invocation. Large enough that building and unwinding a chain of 100
   * frames once per invocation (what {@link #awaitCompletingChain} measures, a few microseconds)
   * adds well under a nanosecond to each resume.
   */
  static final int RESUMES = 10_000;

  /**
   * A loop kept across invocations, and the chain depth.
   *
   * <p>Why one loop for the whole trial rather than one {@code Aio.run} per invocation:
   * {@code Aio.run} opens and closes an NIO selector (system calls, a file descriptor) and sweeps
   * the loop's tasks each time. That cost has nothing to do with resuming a frame and its system
   * calls are the noisiest part of a run; with a kept loop each invocation is just
   * {@code runUntilComplete} of one task, whose constant part (creating the task, the stop
   * callback, building and unwinding the chain once) is spread over {@link #RESUMES} resumes.
   */
  @State(Scope.Thread)
  public static class ChainState {
    @Param({"1", "10", "100"})
    public int depth;

    EventLoop loop;

    @Setup(Level.Trial)
    public void open() {
      loop = new EventLoop();
      int r = loop.runUntilComplete(loop.createTask(ChainsSteps.INSTANCE.suspendingChain(depth, 3)));
      if (r != 3) {
        throw new AssertionError("suspendingChain returned " + r);
      }
    }

    @TearDown(Level.Trial)
    public void close() {
      loop.close();
    }
  }

  /** A bare loop and a callback that reschedules itself until {@code left} runs out. */
  @State(Scope.Thread)
  public static class BareLoop {
    EventLoop loop;
    int left;
    Runnable reschedule;

    @Setup(Level.Trial)
    public void open() {
      loop = new EventLoop();
      reschedule = () -> {
        if (--left > 0) {
          loop.callSoon(reschedule);
        } else {
          loop.stop();
        }
      };
    }

    @TearDown(Level.Trial)
    public void close() {
      loop.close();
    }
  }

  /**
   * A task runs a chain of {@code depth} coroutines whose innermost one awaits {@code sleep(0)}
   * {@link #RESUMES} times. Each await is one trip through the loop (the task reschedules its next
   * step with {@code callSoon}) and one {@code $advance} of the root, which resumes the innermost
   * frame directly. Reported per resume.
   */
  @Benchmark
  @OperationsPerInvocation(RESUMES)
  public int resumeInnermost(ChainState s) {
    return s.loop.runUntilComplete(s.loop.createTask(ChainsSteps.INSTANCE.suspendingChain(s.depth, RESUMES)));
  }

  /**
   * The floor for {@link #resumeInnermost}: {@link #RESUMES} trips through the same kind of loop,
   * each a {@code callSoon} of a plain callback, with no task and no coroutine. Reported per trip.
   */
  @Benchmark
  @OperationsPerInvocation(RESUMES)
  public int callSoonReschedule(BareLoop s) {
    s.left = RESUMES;
    s.loop.callSoon(s.reschedule);
    s.loop.runForever();
    return s.left;
  }

  /**
   * Creates a chain of {@code depth} coroutines that never suspends and drives its root once, with
   * no loop at all: one {@code $advance} (what a task's step calls) must finish the whole chain, so
   * no await took a trip through a loop. Reported per chain (divide by depth for one await).
   */
  @Benchmark
  public int awaitCompletingChain(ChainState s) {
    CoroFrame<Integer> root = (CoroFrame<Integer>) ChainsSteps.INSTANCE.completingChain(s.depth);
    if (root.$advance(null, null) != CoroFrame.$FINISHED) {
      throw new AssertionError("a chain that never suspends handed something up to its driver");
    }
    return root.$returnValue();
  }

  /** The baseline of {@link #awaitCompletingChain}: the same recursion as nested plain calls. */
  @Benchmark
  public int nestedPlainCalls(ChainState s) {
    return nested(s.depth);
  }

  /** Not inlined, so that each level is a real call, as each await in the chain is a real frame. */
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  static int nested(int depth) {
    if (depth <= 1) {
      return 1;
    }
    int r = nested(depth - 1);
    return r + 1;
  }
}
