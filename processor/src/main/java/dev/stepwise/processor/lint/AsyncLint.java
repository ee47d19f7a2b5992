package dev.stepwise.processor.lint;

import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.stepwise.processor.Diagnostics;
import dev.stepwise.processor.Message;
import dev.stepwise.processor.model.Kind;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.Messager;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * The lint pass: after javac has attributed and flow-checked each class of the compilation (its
 * {@code ANALYZE} phase, when every call is resolved), scans it with {@link MisuseScanner}. The
 * classes Stepwise generated are skipped: their bodies are the user's, already scanned where the
 * user wrote them.
 */
public final class AsyncLint implements TaskListener {
  /** The processor option for blocking calls in coroutines: {@code warning} (default), {@code error} or {@code off}. */
  public static final String BLOCKING_CALLS_OPTION = "stepwise.blockingCalls";

  private final Trees trees;
  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;
  private final Messager messager;
  private final Function<ExecutableElement, Kind> stepKind;
  private final Severity blockingCalls;
  private final Set<String> generated = new HashSet<>();

  /**
   * @param stepKind the kind of a step method, null for any other method
   * @param blockingCalls how blocking calls in coroutines are reported
   */
  public AsyncLint(Trees trees, Elements elements, Types types, Diagnostics diagnostics, Messager messager,
      Function<ExecutableElement, Kind> stepKind, Severity blockingCalls) {
    this.trees = trees;
    this.elements = elements;
    this.types = types;
    this.diagnostics = diagnostics;
    this.messager = messager;
    this.stepKind = stepKind;
    this.blockingCalls = blockingCalls;
  }

  /** Marks a class Stepwise generated, which is not scanned. */
  public void generated(String qualifiedName) {
    generated.add(qualifiedName);
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
      return;
    }
    TypeElement type = event.getTypeElement();
    if (generated.contains(type.getQualifiedName().toString())) {
      return;
    }
    try {
      TreePath path = trees.getPath(type);
      if (path != null) {
        new MisuseScanner(trees, elements, types, diagnostics, stepKind, blockingCalls).scanClass(path);
      }
    } catch (RuntimeException e) {
      // Never let an exception reach the compiler; the lint only adds findings, so a failure is a warning.
      messager.printMessage(Diagnostic.Kind.WARNING,
          Message.INTERNAL.format("lint of " + type.getQualifiedName() + ": " + e), type);
    }
  }
}
