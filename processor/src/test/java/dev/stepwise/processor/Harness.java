package dev.stepwise.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Shared support for the processor tests: compiling sources with the processor, an
 * error-prone-style checker of expected diagnostics written as marker comments in the source, the
 * no-crash assertion, and a class loader over the generated class files so that generated code
 * can be run.
 */
final class Harness {
  private Harness() {}

  /** Our own tag for a processor failure: must never appear. */
  static final String INTERNAL_TAG = "[" + Message.INTERNAL.tag() + "]";

  /** A source file {@code fqn} with the given lines. */
  static JavaFileObject source(String fqn, String... lines) {
    return JavaFileObjects.forSourceLines(fqn, lines);
  }

  /** Compiles with javac and the processor; a processor exception reaching javac fails the test. */
  static Compilation compile(JavaFileObject... sources) {
    return compile(Compiler.javac(), sources);
  }

  static Compilation compile(Compiler compiler, JavaFileObject... sources) {
    Compilation c;
    try {
      c = compiler.withProcessors(new StepwiseProcessor()).compile(sources);
    } catch (RuntimeException | AssertionError e) {
      throw new AssertionError("the compiler (or the processor inside it) threw " + e, e);
    }
    assertNoCrash(c);
    assertImportsOnce(c);
    return c;
  }

  /** Fails when a generated source file imports the same name twice (the interface's and its own). */
  static void assertImportsOnce(Compilation c) {
    if (c.status() != Compilation.Status.SUCCESS) {
      return; // compile-testing keeps no generated files of a failed compilation
    }
    for (JavaFileObject f : c.generatedSourceFiles()) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      String text;
      try {
        text = f.getCharContent(true).toString();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      for (String line : text.split("\n")) {
        if (line.startsWith("import ") && !seen.add(line)) {
          throw new AssertionError(f.getName() + " repeats '" + line + "':\n" + text);
        }
      }
    }
  }

  /**
   * Fails when the compilation shows a processor crash: javac's "threw an uncaught exception", a
   * stack trace of an AssertionError or NullPointerException, or our own internal-error tag.
   */
  static void assertNoCrash(Compilation c) {
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      String text = d.getMessage(Locale.ROOT);
      for (String sign : List.of(
          "threw an uncaught exception", INTERNAL_TAG, "AssertionError", "NullPointerException",
          "ClassCastException", "IndexOutOfBoundsException", "IllegalStateException", "\tat ")) {
        assertWithMessage("a diagnostic shows a processor crash: %s", text).that(text).doesNotContain(sign);
      }
    }
  }

  /** Asserts that {@code c} succeeded without any error or warning. */
  static void assertClean(Compilation c) {
    assertThat(c).succeededWithoutWarnings();
  }

  /** Renders the diagnostics for failure messages. */
  static String describe(Compilation c) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      sb.append(d.getKind()).append(' ')
          .append(d.getSource() == null ? "-" : d.getSource().getName()).append(':')
          .append(d.getLineNumber()).append(':').append(d.getColumnNumber()).append(' ')
          .append(d.getMessage(Locale.ROOT)).append('\n');
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Expected diagnostics written in the source

  private static final Pattern MARKER = Pattern.compile("^\\s*// (ERROR|WARNING)(?:\\((.+?)\\))?: (.+)$");

  /** One expected diagnostic: error or warning, its message substring, its line and (if known) column. */
  static final class Expected {
    final boolean error;
    final String message;
    final int line;
    final int column;

    Expected(boolean error, String message, int line, int column) {
      this.error = error;
      this.message = message;
      this.line = line;
      this.column = column;
    }

    @Override
    public String toString() {
      return (error ? "error " : "warning ") + line + ":" + column + " " + message;
    }
  }

  /**
   * The diagnostics a source expects: a comment {@code // ERROR(anchor): text} expects an error whose
   * message contains {@code text} on the next line that is not itself a marker, at the column
   * where {@code anchor} first occurs on that line; {@code // WARNING(anchor): text} a warning.
   * Several markers may stack above one line.
   */
  static List<Expected> expectations(String... lines) {
    List<Expected> expected = new ArrayList<>();
    List<Matcher> pending = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (m.matches()) {
        pending.add(m);
        continue;
      }
      for (Matcher p : pending) {
        int column = -1;
        if (p.group(2) != null) {
          int at = lines[i].indexOf(p.group(2));
          if (at < 0) {
            throw new IllegalArgumentException("anchor '" + p.group(2) + "' not found on line " + (i + 1) + ": " + lines[i]);
          }
          column = at + 1;
        }
        expected.add(new Expected(p.group(1).equals("ERROR"), p.group(3).trim(), i + 1, column));
      }
      pending.clear();
    }
    if (!pending.isEmpty()) {
      throw new IllegalArgumentException("a marker comment has no line after it");
    }
    return expected;
  }

  /**
   * Compiles {@code fqn} (plus {@code others}) and checks that exactly the errors and the Stepwise
   * warnings its markers expect are reported, each in that file, on its line and (where an anchor
   * is given) at its column, and nothing crashed.
   */
  static Compilation assertDiagnostics(String fqn, String text, JavaFileObject... others) {
    return assertDiagnostics(Compiler.javac(), fqn, text.split("\n", -1), others);
  }

  /** {@link #assertDiagnostics(String, String, JavaFileObject...)} with {@code compiler}'s options. */
  static Compilation assertDiagnostics(Compiler compiler, String fqn, String text, JavaFileObject... others) {
    return assertDiagnostics(compiler, fqn, text.split("\n", -1), others);
  }

  static Compilation assertDiagnostics(String fqn, String[] lines, JavaFileObject... others) {
    return assertDiagnostics(Compiler.javac(), fqn, lines, others);
  }

  static Compilation assertDiagnostics(Compiler compiler, String fqn, String[] lines, JavaFileObject... others) {
    List<Expected> expected = expectations(lines);
    JavaFileObject file = source(fqn, lines);
    JavaFileObject[] all = new JavaFileObject[others.length + 1];
    all[0] = file;
    System.arraycopy(others, 0, all, 1, others.length);
    Compilation c = compile(compiler, all);
    String described = describe(c);
    long errors = expected.stream().filter(e -> e.error).count();
    assertEquals(errors, c.errors().size(),
        "error count; expected " + expected + " but the compiler said:\n" + described);
    long warnings = c.warnings().stream().filter(d -> d.getMessage(Locale.ROOT).contains("[Stepwise")).count();
    assertEquals(expected.size() - errors, warnings,
        "Stepwise warning count; expected " + expected + " but the compiler said:\n" + described);
    for (Expected e : expected) {
      var subject = e.error ? assertThat(c).hadErrorContaining(e.message) : assertThat(c).hadWarningContaining(e.message);
      if (e.column > 0) {
        subject.inFile(file).onLine(e.line).atColumn(e.column);
      } else {
        subject.inFile(file).onLine(e.line);
      }
    }
    if (errors == 0) {
      assertTrue(c.status() == Compilation.Status.SUCCESS, "expected success:\n" + described);
    }
    return c;
  }

  // ---------------------------------------------------------------------------------------------
  // Running generated code

  /** A class loader over the class files a compilation wrote, parented by the test class path. */
  static ClassLoader loader(Compilation c) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject f : c.generatedFiles()) {
      if (f.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String name = f.toUri().getPath();
      int at = name.indexOf("/CLASS_OUTPUT/");
      name = at >= 0 ? name.substring(at + "/CLASS_OUTPUT/".length()) : name.substring(1);
      name = name.substring(0, name.length() - ".class".length()).replace('/', '.');
      try (InputStream in = f.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (classes.isEmpty()) {
      fail("the compilation wrote no class files");
    }
    return new ClassLoader(Harness.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }

  /** Calls {@code method(args)} on {@code <stepsClass>.INSTANCE} and returns the result. */
  static Object invoke(ClassLoader loader, String stepsClass, String method, Object... args) throws Exception {
    Class<?> steps = loader.loadClass(stepsClass);
    java.lang.reflect.Field field = steps.getField("INSTANCE");
    field.setAccessible(true); // the Steps class is as visible as the interface: often package-private
    return call(field.get(null), method, args);
  }

  /** Calls the public method {@code method} with {@code args.length} parameters on {@code target}. */
  static Object call(Object target, String method, Object... args) throws Exception {
    for (java.lang.reflect.Method m : target.getClass().getMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == args.length) {
        m.setAccessible(true);
        try {
          return m.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
          if (e.getCause() instanceof Exception) {
            throw (Exception) e.getCause();
          }
          throw e;
        }
      }
    }
    throw new NoSuchMethodException(target.getClass().getName() + "." + method);
  }

  /** Drains a generator: every yielded value, then the return value under the key "return". */
  static List<Object> drain(Object gen) {
    dev.stepwise.Gen<?, ?, ?> g = (dev.stepwise.Gen<?, ?, ?>) gen;
    List<Object> out = new ArrayList<>();
    int guard = 0;
    while (g.hasNext()) {
      out.add(g.next());
      if (++guard > 100_000) {
        fail("the generator did not finish");
      }
    }
    out.add("return=" + g.returnValue());
    return out;
  }
}
