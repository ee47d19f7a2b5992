package dev.stepwise.processor.analysis;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreeScanner;
import java.util.List;

/**
 * Whether a statement can complete normally, by the rules of JLS 14.22, which are syntactic. The
 * lowering needs it to never put code after a copied statement that javac considers unable to
 * complete (javac would reject it as unreachable). Loop conditions count as constant only when they
 * are the literal {@code true}.
 */
public final class Completion {
  private final BodyAnalysis analysis;

  public Completion(BodyAnalysis analysis) {
    this.analysis = analysis;
  }

  public boolean canCompleteNormally(StatementTree s) {
    switch (s.getKind()) {
      case RETURN:
      case THROW:
      case BREAK:
      case CONTINUE:
      case YIELD:
        return false;
      case BLOCK:
        return statements(((BlockTree) s).getStatements());
      case IF: {
        IfTree i = (IfTree) s;
        return i.getElseStatement() == null
            || canCompleteNormally(i.getThenStatement())
            || canCompleteNormally(i.getElseStatement());
      }
      case WHILE_LOOP: {
        WhileLoopTree w = (WhileLoopTree) s;
        return !isTrue(w.getCondition()) || breaks(w, w.getStatement());
      }
      case DO_WHILE_LOOP: {
        DoWhileLoopTree d = (DoWhileLoopTree) s;
        return (!isTrue(d.getCondition()) && canCompleteNormally(d.getStatement())) || breaks(d, d.getStatement())
            || (!isTrue(d.getCondition()) && continues(d.getStatement()));
      }
      case FOR_LOOP: {
        ForLoopTree f = (ForLoopTree) s;
        return (f.getCondition() != null && !isTrue(f.getCondition())) || breaks(f, f.getStatement());
      }
      case LABELED_STATEMENT: {
        LabeledStatementTree l = (LabeledStatementTree) s;
        return canCompleteNormally(l.getStatement()) || breaks(l, l.getStatement());
      }
      case SYNCHRONIZED:
        return canCompleteNormally(((SynchronizedTree) s).getBlock());
      case TRY: {
        TryTree t = (TryTree) s;
        if (t.getFinallyBlock() != null && !canCompleteNormally(t.getFinallyBlock())) {
          return false;
        }
        if (canCompleteNormally(t.getBlock())) {
          return true;
        }
        for (CatchTree c : t.getCatches()) {
          if (canCompleteNormally(c.getBlock())) {
            return true;
          }
        }
        return false;
      }
      case SWITCH:
        return switchCompletes((SwitchTree) s);
      default:
        return true;
    }
  }

  private boolean statements(List<? extends StatementTree> list) {
    for (StatementTree st : list) {
      if (!canCompleteNormally(st)) {
        return false;
      }
    }
    return true;
  }

  private boolean switchCompletes(SwitchTree s) {
    boolean hasDefault = false;
    for (CaseTree c : s.getCases()) {
      if (c.getExpressions().isEmpty()) {
        hasDefault = true;
      }
    }
    if (!hasDefault || breaks(s, s)) {
      return true;
    }
    List<? extends CaseTree> cases = s.getCases();
    if (cases.get(0).getCaseKind() == CaseTree.CaseKind.RULE) {
      for (CaseTree c : cases) {
        Tree body = c.getBody();
        if (!(body instanceof StatementTree) || canCompleteNormally((StatementTree) body)) {
          return true;
        }
      }
      return false;
    }
    CaseTree last = cases.get(cases.size() - 1);
    return statements(last.getStatements());
  }

  static boolean isTrue(ExpressionTree e) {
    while (e instanceof ParenthesizedTree) {
      e = ((ParenthesizedTree) e).getExpression();
    }
    return e instanceof LiteralTree && Boolean.TRUE.equals(((LiteralTree) e).getValue());
  }

  /** Whether a break inside {@code body} (outside nested lambdas and classes) targets {@code target}. */
  private boolean breaks(Tree target, Tree body) {
    Boolean found = new TreeScanner<Boolean, Void>() {
      @Override
      public Boolean visitBreak(BreakTree node, Void unused) {
        return analysis.jumpTarget(node) == target;
      }

      @Override
      public Boolean visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        return false;
      }

      @Override
      public Boolean visitClass(ClassTree node, Void unused) {
        return false;
      }

      @Override
      public Boolean reduce(Boolean a, Boolean b) {
        return (a != null && a) || (b != null && b);
      }
    }.scan(body, null);
    return found != null && found;
  }

  private boolean continues(Tree body) {
    Boolean found = new TreeScanner<Boolean, Void>() {
      @Override
      public Boolean visitContinue(com.sun.source.tree.ContinueTree node, Void unused) {
        return true;
      }

      @Override
      public Boolean reduce(Boolean a, Boolean b) {
        return (a != null && a) || (b != null && b);
      }
    }.scan(body, null);
    return found != null && found;
  }
}
