package dev.stepwise.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the conformance cases honest: every Python program has a checked-in trace and a Java twin,
 * and, when {@code python3} (3.11 or later) is on the PATH, the checked-in traces are what the
 * programs print today ({@code regen.sh} rewrites them).
 */
class PythonTracesTest {

  private static Path casesDir() {
    try {
      return Paths.get(PythonTracesTest.class.getResource("/python/_support.py").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> caseNames() throws IOException {
    try (Stream<Path> files = Files.list(casesDir())) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("(gen|yf|aio)_\\d{3}_\\w+\\.py"))
          .map(n -> n.substring(0, n.length() - ".py".length()))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void everyCaseHasATraceAndAJavaTwin() throws IOException {
    Set<String> twins = Stream.of(GenConformanceTest.class, YieldFromConformanceTest.class,
            AioToolkitConformanceTest.class)
        .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
        .filter(m -> m.isAnnotationPresent(Test.class))
        .map(Method::getName)
        .collect(Collectors.toSet());
    List<String> cases = caseNames();
    assertEquals(29 + 1 + 23, cases.size(),
        "the P0 and P1 gen_ and yf_ cases that have a Java form, Stepwise's own yf_101, and the aio_"
            + " cases of the toolkit");
    for (String name : cases) {
      assertTrue(Files.isRegularFile(casesDir().resolve(name + ".out")), "no trace for " + name);
      assertTrue(twins.contains(name), "no Java twin for " + name);
      assertFalse(Trace.expected(name).isEmpty(), "empty trace for " + name);
    }
    assertEquals(Set.copyOf(cases), twins, "Java twins without a Python program");
  }

  private static String python3Version() {
    try {
      Process p = new ProcessBuilder("python3", "-c",
          "import sys; print('%d.%d' % sys.version_info[:2])").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  @TestFactory
  List<DynamicTest> checkedInTracesAreWhatPythonPrints() throws IOException {
    String version = python3Version();
    assumeTrue(version != null, "python3 is not on the PATH");
    String[] parts = version.split("\\.");
    assumeTrue(Integer.parseInt(parts[0]) == 3 && Integer.parseInt(parts[1]) >= 11,
        "the reference is CPython 3.11+, found " + version);
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : caseNames()) {
      tests.add(DynamicTest.dynamicTest(name, () -> {
        Process p = new ProcessBuilder("python3", "-B", name + ".py")
            .directory(casesDir().toFile())
            .redirectErrorStream(true)
            .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), name + " did not finish");
        assertEquals(0, p.exitValue(), name + " failed:\n" + out);
        assertEquals(String.join("\n", Trace.expected(name)),
            String.join("\n", out.lines().collect(Collectors.toList())),
            name + ".out is stale: run runtime/src/test/resources/python/regen.sh");
      }));
    }
    return tests;
  }
}
