package dev.stepwise.samples;

import dev.stepwise.aio.Clock;
import dev.stepwise.samples.asyncgens.AsyncIterationSample;
import dev.stepwise.samples.asyncgens.AsyncDelegationSample;
import dev.stepwise.samples.coroutines.AsyncDbSample;
import dev.stepwise.samples.coroutines.BlockingCallSample;
import dev.stepwise.samples.coroutines.CancellationSample;
import dev.stepwise.samples.coroutines.ChainSample;
import dev.stepwise.samples.coroutines.CommonMistakesSample;
import dev.stepwise.samples.coroutines.CompletionOrderSample;
import dev.stepwise.samples.coroutines.FutureResultSample;
import dev.stepwise.samples.coroutines.GatherErrorsSample;
import dev.stepwise.samples.coroutines.SemaphoreLimitSample;
import dev.stepwise.samples.coroutines.SequentialVsGatherSample;
import dev.stepwise.samples.coroutines.TimeoutsSample;
import dev.stepwise.samples.coroutines.WorkersSample;
import dev.stepwise.samples.generators.AveragerSample;
import dev.stepwise.samples.network.ChatSample;
import dev.stepwise.samples.network.EchoSample;
import dev.stepwise.samples.network.SubprocessLinesSample;
import dev.stepwise.samples.generators.BasicGeneratorsSample;
import dev.stepwise.samples.generators.DelegationSample;
import dev.stepwise.samples.generators.SendCoroutinesSample;
import dev.stepwise.samples.generators.ThreeLevelSample;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Runs every sample in order, each under a header naming it and its Python original. */
public final class RunAll {
  private static final String[] NO_ARGS = {};

  private RunAll() {}

  /**
   * Every sample: the Python program beside it, and how to run it on a loop with a given clock.
   * {@link #main} runs them on {@link Clock#SYSTEM}; the tests run them on a
   * {@link dev.stepwise.aio.VirtualClock}, so that they do not sleep. Generator samples run no
   * loop and ignore the clock.
   */
  public static Map<String, Consumer<Clock>> samples() {
    Map<String, Consumer<Clock>> samples = new LinkedHashMap<>();
    samples.put("generators/basic_generators.py", clock -> BasicGeneratorsSample.main(NO_ARGS));
    samples.put("generators/send_coroutines.py", clock -> SendCoroutinesSample.main(NO_ARGS));
    samples.put("generators/averager.py", clock -> AveragerSample.main(NO_ARGS));
    samples.put("generators/delegation.py", clock -> DelegationSample.main(NO_ARGS));
    samples.put("generators/three_level.py", clock -> ThreeLevelSample.main(NO_ARGS));
    samples.put("coroutines/chain.py", ChainSample::run);
    samples.put("coroutines/async_db.py", AsyncDbSample::run);
    samples.put("coroutines/workers.py", WorkersSample::run);
    samples.put("coroutines/sequential_vs_gather.py", SequentialVsGatherSample::run);
    samples.put("coroutines/future_result.py", FutureResultSample::run);
    samples.put("coroutines/as_completed.py", CompletionOrderSample::run);
    samples.put("coroutines/semaphore_limit.py", SemaphoreLimitSample::run);
    samples.put("coroutines/timeouts.py", TimeoutsSample::run);
    samples.put("coroutines/cancellation.py", CancellationSample::run);
    samples.put("coroutines/blocking_call.py", BlockingCallSample::run);
    samples.put("coroutines/common_mistakes.py", CommonMistakesSample::run);
    samples.put("coroutines/gather_errors.py", GatherErrorsSample::run);
    samples.put("asyncgens/async_iteration.py", AsyncIterationSample::run);
    samples.put("asyncgens/delegation.py", AsyncDelegationSample::run);
    samples.put("network/echo.py", EchoSample::run);
    samples.put("network/chat.py", ChatSample::run);
    samples.put("network/subprocess_lines.py", SubprocessLinesSample::run);
    return samples;
  }

  public static void main(String[] args) {
    for (Map.Entry<String, Consumer<Clock>> sample : samples().entrySet()) {
      System.out.println("=== " + sample.getKey() + " ===");
      sample.getValue().accept(Clock.SYSTEM);
      System.out.println();
    }
  }
}
