package dev.stepwise.tests;

import dev.stepwise.AsyncGen;
import dev.stepwise.tests.asyncgens.BasicAgensSteps;
import dev.stepwise.tests.asyncgens.EdgeAgensSteps;
import dev.stepwise.tests.asyncgens.Env;
import dev.stepwise.tests.asyncgens.ExprAgensSteps;
import dev.stepwise.tests.asyncgens.MoreAgensSteps;
import dev.stepwise.tests.asyncgens.ForAgensSteps;
import dev.stepwise.tests.asyncgens.FromAgensSteps;
import dev.stepwise.tests.asyncgens.LoopAgensSteps;
import dev.stepwise.tests.asyncgens.TryAgensSteps;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Every {@code @AsyncGenerator} body of the differential suite ({@code dev.stepwise.tests.asyncgens}),
 * by topic, with the values its sending scripts send. Sent values have the type the body's yields
 * produce (a value of another type would fail with a ClassCastException at a place that
 * legitimately differs between the original body and its state machine).
 */
final class AsyncGenBodies {
  private AsyncGenBodies() {}

  /** Sends {@code values[k-1]}, cycling. */
  static IntFunction<Object> values(Object... values) {
    return k -> values[(k - 1) % values.length];
  }

  /** Sends null, as anext() does. */
  static final IntFunction<Object> NULLS = k -> null;

  static List<AsyncGenBody> all() {
    List<AsyncGenBody> all = new ArrayList<>();
    BasicAgensSteps b = BasicAgensSteps.INSTANCE;
    all.add(AsyncGenBody.of("BasicAgens.yieldsBetweenAwaits", k -> "s" + k, b::yieldsBetweenAwaits));
    all.add(AsyncGenBody.of("BasicAgens.sentValues", k -> "v" + k, b::sentValues));
    all.add(AsyncGenBody.of("BasicAgens.awaitsInYieldOperands", k -> k * 100, b::awaitsInYieldOperands).byHand());
    all.add(AsyncGenBody.of("BasicAgens.awaitsInYieldOperands sent nulls", NULLS, b::awaitsInYieldOperands).byHand());
    all.add(AsyncGenBody.of("BasicAgens.timedSleeps", k -> k, b::timedSleeps));
    all.add(AsyncGenBody.of("BasicAgens.noYields", NULLS, b::noYields).byHand());
    all.add(AsyncGenBody.of("BasicAgens.returnsValue", k -> "r" + k, b::returnsValue).byHand());
    all.add(AsyncGenBody.of("BasicAgens.raisesAfterAwait", NULLS, b::raisesAfterAwait).byHand());
    all.add(AsyncGenBody.of("BasicAgens.raisesFromAwaitedCoroutine", NULLS, b::raisesFromAwaitedCoroutine).byHand());
    all.add(AsyncGenBody.of("BasicAgens.raisesFromFuture", NULLS, b::raisesFromFuture));
    all.add(AsyncGenBody.of("BasicAgens.raisesStopIterations", values("sync"), b::raisesStopIterations).byHand());
    all.add(AsyncGenBody.of("BasicAgens.returnsEarly", NULLS, b::returnsEarly).byHand());
    all.add(AsyncGenBody.of("BasicAgens.returnsEarly sent stop", values(null, "stop"), b::returnsEarly).byHand());
    all.add(AsyncGenBody.opening("BasicAgens.drivesAnotherGenerator", k -> k, b::drivesAnotherGenerator).byHand());
    all.add(AsyncGenBody.of("BasicAgens.awaitsNonAwaitable", NULLS, b::awaitsNonAwaitable).byHand());
    all.add(AsyncGenBody.of("BasicAgens.awaitsTask", NULLS, b::awaitsTask));

    TryAgensSteps t = TryAgensSteps.INSTANCE;
    all.add(AsyncGenBody.of("TryAgens.catchAroundYield", k -> "s" + k, t::catchAroundYield).byHand());
    all.add(AsyncGenBody.of("TryAgens.finallyAwaits", NULLS, t::finallyAwaits));
    all.add(AsyncGenBody.of("TryAgens.finallyAwaitsCoroutineAndFuture", k -> "s" + k, t::finallyAwaitsCoroutineAndFuture));
    all.add(AsyncGenBody.of("TryAgens.catchGeneratorExitRethrow", NULLS, t::catchGeneratorExitRethrow).byHand());
    all.add(AsyncGenBody.of("TryAgens.catchGeneratorExitAndYield", NULLS, t::catchGeneratorExitAndYield).byHand());
    all.add(AsyncGenBody.of("TryAgens.catchGeneratorExitAndReturn", NULLS, t::catchGeneratorExitAndReturn).byHand());
    all.add(AsyncGenBody.of("TryAgens.catchGeneratorExitAndRaise", NULLS, t::catchGeneratorExitAndRaise).byHand());
    all.add(AsyncGenBody.of("TryAgens.catchThrowableKeepsGoing", NULLS, t::catchThrowableKeepsGoing).byHand());
    all.add(AsyncGenBody.of("TryAgens.yieldInFinally", NULLS, t::yieldInFinally).byHand());
    all.add(AsyncGenBody.of("TryAgens.nestedTry", k -> "s" + k, t::nestedTry).byHand());
    all.add(AsyncGenBody.of("TryAgens.multiCatch", k -> "s" + k, t::multiCatch));
    all.add(AsyncGenBody.of("TryAgens.catchRuntimeBroadly", NULLS, t::catchRuntimeBroadly).byHand());
    all.add(AsyncGenBody.of("TryAgens.resources", NULLS, t::resources).byHand());
    all.add(AsyncGenBody.of("TryAgens.finallyRaises", NULLS, t::finallyRaises).byHand());

    LoopAgensSteps l = LoopAgensSteps.INSTANCE;
    all.add(AsyncGenBody.of("LoopAgens.breakContinue", NULLS, l::breakContinue).byHand());
    all.add(AsyncGenBody.of("LoopAgens.breakContinue sent break", values(null, "break"), l::breakContinue).byHand());
    all.add(AsyncGenBody.of("LoopAgens.labeledLoops", NULLS, l::labeledLoops).byHand());
    all.add(AsyncGenBody.of("LoopAgens.labeledLoops sent skip", values(null, null, "skip"), l::labeledLoops).byHand());
    all.add(AsyncGenBody.of("LoopAgens.doWhileAwaits", k -> k, l::doWhileAwaits).byHand());
    all.add(AsyncGenBody.of("LoopAgens.whileSent", values("a", "b", "c", "d", "e", "f", "g", null), l::whileSent).byHand());
    all.add(AsyncGenBody.of("LoopAgens.enhancedFor", k -> "!" + k, l::enhancedFor).byHand());
    all.add(AsyncGenBody.of("LoopAgens.switchFallThrough", NULLS, l::switchFallThrough).byHand());
    all.add(AsyncGenBody.of("LoopAgens.switchArrow", k -> "s" + k, l::switchArrow).byHand());
    all.add(AsyncGenBody.of("LoopAgens.switchOnSent", values("wait", "echo", "x", null, "wait", "end"), l::switchOnSent));
    all.add(AsyncGenBody.of("LoopAgens.switchEnumAndExpression", NULLS, l::switchEnumAndExpression).byHand());

    ForAgensSteps f = ForAgensSteps.INSTANCE;
    all.add(AsyncGenBody.opening("ForAgens.reyield", k -> "s" + k, f::reyield).byHand());
    all.add(AsyncGenBody.opening("ForAgens.breakThenAclose", NULLS, f::breakThenAclose).byHand());
    all.add(AsyncGenBody.opening("ForAgens.continueOnOdd", NULLS, f::continueOnOdd));
    all.add(AsyncGenBody.of("ForAgens.customIterators", NULLS, f::customIterators).byHand());
    all.add(AsyncGenBody.opening("ForAgens.innerRaises", NULLS, f::innerRaises).byHand());
    all.add(AsyncGenBody.opening("ForAgens.twoLevels", k -> "s" + k, f::twoLevels).byHand());
    all.add(AsyncGenBody.opening("ForAgens.nestedLoops", k -> k, f::nestedLoops).byHand());
    all.add(AsyncGenBody.of("ForAgens.notIterable", NULLS, f::notIterable).byHand());
    all.add(AsyncGenBody.opening("ForAgens.loopAndSend", k -> "s" + k, f::loopAndSend).byHand());

    FromAgensSteps d = FromAgensSteps.INSTANCE;
    all.add(AsyncGenBody.opening("FromAgens.fromAsync", k -> "s" + k, d::fromAsync).byHand());
    all.add(AsyncGenBody.of("FromAgens.fromSync", k -> "s" + k, d::fromSync).byHand());
    all.add(AsyncGenBody.of("FromAgens.fromIterable", k -> "s" + k, d::fromIterable).byHand());
    all.add(AsyncGenBody.opening("FromAgens.fromRelay", k -> "s" + k, d::fromRelay).byHand());
    all.add(AsyncGenBody.opening("FromAgens.fromCatchingAsync", k -> "s" + k, d::fromCatchingAsync).byHand());
    all.add(AsyncGenBody.of("FromAgens.fromCatchingSync", k -> "s" + k, d::fromCatchingSync).byHand());
    all.add(AsyncGenBody.opening("FromAgens.fromRaising", NULLS, d::fromRaising).byHand());
    all.add(AsyncGenBody.opening("FromAgens.fromEmpty", NULLS, d::fromEmpty).byHand());
    all.add(AsyncGenBody.opening("FromAgens.fromInLoop", k -> "s" + k, d::fromInLoop).byHand());
    all.add(AsyncGenBody.opening("FromAgens.fromExhausted", NULLS, d::fromExhausted).byHand());
    all.add(AsyncGenBody.opening("FromAgens.fromExitCatching", NULLS, d::fromExitCatching).byHand());
    all.add(AsyncGenBody.opening("FromAgens.fromWithAwaitingFinally", k -> "s" + k, d::fromWithAwaitingFinally));
    all.add(AsyncGenBody.opening("FromAgens.fromMixed", k -> "s" + k, d::fromMixed).byHand());

    EdgeAgensSteps e = EdgeAgensSteps.INSTANCE;
    all.add(AsyncGenBody.of("EdgeAgens.syncGeneratorsUseTheLoop", k -> "s" + k, e::syncGeneratorsUseTheLoop));
    all.add(AsyncGenBody.of("EdgeAgens.coroutinesNeverAwaited", NULLS, e::coroutinesNeverAwaited).byHand());
    all.add(AsyncGenBody.of("EdgeAgens.taskExceptionNeverRetrieved", NULLS, e::taskExceptionNeverRetrieved));
    all.add(AsyncGenBody.of("EdgeAgens.awaitsItself", k -> "s" + k, log -> {
      Env.Self self = new Env.Self();
      @SuppressWarnings("unchecked")
      AsyncGen<Object, Object, Object> g = (AsyncGen<Object, Object, Object>) (AsyncGen<?, ?, ?>) e.awaitsItself(log, self);
      self.gen = g;
      return g;
    }).byHand());
    all.add(AsyncGenBody.of("EdgeAgens.raisesChecked", NULLS, e::raisesChecked).byHand());
    all.add(AsyncGenBody.of("EdgeAgens.raisesChecked sent", k -> "s" + k, e::raisesChecked).byHand());
    all.add(AsyncGenBody.of("EdgeAgens.yieldFromNull", NULLS, e::yieldFromNull).byHand());
    all.add(AsyncGenBody.of("EdgeAgens.combinators", NULLS, e::combinators));
    all.add(AsyncGenBody.of("EdgeAgens.catchesCancelled", NULLS, e::catchesCancelled));
    all.add(AsyncGenBody.opening("EdgeAgens.composite", k -> "s" + k, e::composite).byHand());
    all.add(AsyncGenBody.opening("EdgeAgens.iterateExhaustedAgain", NULLS, e::iterateExhaustedAgain).byHand());

    ExprAgensSteps x = ExprAgensSteps.INSTANCE;
    all.add(AsyncGenBody.of("ExprAgens.operandsBeforeAwaits", k -> "s" + k, x::operandsBeforeAwaits));
    all.add(AsyncGenBody.of("ExprAgens.shortCircuits", NULLS, x::shortCircuits).byHand());
    all.add(AsyncGenBody.of("ExprAgens.shortCircuits sent y", values("y"), x::shortCircuits).byHand());
    all.add(AsyncGenBody.of("ExprAgens.compoundAssignments", k -> "s" + k, x::compoundAssignments).byHand());
    all.add(AsyncGenBody.of("ExprAgens.capturesAcrossSuspensions", k -> "s" + k, x::capturesAcrossSuspensions).byHand());
    all.add(AsyncGenBody.of("ExprAgens.generic", k -> "s" + k, log -> x.generic(log, List.of("g1", "g2", "g3"))).byHand());
    all.add(AsyncGenBody.of("ExprAgens.returnThroughFinally", NULLS, x::returnThroughFinally).byHand());
    all.add(AsyncGenBody.of("ExprAgens.returnThroughFinally sent stop", values(null, "stop"), x::returnThroughFinally).byHand());
    all.add(AsyncGenBody.of("ExprAgens.labeledBlockAndDoContinue", NULLS, x::labeledBlockAndDoContinue).byHand());
    all.add(AsyncGenBody.of("ExprAgens.labeledBlockAndDoContinue sent", k -> "s" + k, x::labeledBlockAndDoContinue).byHand());
    all.add(AsyncGenBody.of("ExprAgens.currentTask", NULLS, x::currentTask));
    all.add(AsyncGenBody.opening("ExprAgens.recursiveFrom", k -> "s" + k, log -> x.recursiveFrom(log, 3)).byHand());
    all.add(AsyncGenBody.opening("ExprAgens.raiseInsideAsyncFor", NULLS, x::raiseInsideAsyncFor).byHand());

    MoreAgensSteps m = MoreAgensSteps.INSTANCE;
    all.add(AsyncGenBody.of("MoreAgens.brokenIterators", NULLS, m::brokenIterators).byHand());
    all.add(AsyncGenBody.of("MoreAgens.suspendingReturn", NULLS, m::suspendingReturn).byHand());
    all.add(AsyncGenBody.of("MoreAgens.suspendingReturn sent", k -> "s" + k, m::suspendingReturn).byHand());
    all.add(AsyncGenBody.of("MoreAgens.suspendingResourceInit", k -> "s" + k, m::suspendingResourceInit).byHand());
    all.add(AsyncGenBody.of("MoreAgens.suspendingForHeader", NULLS, m::suspendingForHeader).byHand());
    all.add(AsyncGenBody.of("MoreAgens.suspendingForHeader sent", k -> "s" + k, m::suspendingForHeader).byHand());
    all.add(AsyncGenBody.of("MoreAgens.fromIteratorAndSpentGen", k -> "s" + k, m::fromIteratorAndSpentGen).byHand());
    all.add(AsyncGenBody.opening("MoreAgens.sameGeneratorNested", NULLS, m::sameGeneratorNested).byHand());
    all.add(AsyncGenBody.opening("MoreAgens.sameGeneratorNested sent", k -> "s" + k, m::sameGeneratorNested).byHand());
    all.add(AsyncGenBody.opening("MoreAgens.asyncForInHandlers", k -> "s" + k, m::asyncForInHandlers).byHand());
    all.add(AsyncGenBody.opening("MoreAgens.fromInFinally", k -> "s" + k, m::fromInFinally).byHand());
    all.add(AsyncGenBody.of("MoreAgens.resourceVariable", k -> "s" + k, m::resourceVariable).byHand());
    all.add(AsyncGenBody.of("MoreAgens.commaUpdate", NULLS, m::commaUpdate).byHand());
    all.add(AsyncGenBody.of("MoreAgens.switchExpressionArms", k -> "s" + k, m::switchExpressionArms).byHand());
    all.add(AsyncGenBody.of("MoreAgens.arrayFor", NULLS, m::arrayFor).byHand());
    return all;
  }
}
