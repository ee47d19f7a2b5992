package dev.stepwise.tests;

import dev.stepwise.tests.coroutines.ChainCorosSteps;
import dev.stepwise.tests.coroutines.ControlFlowCoros;
import dev.stepwise.tests.coroutines.ControlFlowCorosSteps;
import dev.stepwise.tests.coroutines.ExpressionCorosSteps;
import dev.stepwise.tests.coroutines.LoopCorosSteps;
import dev.stepwise.tests.coroutines.TryCorosSteps;
import dev.stepwise.tests.coroutines.WithCorosSteps;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Every {@code @Coroutine} body of the differential suite, by topic, with the values sent when it
 * is driven by hand (a null send gives a tick its default, as a task does).
 */
final class CoroBodies {
  private CoroBodies() {}

  /** Sends {@code values[k-1]}, cycling. */
  static IntFunction<Object> values(Object... values) {
    return k -> values[(k - 1) % values.length];
  }

  /** Sends null: every tick produces its default, as under a task. */
  static final IntFunction<Object> NULLS = k -> null;

  static List<CoroBody> all() {
    List<CoroBody> all = new ArrayList<>();
    ControlFlowCorosSteps cf = ControlFlowCorosSteps.INSTANCE;
    all.add(CoroBody.byHand("ControlFlowCoros.conditionsAndLoops", NULLS, cf::conditionsAndLoops));
    all.add(CoroBody.byHand("ControlFlowCoros.conditionsAndLoops sent values",
        values(null, false, "b", 2, 7, null, 1, 1, 2, null, 3), cf::conditionsAndLoops));
    all.add(CoroBody.byHand("ControlFlowCoros.enhancedForAndLabels", NULLS, cf::enhancedForAndLabels));
    all.add(CoroBody.byHand("ControlFlowCoros.enhancedForAndLabels sent values",
        values(null, "!", 1, 30, 4, 7, null), cf::enhancedForAndLabels));
    all.add(CoroBody.byHand("ControlFlowCoros.switches", NULLS,
        log -> cf.switches(log, new String[] {"a", "c", "b", "zz", "a"})));
    all.add(CoroBody.byHand("ControlFlowCoros.switches sent values",
        values(null, "one", ControlFlowCoros.Colour.RED, ControlFlowCoros.Colour.GREEN, 5),
        log -> cf.switches(log, new String[] {"b", "a", "q"})));

    TryCorosSteps tr = TryCorosSteps.INSTANCE;
    all.add(CoroBody.byHand("TryCoros.awaitsInTryCatchFinally", values(null, "sent"), tr::awaitsInTryCatchFinally));
    all.add(CoroBody.byHand("TryCoros.jumpsThroughFinally", NULLS, tr::jumpsThroughFinally));
    all.add(CoroBody.byHand("TryCoros.jumpsThroughFinally sent values", values(null, 3, "g", 4), tr::jumpsThroughFinally));
    all.add(CoroBody.byHand("TryCoros.resources", NULLS, tr::resources));
    all.add(CoroBody.byHand("TryCoros.resources failing body", values(null, "b2", "x", true), tr::resources));
    all.add(CoroBody.byHand("TryCoros.exceptionAcrossFrames", NULLS, tr::exceptionAcrossFrames));

    WithCorosSteps w = WithCorosSteps.INSTANCE;
    all.add(CoroBody.byHand("WithCoros.asyncWithNormal", NULLS, w::asyncWithNormal, w::asyncWithNormalDesugared));
    all.add(CoroBody.byHand("WithCoros.asyncWithNormalDesugared", NULLS, w::asyncWithNormalDesugared));
    all.add(CoroBody.byHand("WithCoros.asyncWithSuppressed", NULLS, w::asyncWithSuppressed, w::asyncWithSuppressedDesugared));
    all.add(CoroBody.byHand("WithCoros.asyncWithSuppressedDesugared", NULLS, w::asyncWithSuppressedDesugared));
    all.add(CoroBody.byHand("WithCoros.asyncWithPropagates", NULLS, w::asyncWithPropagates, w::asyncWithPropagatesDesugared));
    all.add(CoroBody.byHand("WithCoros.asyncWithPropagatesDesugared", NULLS, w::asyncWithPropagatesDesugared));

    ExpressionCorosSteps ex = ExpressionCorosSteps.INSTANCE;
    all.add(CoroBody.byHand("ExpressionCoros.argumentsAndOperands", NULLS, ex::argumentsAndOperands));
    // One value per suspension point, each of the type its await produces: a value of another
    // type would pollute the heap, and the state machine, which keeps awaited values in typed
    // fields, would fail with a ClassCastException where the original body lets it through.
    all.add(CoroBody.byHand("ExpressionCoros.argumentsAndOperands sent values",
        values("m", 2, 30, 1, 8, false, 5, 3, "y", 6, 7), ex::argumentsAndOperands));
    all.add(CoroBody.byHand("ExpressionCoros.shortCircuits", NULLS, ex::shortCircuits));
    all.add(CoroBody.byHand("ExpressionCoros.shortCircuits sent values",
        values(null, false, "t", true, true, false, 2), ex::shortCircuits));
    all.add(CoroBody.byHand("ExpressionCoros.compoundAssignments", NULLS, ex::compoundAssignments));
    all.add(CoroBody.byHand("ExpressionCoros.compoundAssignments sent values",
        values(null, 5, 3, "?", 7, 1), ex::compoundAssignments));
    all.add(CoroBody.byHand("ExpressionCoros.receiversAndConcatenation", NULLS, ex::receiversAndConcatenation));

    ChainCorosSteps ch = ChainCorosSteps.INSTANCE;
    all.add(CoroBody.byHand("ChainCoros.chain", NULLS, ch::chain));
    all.add(CoroBody.byHand("ChainCoros.chain sent values", k -> k, ch::chain));
    all.add(CoroBody.byHand("ChainCoros.recursive", k -> k % 3 == 0 ? null : k, log -> ch.recursive(log, 4)));
    all.add(CoroBody.byHand("ChainCoros.manyImmediate", NULLS, ch::manyImmediate));

    LoopCorosSteps lp = LoopCorosSteps.INSTANCE;
    all.add(CoroBody.onLoop("LoopCoros.awaitTasks", lp::awaitTasks));
    all.add(CoroBody.onLoop("LoopCoros.awaitFutureSetByAnotherTask", lp::awaitFutureSetByAnotherTask));
    all.add(CoroBody.onLoop("LoopCoros.awaitCompletableFuture", lp::awaitCompletableFuture).withoutTimedCancels());
    all.add(CoroBody.onLoop("LoopCoros.virtualSleeps", lp::virtualSleeps));
    all.add(CoroBody.onLoop("LoopCoros.cancelInTryFinally", lp::cancelInTryFinally));
    all.add(CoroBody.onLoop("LoopCoros.cancelDeepChain", lp::cancelDeepChain));
    all.add(CoroBody.onLoop("LoopCoros.gatherChildren", lp::gatherChildren));
    all.add(CoroBody.onLoop("LoopCoros.timeoutWith", lp::timeoutWith, lp::timeoutWithDesugared));
    all.add(CoroBody.onLoop("LoopCoros.timeoutWithDesugared", lp::timeoutWithDesugared));
    return all;
  }
}
