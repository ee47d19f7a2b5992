package dev.stepwise.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports diagnostics at the exact tree (file:line:column in javac, Maven and IDEs) or, when no
 * tree is known, on an element. Every message carries a stable tag, e.g. {@code [StepwiseAwaitOutsideCoroutine]}.
 * Counts errors so that a method with errors is not lowered or emitted.
 */
public final class Diagnostics {
  private final Messager messager;
  private final Trees trees;
  private int errors;

  public Diagnostics(Messager messager, Trees trees) {
    this.messager = messager;
    this.trees = trees;
  }

  /** Reports an error at {@code tree} inside {@code unit}. */
  public void error(Tree tree, CompilationUnitTree unit, Message message, Object... args) {
    errors++;
    trees.printMessage(Diagnostic.Kind.ERROR, message.format(args), tree, unit);
  }

  /** Reports a warning at {@code tree} inside {@code unit}. */
  public void warning(Tree tree, CompilationUnitTree unit, Message message, Object... args) {
    trees.printMessage(Diagnostic.Kind.WARNING, message.format(args), tree, unit);
  }

  /** Reports an error on an element (used when no body tree is available). */
  public void error(Element element, Message message, Object... args) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
  }

  /** The number of errors reported so far; compare before and after a pass to know if it failed. */
  public int errorCount() {
    return errors;
  }
}
