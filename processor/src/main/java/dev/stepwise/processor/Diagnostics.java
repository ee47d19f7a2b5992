package dev.stepwise.processor;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.Trees;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports diagnostics at the exact tree (file:line:column in javac, Maven and IDEs) or, when no
 * tree is known, on an element. Every message carries a stable tag, e.g. {@code [StepwiseAwaitOutsideCoroutine]}.
 * Counts errors so that a method with errors is not lowered or emitted.
 *
 * <p>javac puts the caret of a diagnostic at a tree's <em>preferred</em> position, which for
 * {@code Yield.value(x)} is the {@code (} and for {@code a.b} the {@code .}. Diagnostics here point
 * at where the offending expression starts instead: {@link #anchor} walks down to the leftmost
 * subtree, whose preferred position is that start.
 */
public final class Diagnostics {
  private final Messager messager;
  private final Trees trees;
  private int errors;

  public Diagnostics(Messager messager, Trees trees) {
    this.messager = messager;
    this.trees = trees;
  }

  /** Reports an error at (the start of) {@code tree} inside {@code unit}. */
  public void error(Tree tree, CompilationUnitTree unit, Message message, Object... args) {
    errors++;
    trees.printMessage(Diagnostic.Kind.ERROR, message.format(args), anchor(tree), unit);
  }

  /** Reports a warning at (the start of) {@code tree} inside {@code unit}. */
  public void warning(Tree tree, CompilationUnitTree unit, Message message, Object... args) {
    trees.printMessage(Diagnostic.Kind.WARNING, message.format(args), anchor(tree), unit);
  }

  /** Reports an error on an element (used when no body tree is available). */
  public void error(Element element, Message message, Object... args) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
  }

  /** Reports an error on an annotation of an element, so that IDEs mark the annotation itself. */
  public void error(Element element, AnnotationMirror annotation, Message message, Object... args) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation);
  }

  /** The number of errors reported so far; compare before and after a pass to know if it failed. */
  public int errorCount() {
    return errors;
  }

  /**
   * The subtree of {@code tree} whose preferred position is where {@code tree} starts: the
   * receiver chain of a call or member select, the raw type of a parameterized type, the left operand of a binary or assignment, the
   * condition of {@code ?:}. Other trees (identifiers, literals, {@code new}, casts, declarations)
   * are their own anchor.
   */
  static Tree anchor(Tree tree) {
    Tree t = tree;
    while (t != null) {
      Tree next;
      if (t instanceof MethodInvocationTree) {
        next = ((MethodInvocationTree) t).getMethodSelect();
      } else if (t instanceof MemberSelectTree) {
        next = ((MemberSelectTree) t).getExpression();
      } else if (t instanceof MemberReferenceTree) {
        next = ((MemberReferenceTree) t).getQualifierExpression();
      } else if (t instanceof ParameterizedTypeTree) {
        next = ((ParameterizedTypeTree) t).getType();
      } else if (t instanceof ArrayTypeTree) {
        next = ((ArrayTypeTree) t).getType();
      } else if (t instanceof ArrayAccessTree) {
        next = ((ArrayAccessTree) t).getExpression();
      } else if (t instanceof BinaryTree) {
        next = ((BinaryTree) t).getLeftOperand();
      } else if (t instanceof AssignmentTree) {
        next = ((AssignmentTree) t).getVariable();
      } else if (t instanceof CompoundAssignmentTree) {
        next = ((CompoundAssignmentTree) t).getVariable();
      } else if (t instanceof ConditionalExpressionTree) {
        next = ((ConditionalExpressionTree) t).getCondition();
      } else if (t instanceof InstanceOfTree) {
        next = ((InstanceOfTree) t).getExpression();
      } else if (t.getKind() == Tree.Kind.POSTFIX_INCREMENT || t.getKind() == Tree.Kind.POSTFIX_DECREMENT) {
        next = ((UnaryTree) t).getExpression();
      } else {
        return t;
      }
      if (next == null) {
        return t;
      }
      t = next;
    }
    return tree;
  }
}
