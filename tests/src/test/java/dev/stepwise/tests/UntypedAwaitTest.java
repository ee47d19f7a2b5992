package dev.stepwise.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * An await whose result type the processor cannot see (its operand comes from a generic method)
 * used where Java needs that type, as an operand, a condition or a receiver, is a compile error at
 * the await, not generated code that does not compile; where the context gives the type (an
 * assignment, a string concatenation) it is accepted. Found by the coroutine bodies of
 * {@link CoroDifferentialTest} once {@code await} took its awaitable's type.
 */
class UntypedAwaitTest {

  private static final String SOURCE = String.join("\n",
      "package demo;",
      "import static dev.stepwise.Async.await;",
      "import dev.stepwise.Awaitable;",
      "import dev.stepwise.Coro;",
      "import dev.stepwise.aio.Aio;",
      "import dev.stepwise.annotations.Coroutine;",
      "@Coroutine",
      "public interface Untyped {",
      "  static <T> Awaitable<T> later(T value) {",
      "    return Aio.sleep(0, value);",
      "  }",
      "  default Coro<String> body() {",
      "    int x = await(later(1));",
      "    if (await(later(true))) {",
      "      x++;",
      "    }",
      "    String s = \"x\" + await(later(2));",
      "    s += await(later(\"y\"));",
      "    return Coro.done(s + (await(later(3)) + x) + await(later(\"s\")).length());",
      "  }",
      "}");

  @Test
  void untypedAwaitsWhereJavaNeedsTheirTypeAreReportedAtTheAwait() throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = Files.createTempDirectory("stepwise-untyped-await");
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///demo/Untyped.java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return SOURCE;
        }
      };
      List<String> options = List.of("-d", out.toString(), "-s", out.toString(),
          "-classpath", System.getProperty("java.class.path"), "--release", "17");
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null, List.of(source));
      // Loaded by name: the class refers to the compile-only @AutoService, which -Werror would flag.
      task.setProcessors(List.of((javax.annotation.processing.Processor) Class
          .forName("dev.stepwise.processor.StepwiseProcessor").getDeclaredConstructor().newInstance()));
      task.call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.getLineNumber() + ":" + d.getColumnNumber() + " " + d.getMessage(Locale.ROOT));
      }
    }
    List<String> expected = List.of(
        "14:9 [StepwiseUnsupported] an await whose result type cannot be determined during annotation processing,"
            + " used as a condition is not supported yet; assign its result to a local with an explicit type first,"
            + " or write the type: Async.<T>await(...)",
        "19:27 [StepwiseUnsupported] an await whose result type cannot be determined during annotation processing,"
            + " used as an operand is not supported yet; assign its result to a local with an explicit type first,"
            + " or write the type: Async.<T>await(...)",
        "19:50 [StepwiseUnsupported] an await whose result type cannot be determined during annotation processing,"
            + " used as a receiver is not supported yet; assign its result to a local with an explicit type first,"
            + " or write the type: Async.<T>await(...)");
    assertEquals(String.join("\n", expected), errors.stream().collect(Collectors.joining("\n")));
  }
}
