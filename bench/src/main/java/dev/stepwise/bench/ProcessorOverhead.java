package dev.stepwise.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * P1 (issue 6): compile time of 100 annotated methods (10 {@code @Generator} and 10
 * {@code @Coroutine} interfaces of 5 methods each, with loops, try/finally, Yield.from and awaits
 * of each other) with the Stepwise processor, and of the same sources without it
 * ({@code -proc:none}). Two ways, interleaved:
 *
 * <ul>
 *   <li>warm: the Compiler API in this JVM, after warm-up compilations (what a long-lived build
 *       daemon sees);
 *   <li>cold: a fresh {@code javac} process each time (what one command-line build sees).
 * </ul>
 * Prints one {@code RESULT} line per measured compilation.
 *
 * <p>Usage: {@code ProcessorOverhead CLASSPATH_FILE WARM_RUNS COLD_RUNS} (the class path file is
 * the one the bench module's build writes to {@code bench/target/bench.classpath}).
 */
public final class ProcessorOverhead {
  private ProcessorOverhead() {}

  public static void main(String[] args) throws Exception {
    List<String> cp = Arrays.asList(Files.readString(Path.of(args[0])).trim().split(java.io.File.pathSeparator));
    int warm = Integer.parseInt(args[1]);
    int cold = Integer.parseInt(args[2]);
    String compileCp = cp.stream().filter(p -> p.contains("stepwise-annotations") || p.contains("stepwise-runtime"))
        .collect(Collectors.joining(java.io.File.pathSeparator));
    String procPath = cp.stream()
        .filter(p -> p.contains("stepwise-") || p.contains("javapoet") || p.contains("auto-service"))
        .collect(Collectors.joining(java.io.File.pathSeparator));
    Path dir = Files.createTempDirectory("stepwise-p1");
    try {
      Path src = dir.resolve("src");
      List<String> files = writeSources(src);
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      String javacBin = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
      for (int i = 0; i < 3; i++) {
        compileInProcess(javac, dir, files, compileCp, procPath, true);
        compileInProcess(javac, dir, files, compileCp, procPath, false);
      }
      for (int i = 0; i < Math.max(warm, cold); i++) {
        if (i < warm) {
          report("warm", "processor", compileInProcess(javac, dir, files, compileCp, procPath, true));
          report("warm", "no-processor", compileInProcess(javac, dir, files, compileCp, procPath, false));
        }
        if (i < cold) {
          report("cold", "processor", compileProcess(javacBin, dir, files, compileCp, procPath, true));
          report("cold", "no-processor", compileProcess(javacBin, dir, files, compileCp, procPath, false));
        }
      }
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  static void report(String mode, String contender, long ns) {
    System.out.printf("RESULT {\"workload\":\"P1\",\"mode\":\"%s\",\"contender\":\"%s\",\"ms\":%.2f}%n", mode, contender, ns / 1e6);
    System.out.flush();
  }

  static List<String> options(Path dir, String compileCp, String procPath, boolean processor) throws IOException {
    Path out = dir.resolve(processor ? "out-p" : "out-n");
    Files.createDirectories(out);
    List<String> o = new ArrayList<>(List.of("-d", out.toString(), "-cp", compileCp, "--release", "17", "-nowarn"));
    if (processor) {
      o.addAll(List.of("-processorpath", procPath));
    } else {
      o.add("-proc:none");
    }
    return o;
  }

  static long compileInProcess(JavaCompiler javac, Path dir, List<String> files, String compileCp, String procPath, boolean processor)
      throws IOException {
    List<String> a = options(dir, compileCp, procPath, processor);
    a.addAll(files);
    long t0 = System.nanoTime();
    int rc = javac.run(null, null, null, a.toArray(new String[0]));
    long t = System.nanoTime() - t0;
    if (rc != 0) {
      throw new IllegalStateException("javac failed (" + (processor ? "with" : "without") + " the processor)");
    }
    return t;
  }

  static long compileProcess(String javacBin, Path dir, List<String> files, String compileCp, String procPath, boolean processor)
      throws IOException, InterruptedException {
    List<String> a = new ArrayList<>();
    a.add(javacBin);
    a.addAll(options(dir, compileCp, procPath, processor));
    a.addAll(files);
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(a).inheritIO().start();
    if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("javac took over 120 s");
    }
    long t = System.nanoTime() - t0;
    if (p.exitValue() != 0) {
      throw new IllegalStateException("javac failed");
    }
    return t;
  }

  /** 10 generator and 10 coroutine interfaces, 5 methods each: 100 annotated methods. */
  static List<String> writeSources(Path src) {
    List<String> files = new ArrayList<>();
    try {
      Path pkg = src.resolve("p1");
      Files.createDirectories(pkg);
      for (int i = 0; i < 10; i++) {
        String name = "Gens" + i;
        StringBuilder s = new StringBuilder();
        s.append("package p1;\n\nimport dev.stepwise.Gen;\nimport dev.stepwise.Yield;\nimport dev.stepwise.annotations.Generator;\n\n");
        s.append("@Generator\npublic interface ").append(name).append(" {\n");
        for (int m = 0; m < 5; m++) {
          s.append("  default Gen<Integer, Integer, Integer> g").append(m).append("(int n) {\n")
              .append("    int total = 0;\n")
              .append("    try {\n")
              .append("      for (int i = 0; i < n; i++) {\n")
              .append("        Integer got = Yield.value(i * ").append(m + 1).append(");\n")
              .append("        if (got != null) {\n          total += got;\n        } else if (i % 3 == 0) {\n          continue;\n        }\n")
              .append("      }\n");
          if (m > 0) {
            s.append("      total += Yield.from(g").append(m - 1).append("(n / 2));\n");
          }
          s.append("    } finally {\n      total++;\n    }\n")
              .append("    return Gen.done(total);\n  }\n\n");
        }
        s.append("}\n");
        files.add(write(pkg.resolve(name + ".java"), s.toString()));
      }
      for (int i = 0; i < 10; i++) {
        String name = "Coros" + i;
        StringBuilder s = new StringBuilder();
        s.append("package p1;\n\nimport static dev.stepwise.Async.await;\n\nimport dev.stepwise.Coro;\nimport dev.stepwise.aio.Aio;\n")
            .append("import dev.stepwise.annotations.Coroutine;\n\n");
        s.append("@Coroutine\npublic interface ").append(name).append(" {\n");
        for (int m = 0; m < 5; m++) {
          s.append("  default Coro<Integer> c").append(m).append("(int n) {\n")
              .append("    int total = 0;\n")
              .append("    for (int i = 0; i < n; i++) {\n")
              .append("      try {\n")
              .append("        await(Aio.sleep(0));\n")
              .append("        total += i;\n")
              .append("      } catch (RuntimeException e) {\n        total--;\n      }\n")
              .append("    }\n");
          if (m > 0) {
            s.append("    total += await(c").append(m - 1).append("(n - 1));\n");
          }
          s.append("    return Coro.done(total);\n  }\n\n");
        }
        s.append("}\n");
        files.add(write(pkg.resolve(name + ".java"), s.toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static String write(Path p, String text) throws IOException {
    Files.writeString(p, text);
    return p.toString();
  }
}
