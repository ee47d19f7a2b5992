package dev.stepwise.samples;

import dev.stepwise.samples.coroutines.AsyncDbSample;
import dev.stepwise.samples.coroutines.ChainSample;
import dev.stepwise.samples.generators.AveragerSample;
import dev.stepwise.samples.generators.BasicGeneratorsSample;
import dev.stepwise.samples.generators.DelegationSample;
import dev.stepwise.samples.generators.SendCoroutinesSample;
import dev.stepwise.samples.generators.ThreeLevelSample;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Runs every sample in order, each under a header naming it and its Python original. */
public final class RunAll {
  private RunAll() {}

  /** Every sample: the Python program beside it, and its main method. */
  public static Map<String, Consumer<String[]>> samples() {
    Map<String, Consumer<String[]>> samples = new LinkedHashMap<>();
    samples.put("generators/basic_generators.py", BasicGeneratorsSample::main);
    samples.put("generators/send_coroutines.py", SendCoroutinesSample::main);
    samples.put("generators/averager.py", AveragerSample::main);
    samples.put("generators/delegation.py", DelegationSample::main);
    samples.put("generators/three_level.py", ThreeLevelSample::main);
    samples.put("coroutines/chain.py", ChainSample::main);
    samples.put("coroutines/async_db.py", AsyncDbSample::main);
    return samples;
  }

  public static void main(String[] args) {
    for (Map.Entry<String, Consumer<String[]>> sample : samples().entrySet()) {
      System.out.println("=== " + sample.getKey() + " ===");
      sample.getValue().accept(args);
      System.out.println();
    }
  }
}
