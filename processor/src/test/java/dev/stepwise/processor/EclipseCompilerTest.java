package dev.stepwise.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under Eclipse's compiler (ECJ: Eclipse, VS Code Java) there is no {@code com.sun.source}, so
 * bodies cannot be read: the processor reports one clear error per annotated interface, at the
 * interface, and no stack trace.
 */
class EclipseCompilerTest {
  @TempDir Path dir;

  /** ECJ reads sources as files (it makes a java.io.File of each URI), so they are written to disk. */
  private JavaFileObject onDisk(String relativePath, String text) throws IOException {
    Path file = dir.resolve(relativePath);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return JavaFileObjects.forResource(file.toUri().toURL());
  }

  private static final String TWO_INTERFACES = """
      package test;

      import dev.stepwise.Gen;
      import dev.stepwise.Yield;
      import dev.stepwise.annotations.Generator;

      @Generator
      interface Numbers {
        default Gen<Integer, Void, Void> one() {
          Yield.value(1);
          return Gen.done();
        }

        default Gen<Integer, Void, Void> two() {
          Yield.value(2);
          return Gen.done();
        }
      }

      interface Letters {
        @Generator
        default Gen<String, Void, Void> a() {
          Yield.value("a");
          return Gen.done();
        }
      }

      class Plain {
        int nothingToDoWithUs() {
          return 3;
        }
      }
      """;

  @Test
  void oneClearErrorPerAnnotatedInterface() throws IOException {
    Compilation c = Harness.compile(Compiler.compiler(new EclipseCompiler()).withOptions("-17"),
        onDisk("test/Numbers.java", TWO_INTERFACES));
    String described = Harness.describe(c);
    List<String> errors = c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
    assertWithMessage(described).that(errors).hasSize(2);
    for (String e : errors) {
      assertThat(e).startsWith("[StepwiseNeedsJavac] Stepwise needs javac's com.sun.source API to read method bodies,"
          + " and it is not available here (the processing environment org.eclipse.jdt.internal.compiler.apt.dispatch."
          + "BatchProcessingEnvImpl is not javac's)");
      assertThat(e).contains("build with javac (Maven or Gradle), or configure the IDE to delegate builds to them");
      assertThat(e).doesNotContain("\tat ");
      assertThat(e).doesNotContain("Exception:");
    }
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      assertWithMessage(described).that(d.getMessage(Locale.ROOT)).doesNotContain("\tat ");
    }
    // Each error is on its interface, so the IDE marks the right file and element.
    List<Long> lines = c.errors().stream().map(Diagnostic::getLineNumber).sorted().collect(Collectors.toList());
    assertWithMessage(described).that(lines).containsExactly(8L, 20L);
    assertWithMessage(described).that(c.errors().stream().map(Diagnostic::getColumnNumber).collect(Collectors.toList()))
        .containsExactly(11L, 11L);
  }

  @Test
  void sourcesWithoutStepwiseAnnotationsAreUntouched() throws IOException {
    Compilation c = Harness.compile(Compiler.compiler(new EclipseCompiler()).withOptions("-17"), onDisk("test/Plain.java", """
        package test;

        class Plain {
          int value() {
            return 3;
          }
        }
        """));
    assertWithMessage(Harness.describe(c)).that(c.errors()).isEmpty();
  }
}
