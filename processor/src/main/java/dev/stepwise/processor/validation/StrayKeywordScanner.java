package dev.stepwise.processor.validation;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import dev.stepwise.processor.Diagnostics;
import dev.stepwise.processor.Message;
import dev.stepwise.processor.analysis.KeywordResolver;
import dev.stepwise.processor.model.Keyword;
import java.util.Set;
import javax.lang.model.util.Elements;

/**
 * Finds suspending keywords outside every step body of a compilation unit: in plain methods, field
 * initializers, initializer blocks and non-annotated classes. Each is a compile error at its
 * position (Python's "'await' outside async function").
 */
public final class StrayKeywordScanner {
  private final Diagnostics diagnostics;
  private final Elements elements;

  public StrayKeywordScanner(Diagnostics diagnostics, Elements elements) {
    this.diagnostics = diagnostics;
    this.elements = elements;
  }

  /** Scans {@code unit}, skipping the bodies in {@code stepBodies}. */
  public void scan(CompilationUnitTree unit, Set<Tree> stepBodies) {
    KeywordResolver resolver = new KeywordResolver(unit, elements, Set.of(), Set.of());
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethod(MethodTree node, Void unused) {
        if (stepBodies.contains(node.getBody())) {
          return null;
        }
        return super.visitMethod(node, unused);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        Keyword k = resolver.resolve(node);
        if (k != null && k.suspends()) {
          diagnostics.error(node, unit, Message.KEYWORD_OUTSIDE_BODY, k.display());
        }
        return super.visitMethodInvocation(node, unused);
      }
    }.scan(unit, null);
  }
}
