package dev.stepwise.processor.lowering;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import dev.stepwise.processor.Diagnostics;
import dev.stepwise.processor.Message;
import dev.stepwise.processor.analysis.BodyAnalysis;
import dev.stepwise.processor.analysis.InterfaceMembers;
import dev.stepwise.processor.model.Keyword;
import dev.stepwise.processor.model.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * State shared by the lowering of one body: the listing being built, the stack of exploded jump
 * targets (loops, switches, labeled statements) and of exploded finally blocks, name allocation,
 * and error reporting. Decides how a return or a jump leaves through the finally blocks between it
 * and its target.
 */
final class LoweringContext {
  /** An exploded statement that break or continue may target. */
  static final class JumpEntry {
    final Tree statement;
    final Label breakLabel;
    final Label continueLabel;
    final int finallyDepth;

    JumpEntry(Tree statement, Label breakLabel, Label continueLabel, int finallyDepth) {
      this.statement = statement;
      this.breakLabel = breakLabel;
      this.continueLabel = continueLabel;
      this.finallyDepth = finallyDepth;
    }
  }

  /** An exploded switch expression: where its yields store the value and jump to. */
  static final class YieldTarget {
    final Tree switchExpression;
    final String slot;
    final Label end;
    final int finallyDepth;

    YieldTarget(Tree switchExpression, String slot, Label end, int finallyDepth) {
      this.switchExpression = switchExpression;
      this.slot = slot;
      this.end = end;
      this.finallyDepth = finallyDepth;
    }
  }

  final Listing listing = new Listing();
  final Deque<YieldTarget> yields = new ArrayDeque<>();
  final BodyAnalysis analysis;
  final InterfaceMembers members;
  final Kind kind;
  final Diagnostics diagnostics;
  final CompilationUnitTree unit;
  final Deque<JumpEntry> jumps = new ArrayDeque<>();
  /** Exploded try regions whose finally block encloses the current position, outermost first. */
  final List<TryRegion> finallies = new ArrayList<>();
  int tryDepth;
  private final Set<String> usedNames;
  private final String selfName;
  SourceRewriter rewriter;

  LoweringContext(
      BodyAnalysis analysis, InterfaceMembers members, Kind kind, Diagnostics diagnostics, CompilationUnitTree unit) {
    this.analysis = analysis;
    this.members = members;
    this.kind = kind;
    this.diagnostics = diagnostics;
    this.unit = unit;
    this.usedNames = new HashSet<>(analysis.identifiers());
    usedNames.addAll(members.methodNames());
    this.selfName = newName("self");
  }

  /** The name of the field holding the interface instance. */
  String selfName() {
    return selfName;
  }

  /** A fresh name: {@code base} if unused, else {@code base$2}, {@code base$3}, ... */
  String newName(String base) {
    String name = base;
    for (int i = 2; !usedNames.add(name); i++) {
      name = base + "$" + i;
    }
    return name;
  }

  /** A fresh name for a managed variable: always suffixed, so it never meets a user's name. */
  String variableName(String base) {
    String name;
    int i = 1;
    do {
      name = base + "$" + i++;
    } while (!usedNames.add(name));
    return name;
  }

  void error(Tree tree, Message message, Object... args) {
    diagnostics.error(tree, unit, message, args);
  }

  /** The value text of {@code return <Kind>.done(v)}, reporting a malformed return. */
  String completionValue(ReturnTree node, Function<Tree, String> rewrite) {
    ExpressionTree e = node.getExpression();
    Keyword k = analysis.keyword(e);
    Keyword expected = doneKeyword();
    if (k != expected) {
      error(e == null ? node : e, Message.RETURN_NOT_DONE, kind.noun(), kind.simpleReturnType(), kind.simpleReturnType(),
          kind.forwardingHint());
      return "null";
    }
    List<? extends ExpressionTree> args = ((MethodInvocationTree) e).getArguments();
    return args.isEmpty() ? "null" : rewrite.apply(args.get(0));
  }

  Keyword doneKeyword() {
    switch (kind) {
      case COROUTINE:
        return Keyword.CORO_DONE;
      case ASYNC_GENERATOR:
        return Keyword.ASYNC_GEN_DONE;
      default:
        return Keyword.GEN_DONE;
    }
  }

  /** The statements that complete the body with {@code value}, through the enclosing finally blocks. */
  String returnCode(String value) {
    return "{ $result = " + value + "; " + leave(null, 0, true, finallies.size()) + " }";
  }

  /**
   * The statements for Java's {@code yield value;} completing an exploded switch expression, or
   * null when the switch expression was not exploded (the yield stays as written).
   */
  boolean yieldTarget(Tree switchExpression) {
    for (YieldTarget y : yields) {
      if (y.switchExpression == switchExpression) {
        return true;
      }
    }
    return false;
  }

  String yieldCode(Tree switchExpression, String value) {
    for (YieldTarget y : yields) {
      if (y.switchExpression == switchExpression) {
        return "{ " + y.slot + " = " + value + "; " + leave(y.end, y.finallyDepth, false, finallies.size()) + " }";
      }
    }
    return null;
  }

  /**
   * The statements for a break/continue to {@code target}, or null when the target was not
   * exploded (the jump stays as written).
   */
  String jumpCode(Tree target, boolean isContinue) {
    for (JumpEntry e : jumps) {
      if (e.statement == target) {
        Label label = isContinue ? e.continueLabel : e.breakLabel;
        return "{ " + leave(label, e.finallyDepth, false, finallies.size()) + " }";
      }
    }
    return null;
  }

  /**
   * Leaves the current position for {@code target} (or completes the body when {@code isReturn}):
   * directly when no exploded finally block lies between, else through the innermost one with a
   * pending code that its end dispatches on.
   *
   * @param depth how many finally regions enclose the position being left
   */
  String leave(Label target, int targetDepth, boolean isReturn, int depth) {
    if (depth <= targetDepth) {
      return isReturn ? "return $RETURN;" : Listing.jumpText(target);
    }
    TryRegion f = finallies.get(depth - 1);
    int code = f.codeFor(target, targetDepth, isReturn);
    return f.pendSlot + " = " + code + "; " + Listing.jumpText(f.finallyStart);
  }
}
