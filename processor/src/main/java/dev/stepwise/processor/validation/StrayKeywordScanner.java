package dev.stepwise.processor.validation;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import dev.stepwise.processor.Diagnostics;
import dev.stepwise.processor.Message;
import dev.stepwise.processor.analysis.KeywordResolver;
import dev.stepwise.processor.model.Keyword;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds suspending keywords outside every step body of a compilation unit: in plain methods, field
 * initializers, initializer blocks and non-annotated classes. Each is a compile error at its
 * position (Python's "'await' outside async function").
 *
 * <p>An unqualified call is a keyword only through a static import, and a method of an enclosing
 * class (declared or inherited) shadows a static import: {@code value(1)} in a class with its own
 * {@code value(int)} is that method, whatever the imports say.
 */
public final class StrayKeywordScanner {
  private final Diagnostics diagnostics;
  private final Elements elements;

  public StrayKeywordScanner(Diagnostics diagnostics, Elements elements) {
    this.diagnostics = diagnostics;
    this.elements = elements;
  }

  /** A keyword used as a method reference ({@code Yield::value}) suspends nothing, wherever it is. */
  private void reportKeywordReferences(CompilationUnitTree unit, KeywordResolver resolver) {
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMemberReference(com.sun.source.tree.MemberReferenceTree node, Void unused) {
        Keyword k = resolver.resolve(node);
        if (k != null && k.suspends()) {
          diagnostics.error(node, unit, Message.KEYWORD_REFERENCE, k.display());
        }
        return super.visitMemberReference(node, unused);
      }
    }.scan(unit, null);
  }

  /** Scans {@code unit}, skipping the bodies in {@code stepBodies}. */
  public void scan(CompilationUnitTree unit, Set<Tree> stepBodies) {
    KeywordResolver resolver = new KeywordResolver(unit, elements, Set.of(), Set.of());
    reportKeywordReferences(unit, resolver);
    String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    new TreeScanner<Void, Void>() {
      /** The trees from the unit down to the one being visited. */
      private final Deque<Tree> path = new ArrayDeque<>();
      /** Method names of each enclosing class, innermost first. */
      private final Deque<Set<String>> classMethods = new ArrayDeque<>();
      /** Canonical names of the enclosing top-level and member classes, innermost first. */
      private final Deque<String> canonicalNames = new ArrayDeque<>();

      @Override
      public Void scan(Tree tree, Void unused) {
        if (tree == null) {
          return null;
        }
        path.push(tree);
        try {
          return super.scan(tree, unused);
        } finally {
          path.pop();
        }
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        Set<String> names = new HashSet<>();
        for (Tree member : node.getMembers()) {
          if (member instanceof MethodTree) {
            names.add(((MethodTree) member).getName().toString());
          }
        }
        String canonical = null;
        if (isMemberOrTopLevel() && node.getSimpleName().length() > 0) {
          String outer = canonicalNames.isEmpty() ? (pkg.isEmpty() ? "" : pkg + ".") : canonicalNames.peek() + ".";
          canonical = outer + node.getSimpleName();
          addInheritedMethods(canonical, names);
        }
        classMethods.push(names);
        if (canonical != null) {
          canonicalNames.push(canonical);
        }
        try {
          return super.visitClass(node, unused);
        } finally {
          if (canonical != null) {
            canonicalNames.pop();
          }
          classMethods.pop();
        }
      }

      /** Whether the class being visited (on top of the path) is top-level or a member of such a class. */
      private boolean isMemberOrTopLevel() {
        boolean first = true;
        for (Tree t : path) {
          if (first) {
            first = false; // the class itself
          } else if (!(t instanceof ClassTree) && !(t instanceof CompilationUnitTree)) {
            return false;
          }
        }
        return true;
      }

      private void addInheritedMethods(String canonical, Set<String> names) {
        TypeElement type;
        try {
          type = elements.getTypeElement(canonical);
        } catch (RuntimeException e) {
          return; // an unusual name (a broken source): the declared methods must do
        }
        if (type == null) {
          return;
        }
        for (Element e : elements.getAllMembers(type)) {
          if (e.getKind() == ElementKind.METHOD) {
            names.add(e.getSimpleName().toString());
          }
        }
      }

      @Override
      public Void visitMethod(MethodTree node, Void unused) {
        if (stepBodies.contains(node.getBody())) {
          return null;
        }
        return super.visitMethod(node, unused);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        Keyword k = shadowed(node) ? null : resolver.resolve(node);
        if (k != null && k.suspends()) {
          diagnostics.error(node, unit, Message.KEYWORD_OUTSIDE_BODY, k.display());
        }
        return super.visitMethodInvocation(node, unused);
      }

      private boolean shadowed(MethodInvocationTree node) {
        if (!(node.getMethodSelect() instanceof IdentifierTree)) {
          return false;
        }
        String name = ((IdentifierTree) node.getMethodSelect()).getName().toString();
        for (Set<String> names : classMethods) {
          if (names.contains(name)) {
            return true;
          }
        }
        return false;
      }
    }.scan(unit, null);
  }
}
