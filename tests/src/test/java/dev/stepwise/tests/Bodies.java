package dev.stepwise.tests;

import dev.stepwise.tests.bodies.CapturesSteps;
import dev.stepwise.tests.bodies.CombosSteps;
import dev.stepwise.tests.bodies.ControlFlowSteps;
import dev.stepwise.tests.bodies.DelegationsSteps;
import dev.stepwise.tests.bodies.Edges2Steps;
import dev.stepwise.tests.bodies.Edges3;
import dev.stepwise.tests.bodies.Edges3Steps;
import dev.stepwise.tests.bodies.Edges4Steps;
import dev.stepwise.tests.bodies.EdgesSteps;
import dev.stepwise.tests.bodies.ExpressionsSteps;
import dev.stepwise.tests.bodies.GenericShadowSteps;
import dev.stepwise.tests.bodies.GenericsSteps;
import dev.stepwise.tests.bodies.Inheritance_BaseSteps;
import dev.stepwise.tests.bodies.Inheritance_ChildSteps;
import dev.stepwise.tests.bodies.LoopsSteps;
import dev.stepwise.tests.bodies.NamesSteps;
import dev.stepwise.tests.bodies.Outer_NestedSteps;
import dev.stepwise.tests.bodies.ProtocolSteps;
import dev.stepwise.tests.bodies.StatementsSteps;
import dev.stepwise.tests.bodies.ResourcesSteps;
import dev.stepwise.tests.bodies.Switches;
import dev.stepwise.tests.bodies.SwitchesSteps;
import dev.stepwise.tests.bodies.TryFinallySteps;
import dev.stepwise.tests.bodies.VariablesSteps;
import dev.stepwise.Gen;
import dev.stepwise.tests.shadow.ShadowingSteps;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Every generator body of the differential suite, by topic, with the values its send scripts
 * send. Each factory builds fresh arguments, so that runs never share mutable state.
 */
final class Bodies {
  private Bodies() {}

  /** Sends {@code values[k-1]}, cycling. */
  static IntFunction<Object> values(Object... values) {
    return k -> values[(k - 1) % values.length];
  }

  static List<Body> all() {
    List<Body> all = new ArrayList<>();
    controlFlow(all);
    loops(all);
    switches(all);
    tryFinally(all);
    resources(all);
    expressions(all);
    delegations(all);
    captures(all);
    generics(all);
    variables(all);
    protocol(all);
    names(all);
    statements(all);
    edges(all);
    edges2(all);
    inheritance(all);
    edges3(all);
    combos(all);
    all.add(Body.sending("Shadowing.sameNameAsJavaLang", k -> k, ShadowingSteps.INSTANCE::sameNameAsJavaLang));
    return all;
  }

  private static void controlFlow(List<Body> all) {
    ControlFlowSteps s = ControlFlowSteps.INSTANCE;
    all.add(Body.sending("ControlFlow.ifElse", k -> k * 10, log -> s.ifElse(log, 5)));
    all.add(Body.sending("ControlFlow.whileLoop", k -> k, s::whileLoop));
    all.add(Body.sending("ControlFlow.doWhile", values(true, true, false), s::doWhile));
    all.add(Body.sending("ControlFlow.forLoop", values(1, null, 2, 5), s::forLoop));
    all.add(Body.sending("ControlFlow.labeledBlocks", values(3, null, 20), s::labeledBlocks));
    all.add(Body.sending("ControlFlow.copiedInnerLoop", k -> k, s::copiedInnerLoop));
    all.add(Body.sending("ControlFlow.throwStatement", k -> "s" + k, s::throwStatement));
    all.add(Body.sending("ControlFlow.earlyReturn", values(1, 2, 3, 4, 5), s::earlyReturn));
  }

  private static void loops(List<Body> all) {
    LoopsSteps s = LoopsSteps.INSTANCE;
    all.add(Body.sending("Loops.labeledNested", values(5, null, 4, 3, 1, 7), s::labeledNested));
    all.add(Body.sending("Loops.enhancedFor", values(null, "written"),
        log -> s.enhancedFor(log, List.of("alpha", "beta"), new Object[] {1, "two", 3.0}, new int[] {1, 2, 3})));
    all.add(Body.of("Loops.overSet", s::overSet));
    all.add(Body.of("Loops.assignedInitializers", s::assignedInitializers));
    all.add(Body.sending("Loops.nestedEnhancedFor", values(1, 2, 3), s::nestedEnhancedFor));
    all.add(Body.sending("Loops.infiniteLoop", values(1L, 2L, 3L, 4L, -1L), s::infiniteLoop));
  }

  private static void switches(List<Body> all) {
    SwitchesSteps s = SwitchesSteps.INSTANCE;
    all.add(Body.sending("Switches.intFallThrough", k -> k, s::intFallThrough));
    all.add(Body.sending("Switches.charAndSharedLocal", k -> "v" + k, s::charAndSharedLocal));
    all.add(Body.of("Switches.stringAndEnum",
        log -> s.stringAndEnum(log, new String[] {"go", "colour", "what", "go", "stop", "go"})));
    all.add(Body.sending("Switches.nullSelector", values("a", "x"), s::nullSelector));
    all.add(Body.sending("Switches.arrowForm", values(5, 60, 2), s::arrowForm));
    all.add(Body.of("Switches.switchExpressionKept", s::switchExpressionKept));
    all.add(Body.sending("Switches.switchExpressionSelector",
        values(Switches.Colour.GREEN, 1, Switches.Colour.BLUE, 7), s::switchExpressionSelector));
  }

  private static void tryFinally(List<Body> all) {
    TryFinallySteps s = TryFinallySteps.INSTANCE;
    all.add(Body.sending("TryFinally.yieldEverywhere", values("ok", "fail", "again"), s::yieldEverywhere));
    all.add(Body.sending("TryFinally.jumpsThroughFinally", values(3, 1, 2), s::jumpsThroughFinally));
    all.add(Body.sending("TryFinally.returnThroughTwoFinally", k -> "v" + k, s::returnThroughTwoFinally));
    all.add(Body.sending("TryFinally.finallyOverrides", k -> "v" + k, s::finallyOverrides));
    all.add(Body.sending("TryFinally.exceptionReplacesReturn", values(null, null, "ret"), s::exceptionReplacesReturn));
    all.add(Body.sending("TryFinally.catchOrder", values(3, 2, 1, 0), s::catchOrder));
    all.add(Body.sending("TryFinally.exitMultipleTries", k -> k, s::exitMultipleTries));
    all.add(Body.sending("TryFinally.copiedTryFinally", values(1, 5, 2), s::copiedTryFinally));
    all.add(Body.sending("TryFinally.checkedAndGeneratorExit", values("checked", "x"), s::checkedAndGeneratorExit));
    all.add(Body.of("TryFinally.ignoresGeneratorExit", s::ignoresGeneratorExit));
    all.add(Body.of("TryFinally.injectInFinally", s::injectInFinally));
    all.add(Body.of("TryFinally.catchNames", s::catchNames));
  }

  private static void resources(List<Body> all) {
    ResourcesSteps s = ResourcesSteps.INSTANCE;
    all.add(Body.sending("Resources.twoResources", k -> "v" + k, s::twoResources));
    all.add(Body.of("Resources.suppressedCloseFailures", s::suppressedCloseFailures));
    all.add(Body.sending("Resources.closeFailsAlone", k -> "v" + k, s::closeFailsAlone));
    all.add(Body.of("Resources.existingVariableResource", s::existingVariableResource));
  }

  private static void expressions(List<Body> all) {
    ExpressionsSteps s = ExpressionsSteps.INSTANCE;
    all.add(Body.sending("Expressions.operandKept", values(4, 6), s::operandKept));
    all.add(Body.sending("Expressions.compoundAssignment", k -> k * 7, s::compoundAssignment));
    all.add(Body.sending("Expressions.callArguments", values(10, 20, "thirty"), s::callArguments));
    all.add(Body.sending("Expressions.arrayAssignment", k -> k, s::arrayAssignment));
    all.add(Body.sending("Expressions.shortCircuit", values(true, false, false, true, true), s::shortCircuit));
    all.add(Body.sending("Expressions.nestedYields", k -> k * 3, s::nestedYields));
    all.add(Body.sending("Expressions.stringConcatenation", values("M", "S"), s::stringConcatenation));
    all.add(Body.sending("Expressions.receiversAndOperators", values("hello", 5, false, "lower", "len"),
        s::receiversAndOperators));
  }

  private static void delegations(List<Body> all) {
    DelegationsSteps s = DelegationsSteps.INSTANCE;
    all.add(Body.sending("Delegations.delegateToGenerators", k -> k, s::delegateToGenerators));
    all.add(Body.sending("Delegations.delegateRaises", k -> k, s::delegateRaises));
    all.add(Body.of("Delegations.delegateToIterables", s::delegateToIterables));
    all.add(Body.sending("Delegations.countdown", k -> k, log -> s.countdown(log, 3)));
    all.add(Body.of("Delegations.delegateCloseFails", s::delegateCloseFails));
    all.add(Body.sending("Delegations.delegationInExpressions", k -> k, s::delegationInExpressions));
  }

  private static void captures(List<Body> all) {
    CapturesSteps s = CapturesSteps.INSTANCE;
    all.add(Body.sending("Captures.lambdasInLoop", k -> k, s::lambdasInLoop));
    all.add(Body.sending("Captures.anonymousClass", k -> k, s::anonymousClass));
    all.add(Body.sending("Captures.lambdaAcrossSuspension", k -> "v" + k, log -> s.lambdaAcrossSuspension(log, "Ann")));
  }

  private static void generics(List<Body> all) {
    all.add(Body.sending("Generics.maxSoFar", values(null, "zz"),
        log -> new GenericsSteps<String>().maxSoFar(log, List.of("b", "a", "c"))));
    all.add(Body.sending("Generics.collect", k -> k,
        log -> new GenericsSteps<String>().<Integer>collect(log, 7)));
    all.add(Body.sending("Generics.delegateGeneric", values("q"),
        log -> new GenericsSteps<String>().delegateGeneric(log, "m", "n")));
  }

  private static void variables(List<Body> all) {
    VariablesSteps s = VariablesSteps.INSTANCE;
    all.add(Body.sending("Variables.mutatedParameters", values(1, 2), log -> s.mutatedParameters(log, 5, "s")));
    all.add(Body.sending("Variables.siblingNames", k -> k, s::siblingNames));
    all.add(Body.sending("Variables.patternAndVar", values(1, 21, "e"), log -> s.patternAndVar(log, "str")));
    all.add(Body.of("Variables.twoInstances", s::twoInstances));
    all.add(Body.of("Variables.memberResolution", s::memberResolution));
  }

  private static void protocol(List<Body> all) {
    ProtocolSteps s = ProtocolSteps.INSTANCE;
    all.add(Body.sending("Protocol.reentrant", k -> "v" + k, log -> {
      Gen<?, ?, ?>[] self = new Gen<?, ?, ?>[1];
      self[0] = s.reentrant(log, self);
      return self[0];
    }));
    all.add(Body.sending("Protocol.stopIterationInBody", values("nse"), s::stopIterationInBody));
    all.add(Body.sending("Protocol.bareYields", k -> "v" + k, s::bareYields));
    all.add(Body.sending("Protocol.nullSendToDelegate", values(null, "w"), s::nullSendToDelegate));
  }

  private static void names(List<Body> all) {
    NamesSteps s = NamesSteps.INSTANCE;
    all.add(Body.sending("Names.userMembersNamedLikeProtocol", k -> k, s::userMembersNamedLikeProtocol));
    all.add(Body.sending("Names.collidingLocals", k -> "v" + k, s::collidingLocals));
    all.add(Body.sending("Outer.Nested.useEnclosing", values("hey"), Outer_NestedSteps.INSTANCE::useEnclosing));
  }

  private static void statements(List<Body> all) {
    StatementsSteps s = StatementsSteps.INSTANCE;
    all.add(Body.sending("Statements.declarators", k -> k * 4, s::declarators));
    all.add(Body.sending("Statements.arrayCreation", k -> k + 1, s::arrayCreation));
    all.add(Body.of("Statements.localTypesAndMonitors", s::localTypesAndMonitors));
    all.add(Body.sending("Statements.loopConditions", values(true, true, false), s::loopConditions));
    all.add(Body.sending("Statements.varargsAndChoice", k -> "v" + k, log -> s.varargsAndChoice(log, "al", "bob", "c")));
    all.add(Body.sending("Statements.nullResourceInFinally", k -> "v" + k, s::nullResourceInFinally));
  }

  private static void edges(List<Body> all) {
    EdgesSteps s = EdgesSteps.INSTANCE;
    all.add(Body.of("Edges.captureAssignedInSameStatement", log -> s.captureAssignedInSameStatement(log, true)));
    all.add(Body.of("Edges.objectMethodsInAnonymousClass", s::objectMethodsInAnonymousClass));
    all.add(Body.sending("Edges.iterateInnerGenerator", values(7), s::iterateInnerGenerator));
    all.add(Body.of("Edges.over", s::over));
    all.add(Body.sending("Edges.suspendingIndexes", values(1, 5, 2, 3), s::suspendingIndexes));
    all.add(Body.sending("Edges.labeledDoContinue", values(1, 2, 3, 5), s::labeledDoContinue));
    all.add(Body.sending("Edges.boxedOperands", values(2, 3), s::boxedOperands));
    all.add(Body.sending("Edges.returnFromCopiedCodeThroughFinally", k -> "v" + k, s::returnFromCopiedCodeThroughFinally));
  }

  private static void edges2(List<Body> all) {
    Edges2Steps s = Edges2Steps.INSTANCE;
    all.add(Body.of("Edges2.multiCatchType", s::multiCatchType));
    all.add(Body.sending("Edges2.resourcesLeftByJumps", values(1, 2, 3), s::resourcesLeftByJumps));
    all.add(Body.of("Edges2.resourceInitFails", s::resourceInitFails));
    all.add(Body.sending("Edges2.typedKeywordSpill", values(1, "b", 3, 4), s::typedKeywordSpill));
    all.add(Body.of("Edges2.nestedTypeImport", s::nestedTypeImport));
    all.add(Body.sending("Edges2.argumentConversions", values(1, "b", 3), s::argumentConversions));
  }

  private static void inheritance(List<Body> all) {
    Inheritance_BaseSteps base = new Inheritance_BaseSteps() {
      @Override
      public String name() {
        return "base";
      }
    };
    Inheritance_ChildSteps child = new Inheritance_ChildSteps() {
      @Override
      public String name() {
        return "child";
      }
    };
    all.add(Body.sending("Inheritance.Base.greet", k -> "v" + k, base::greet));
    all.add(Body.sending("Inheritance.Child.greetTwice", k -> "v" + k, child::greetTwice));
  }

  private static void edges3(List<Body> all) {
    Edges3Steps s = Edges3Steps.INSTANCE;
    all.add(Body.sending("Edges3.mixedConditional", values(7, 9, null, "s"), s::mixedConditional));
    all.add(Body.sending("Edges3.suspendingSelector", values(Edges3.Kind.TWO, null, "y", "d"), s::suspendingSelector));
    all.add(Body.sending("Edges3.functionalOperands", k -> "v" + k, s::functionalOperands));
    all.add(Body.sending("Edges4.unusualSwitches", k -> "v" + k,
        log -> Edges4Steps.INSTANCE.unusualSwitches(log, new String[] {"Aa", "BB", "x", "Ab"})));
    all.add(Body.sending("Edges4.loopShapes", values(1, 5, 9), Edges4Steps.INSTANCE::loopShapes));
    all.add(Body.sending("GenericShadow.shadowed", values(2.5),
        log -> new GenericShadowSteps<String>().<Double>shadowed(log, 1.5)));
  }

  private static void combos(List<Body> all) {
    CombosSteps s = CombosSteps.INSTANCE;
    all.add(Body.sending("Combos.switchTrySwitch", values(4, 1, 2, 3), s::switchTrySwitch));
    all.add(Body.sending("Combos.returnFromCatch", values("a", "b", "boom!", "c", "stop"), s::returnFromCatch));
    all.add(Body.sending("Combos.delegationInCondition", k -> k, s::delegationInCondition));
    all.add(Body.sending("Combos.threeLevels", k -> k, s::threeLevels));
    all.add(Body.sending("Combos.finallyThrowsOverBreak", values(null, "x", "y"), s::finallyThrowsOverBreak));
  }
}
