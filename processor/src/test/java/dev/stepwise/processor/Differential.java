package dev.stepwise.processor;

import dev.stepwise.Gen;
import dev.stepwise.StopIteration;
import dev.stepwise.internal.ReferenceGen;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * Runs a generated generator method twice, once as the generated state machine and once through
 * the reference executor (the untransformed body on its own thread, selected by the system
 * property {@code stepwise.executor=reference}), and records what each does step by step, so that
 * a mis-lowering that compiles is still caught.
 */
final class Differential {
  private Differential() {}

  private static final int MAX_STEPS = 10_000;

  /** What happened at each step: a yielded value, the return value, or an exception. */
  static List<String> trace(Callable<Object> create, List<?> sends) throws Exception {
    Gen<?, ?, ?> g = (Gen<?, ?, ?>) create.call();
    @SuppressWarnings("unchecked")
    Gen<Object, Object, Object> gen = (Gen<Object, Object, Object>) g;
    List<String> trace = new ArrayList<>();
    for (int step = 0; step < MAX_STEPS; step++) {
      try {
        Object y = step == 0 || step > sends.size() ? gen.next() : gen.send(sends.get(step - 1));
        trace.add("yield " + Objects.toString(y));
      } catch (StopIteration stop) {
        trace.add("return " + Objects.toString(stop.value()));
        return trace;
      } catch (RuntimeException | Error e) {
        // Helpful NullPointerException messages name the expression, which the lowering rewrites.
        String message = e instanceof NullPointerException ? "" : ": " + e.getMessage();
        trace.add("raise " + e.getClass().getName() + message);
        return trace;
      }
    }
    gen.close();
    trace.add("... (stopped after " + MAX_STEPS + " steps)");
    return trace;
  }

  /** The trace through the reference executor. */
  static List<String> referenceTrace(Callable<Object> create, List<?> sends) throws Exception {
    String before = System.getProperty(ReferenceGen.EXECUTOR_PROPERTY);
    System.setProperty(ReferenceGen.EXECUTOR_PROPERTY, "reference");
    try {
      return trace(create, sends);
    } finally {
      if (before == null) {
        System.clearProperty(ReferenceGen.EXECUTOR_PROPERTY);
      } else {
        System.setProperty(ReferenceGen.EXECUTOR_PROPERTY, before);
      }
    }
  }
}
