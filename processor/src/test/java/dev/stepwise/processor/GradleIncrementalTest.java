package dev.stepwise.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Gradle's incremental compilation: the processor declares itself isolating in
 * {@code META-INF/gradle/incremental.annotation.processors}, and keeps the rule that makes that
 * true: every file it writes has exactly one originating element, the interface it was generated
 * from. Checked behind a wrapper shaped like Gradle's, which also records what the processor asks
 * the Filer for.
 */
class GradleIncrementalTest {

  @Test
  void theJarDeclaresAnIsolatingProcessor() throws IOException {
    try (InputStream in = StepwiseProcessor.class.getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
      assertWithMessage("META-INF/gradle/incremental.annotation.processors").that(in).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      assertThat(text).isEqualTo(StepwiseProcessor.class.getName() + ",isolating");
    }
  }

  /** Gradle's wrapper, with a Filer that records each file's originating elements. */
  static final class RecordingGradleEnvironment extends EnvironmentTest.Forwarding {
    private final ProcessingEnvironment delegate;
    final Map<String, List<Element>> origins = new LinkedHashMap<>();

    RecordingGradleEnvironment(ProcessingEnvironment delegate) {
      this.delegate = delegate;
    }

    @Override
    ProcessingEnvironment inner() {
      return delegate;
    }

    @Override
    public Filer getFiler() {
      Filer filer = delegate.getFiler();
      return new Filer() {
        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... originating) throws IOException {
          origins.put(name.toString(), List.of(originating));
          return filer.createSourceFile(name, originating);
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... originating) throws IOException {
          origins.put(name.toString(), List.of(originating));
          return filer.createClassFile(name, originating);
        }

        @Override
        public FileObject createResource(JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName,
            Element... originating) throws IOException {
          origins.put(pkg + "/" + relativeName, List.of(originating));
          return filer.createResource(location, pkg, relativeName, originating);
        }

        @Override
        public FileObject getResource(JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName)
            throws IOException {
          return filer.getResource(location, pkg, relativeName);
        }
      };
    }
  }

  @Test
  void everyGeneratedFileHasExactlyOneOriginatingElement() {
    List<RecordingGradleEnvironment> envs = new ArrayList<>();
    Compilation c = Compiler.javac()
        .withProcessors(new EnvironmentTest.Wrapping(env -> {
          RecordingGradleEnvironment recording = new RecordingGradleEnvironment(env);
          envs.add(recording);
          return recording;
        }))
        .compile(Harness.source("test.Shapes", """
            package test;

            import static dev.stepwise.Async.await;

            import dev.stepwise.Coro;
            import dev.stepwise.Gen;
            import dev.stepwise.Yield;
            import dev.stepwise.aio.Aio;
            import dev.stepwise.annotations.Coroutine;
            import dev.stepwise.annotations.Generator;

            @Generator
            interface Shapes {
              default Gen<String, Void, Void> names() {
                Yield.value("circle");
                return Gen.done();
              }
            }

            @Generator
            interface MoreShapes extends Shapes {
              default Gen<String, Void, Void> more() {
                Yield.from(names());
                return Gen.done();
              }
            }

            @Coroutine
            interface Painter {
              default Coro<Void> paint() {
                await(Aio.sleep(0));
                return Coro.done();
              }
            }
            """));
    Harness.assertNoCrash(c);
    assertWithMessage(Harness.describe(c)).that(c.errors()).isEmpty();
    assertThat(envs).hasSize(1);
    Map<String, List<Element>> origins = envs.get(0).origins;
    assertThat(origins.keySet()).containsExactly("test.ShapesSteps", "test.MoreShapesSteps", "test.PainterSteps");
    origins.forEach((file, elements) -> {
      assertWithMessage("originating elements of %s", file).that(elements).hasSize(1);
      TypeElement origin = (TypeElement) elements.get(0);
      assertThat(origin.getQualifiedName().toString() + "Steps").isEqualTo(file);
    });
  }

  @Test
  void theLintRunsBehindGradlesWrapper() {
    Compilation c = Compiler.javac()
        .withProcessors(new EnvironmentTest.Wrapping(EnvironmentTest.IncrementalProcessingEnvironment::new))
        .compile(Harness.source("test.Fetcher", """
            package test;

            import dev.stepwise.Coro;
            import dev.stepwise.annotations.Coroutine;

            @Coroutine
            interface Fetcher {
              default Coro<String> fetch(String url) {
                return Coro.done(url);
              }

              default Coro<Void> main() {
                fetch("a");
                return Coro.done();
              }
            }
            """));
    Harness.assertNoCrash(c);
    CompilationSubject.assertThat(c).hadWarningContaining("[StepwiseNeverAwaited] coroutine 'fetch' is never awaited")
        .inFile(c.sourceFiles().get(0)).onLine(13).atColumn(5);
  }
}
