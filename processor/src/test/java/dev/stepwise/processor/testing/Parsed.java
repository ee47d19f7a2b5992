package dev.stepwise.processor.testing;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import javax.lang.model.util.Elements;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * A source file parsed by javac (never attributed, as during annotation processing), for testing
 * the analysis and lowering passes on their own.
 */
public final class Parsed {
  private final JavacTask task;
  private final CompilationUnitTree unit;
  private final String source;

  private Parsed(JavacTask task, CompilationUnitTree unit, String source) {
    this.task = task;
    this.unit = unit;
    this.source = source;
  }

  /** Parses {@code lines} as the file {@code Test.java}. */
  public static Parsed of(String... lines) {
    String source = String.join("\n", lines) + "\n";
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Test.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    JavacTask task = (JavacTask) javac.getTask(null, null, null, List.of("-proc:none"), null, List.of(file));
    try {
      CompilationUnitTree unit = task.parse().iterator().next();
      return new Parsed(task, unit, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public CompilationUnitTree unit() {
    return unit;
  }

  public String source() {
    return source;
  }

  public Elements elements() {
    return task.getElements();
  }

  public SourcePositions positions() {
    return Trees.instance(task).getSourcePositions();
  }

  /** The first method named {@code name} in the first type of the file. */
  public MethodTree method(String name) {
    ClassTree type = (ClassTree) unit.getTypeDecls().get(0);
    for (Tree member : type.getMembers()) {
      if (member instanceof MethodTree && ((MethodTree) member).getName().contentEquals(name)) {
        return (MethodTree) member;
      }
    }
    throw new IllegalArgumentException("no method " + name);
  }

  /** The source text of {@code tree}. */
  public String text(Tree tree) {
    SourcePositions p = positions();
    return source.substring((int) p.getStartPosition(unit, tree), (int) p.getEndPosition(unit, tree));
  }
}
