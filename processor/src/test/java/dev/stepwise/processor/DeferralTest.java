package dev.stepwise.processor;

import static dev.stepwise.processor.Harness.drain;
import static dev.stepwise.processor.Harness.invoke;
import static dev.stepwise.processor.Harness.loader;
import static dev.stepwise.processor.Harness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * An interface whose step methods mention a type that does not exist yet is processed in the round
 * where it exists (another processor may generate it); if it never does, only javac's own error at
 * the user's source is shown, not a second one in generated code.
 */
class DeferralTest {

  /** Generates {@code test.Made} in the first round: its name exists only from the second round on. */
  static final class LateGenerator extends AbstractProcessor {
    private int round;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
      if (++round == 1) {
        try (Writer w = processingEnv.getFiler().createSourceFile("test.Made").openWriter()) {
          w.write("package test; public final class Made { public final int n; public Made(int n) { this.n = n; } "
              + "@Override public String toString() { return \"Made\" + n; } }");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void aSignatureWithATypeGeneratedLaterIsProcessedWhenItExists() throws Exception {
    Compilation c = Compiler.javac().withProcessors(new LateGenerator(), new StepwiseProcessor()).compile(
        source("test.Maker",
            "package test;",
            "import dev.stepwise.*;",
            "import dev.stepwise.annotations.Generator;",
            "@Generator",
            "public interface Maker {",
            "  default Gen<Made, Void, Void> make(int n) {",
            "    for (int i = 0; i < n; i++) { Yield.value(new Made(i)); }",
            "    return Gen.done();",
            "  }",
            "}"));
    assertTrue(c.errors().isEmpty(), () -> Harness.describe(c));
    assertEquals(List.of("Made0", "Made1", "return=null"),
        drain(invoke(loader(c), "test.MakerSteps", "make", 2)).stream().map(String::valueOf).toList());
  }

  @Test
  void aTypeThatNeverExistsIsReportedOnlyAtTheUsersSource() {
    Compilation c = Harness.compile(
        source("test.Broken",
            "package test;",
            "import dev.stepwise.*;",
            "import dev.stepwise.annotations.Generator;",
            "@Generator",
            "public interface Broken {",
            "  default Gen<Missing, Void, Void> make() {",
            "    Yield.value(null);",
            "    return Gen.done();",
            "  }",
            "}"));
    assertTrue(!c.errors().isEmpty(), "the missing type is an error");
    for (var d : c.errors()) {
      String file = d.getSource() == null ? "" : d.getSource().getName();
      assertTrue(file.endsWith("test/Broken.java"), () -> "an error outside the user's source: " + d);
    }
  }
}
