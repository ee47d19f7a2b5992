package dev.stepwise.processor.validation;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import dev.stepwise.processor.Diagnostics;
import dev.stepwise.processor.Message;
import dev.stepwise.processor.analysis.BodyAnalysis;
import dev.stepwise.processor.model.Keyword;
import dev.stepwise.processor.model.Kind;

/**
 * The validation pass over one step body: every suspending keyword must be allowed for the body's
 * kind (Python's wall between generators and coroutines) and must stand directly in the body, not
 * in a lambda, an anonymous or local class, or a synchronized block.
 */
public final class BodyValidator {
  private final Diagnostics diagnostics;
  private final CompilationUnitTree unit;

  public BodyValidator(Diagnostics diagnostics, CompilationUnitTree unit) {
    this.diagnostics = diagnostics;
    this.unit = unit;
  }

  public void validate(BodyAnalysis analysis, Kind kind) {
    new TreeScanner<Void, Void>() {
      private int lambdas;
      private int classes;
      private int monitors;

      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        Keyword k = analysis.keyword(node);
        if (k != null && k.suspends()) {
          check(node, k);
        }
        return super.visitMethodInvocation(node, unused);
      }

      private void check(Tree node, Keyword k) {
        if (!k.allowedIn(kind)) {
          boolean isYield = k == Keyword.YIELD_VALUE || k == Keyword.YIELD_FROM;
          diagnostics.error(node, unit, isYield ? Message.YIELD_INSIDE_COROUTINE : Message.AWAIT_OUTSIDE_COROUTINE, k.display());
        } else if (lambdas > 0 || classes > 0) {
          diagnostics.error(node, unit, Message.KEYWORD_IN_LAMBDA, k.display(), classes > 0 ? "class" : "lambda");
        } else if (monitors > 0) {
          diagnostics.error(node, unit, Message.KEYWORD_IN_SYNCHRONIZED, k.display());
        }
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        lambdas++;
        super.visitLambdaExpression(node, unused);
        lambdas--;
        return null;
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        classes++;
        super.visitClass(node, unused);
        classes--;
        return null;
      }

      @Override
      public Void visitSynchronized(SynchronizedTree node, Void unused) {
        scan(node.getExpression(), null);
        monitors++;
        scan(node.getBlock(), null);
        monitors--;
        return null;
      }
    }.scan(analysis.method().getBody(), null);
  }
}
