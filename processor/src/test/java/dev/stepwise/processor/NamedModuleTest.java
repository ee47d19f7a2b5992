package dev.stepwise.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's code compiled as a named module: the runtime and the annotations are modules on the
 * module path ({@code requires dev.stepwise.runtime; requires static dev.stepwise.annotations;}),
 * the generated classes compile inside the user's module without a warning and run there (in a
 * module layer, against the runtime module), and {@code @Generated} is added only when that module
 * reads {@code java.compiler}.
 */
class NamedModuleTest {
  /** The runtime's and the annotations' jars (or class directories) on this test's class path. */
  private static String modulePath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String normalized = entry.replace('\\', '/');
      if (normalized.matches(".*(stepwise-runtime-[^/]*\\.jar|stepwise-annotations-[^/]*\\.jar|/runtime/target/classes|/annotations/target/classes)/?")) {
        entries.add(entry);
      }
    }
    assertWithMessage("runtime and annotations on the class path").that(entries).hasSize(2);
    return String.join(File.pathSeparator, entries);
  }

  private static final String COUNTER = """
      package com.example.app;

      import static dev.stepwise.Async.await;

      import dev.stepwise.Coro;
      import dev.stepwise.Gen;
      import dev.stepwise.Yield;
      import dev.stepwise.aio.Aio;
      import dev.stepwise.annotations.Coroutine;
      import dev.stepwise.annotations.Generator;

      public interface Counter {
        @Generator
        default Gen<Integer, Void, Void> upTo(int n) {
          for (int i = 1; i <= n; i++) {
            Yield.value(i);
          }
          return Gen.done();
        }

        @Coroutine
        default Coro<Integer> sum(int n) {
          int total = 0;
          for (int i : upTo(n)) {
            await(Aio.sleep(0));
            total += i;
          }
          return Coro.done(total);
        }
      }
      """;

  @TempDir Path dir;

  /**
   * Compiles the module with javac's own file manager (real files: the in-memory one of Compile
   * Testing cannot place a module-info) and the processor; returns the generated CounterSteps source.
   */
  private String compileModule(String moduleInfo) throws IOException {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("com/example/app"));
    Files.writeString(src.resolve("module-info.java"), moduleInfo);
    Files.writeString(src.resolve("com/example/app/Counter.java"), COUNTER);
    Path out = Files.createDirectories(dir.resolve("out"));
    Path gen = Files.createDirectories(dir.resolve("gen"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          // java.compiler in the module graph (as another module that requires it would put it there), so
          // that javax.annotation.processing.Generated exists for the processor, whether or not the module reads it.
          List.of("--module-path", modulePath(), "--add-modules", "java.compiler", "-d", out.toString(), "-s", gen.toString(),
              "-Xlint:all,-processing", "-Werror"),
          null, files.getJavaFileObjects(src.resolve("module-info.java"), src.resolve("com/example/app/Counter.java")));
      task.setProcessors(List.of(new StepwiseProcessor()));
      boolean ok = task.call();
      StringBuilder said = new StringBuilder();
      diagnostics.getDiagnostics().forEach(d -> said.append(d).append('\n'));
      assertWithMessage("javac said:\n%s", said).that(ok).isTrue();
      assertWithMessage("javac said:\n%s", said).that(diagnostics.getDiagnostics()).isEmpty();
    }
    return Files.readString(gen.resolve("com/example/app/CounterSteps.java"));
  }

  /** Runs {@code CounterSteps.INSTANCE.sum(n)} with Aio.run in a module layer of the compiled module and the runtime. */
  private Object runInLayer(int n) throws Exception {
    List<Path> paths = new ArrayList<>();
    paths.add(dir.resolve("out"));
    for (String p : modulePath().split(File.pathSeparator)) {
      paths.add(Paths.get(p));
    }
    ModuleFinder finder = ModuleFinder.of(paths.toArray(new Path[0]));
    Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("com.example.app"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("com.example.app");
    Class<?> steps = loader.loadClass("com.example.app.CounterSteps");
    assertThat(steps.getModule().getName()).isEqualTo("com.example.app");
    Class<?> coro = loader.loadClass("dev.stepwise.Coro");
    assertThat(coro.getModule().getName()).isEqualTo("dev.stepwise.runtime");
    Object instance = steps.getField("INSTANCE").get(null);
    Object main = steps.getMethod("sum", int.class).invoke(instance, n);
    return loader.loadClass("dev.stepwise.aio.Aio").getMethod("run", coro).invoke(null, main);
  }

  @Test
  void aNamedModuleCompilesAndRunsWithoutJavaCompiler() throws Exception {
    String generated = compileModule("""
        module com.example.app {
          // Its exported interfaces return Gen and Coro, and carry Stepwise's annotations.
          requires transitive dev.stepwise.runtime;
          requires static transitive dev.stepwise.annotations;
          exports com.example.app;
        }
        """);
    assertThat(generated).doesNotContain("@Generated");
    assertThat(runInLayer(4)).isEqualTo(10);
  }

  @Test
  void generatedIsAddedWhenTheModuleReadsJavaCompiler() throws Exception {
    String generated = compileModule("""
        module com.example.app {
          requires dev.stepwise.runtime;
          requires static dev.stepwise.annotations;
          requires static java.compiler;
        }
        """);
    assertThat(generated).contains("@Generated(\"dev.stepwise.processor.StepwiseProcessor\")");
  }

  @Test
  void generatedIsAddedWhenJavaCompilerIsReadTransitively() throws Exception {
    String generated = compileModule("""
        module com.example.app {
          requires dev.stepwise.runtime;
          requires static dev.stepwise.annotations;
          requires java.se;
        }
        """);
    assertThat(generated).contains("@Generated(\"dev.stepwise.processor.StepwiseProcessor\")");
  }
}
