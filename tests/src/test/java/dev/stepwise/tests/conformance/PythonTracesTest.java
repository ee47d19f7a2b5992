package dev.stepwise.tests.conformance;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps this module's conformance cases honest, as the runtime's PythonTracesTest does for its
 * own: every Python program has a checked-in trace and a Java twin (but those in
 * {@code UNTWINNED}, each documented where its twin would be), and, when {@code python3}
 * (3.11 or later) is on the PATH, the checked-in traces are what the programs print today
 * ({@code regen.sh} rewrites them).
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
          .filter(n -> n.matches("(coro|aio|agen)_\\d{3}_\\w+\\.py"))
          .map(n -> n.substring(0, n.length() - ".py".length()))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** The P0 coro_ cases but coro_006 (compile-time errors in Java). */
  private static final int P0_CORO_CASES = 7;

  /** The P0 aio_ cases the runtime's own conformance test does not twin (its 021 to 042 and 055). */
  private static final int P0_AIO_CASES = 20;

  /** The P1 coro_/aio_ cases twinned here. */
  private static final int P1_CASES = 16;

  /** The agen_ cases of PYTHON-SEMANTICS.md section 4: all 17 (P0 8, P1 6, P2 3), agen_011 without a twin. */
  private static final int AGEN_CASES = 17;

  /** Stepwise's own cases beyond PYTHON-SEMANTICS.md's checklist, numbered 1xx: aio_101, agen_101. */
  private static final int OWN_CASES = 2;

  /**
   * The Python programs kept without a Java twin; the test class that would hold the twin says why
   * (AgenConformanceTest: agen_011's CPython hooks and refcount-driven finalization).
   */
  private static final Set<String> UNTWINNED = Set.of("agen_011_gc_finalizer_hook");

  @Test
  void everyCaseHasATraceAndAJavaTwin() throws IOException {
    Set<String> twins = Stream.of(CoroConformanceTest.class, AioConformanceTest.class, AgenConformanceTest.class)
        .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
        .filter(m -> m.isAnnotationPresent(Test.class))
        .map(Method::getName)
        .collect(Collectors.toSet());
    List<String> cases = caseNames();
    assertEquals(P0_CORO_CASES + P0_AIO_CASES + P1_CASES + AGEN_CASES + OWN_CASES, cases.size(),
        "the P0 coro_ cases but coro_006 (compile-time errors), the P0 aio_ cases not twinned in the runtime,"
            + " the P1 coro_/aio_ cases twinned so far, the agen_ cases and Stepwise's own 1xx cases");
    for (String name : cases) {
      assertTrue(Files.isRegularFile(casesDir().resolve(name + ".out")), "no trace for " + name);
      assertEquals(!UNTWINNED.contains(name), twins.contains(name),
          UNTWINNED.contains(name) ? name + " has a twin: take it out of UNTWINNED" : "no Java twin for " + name);
      assertFalse(Trace.expected(name).isEmpty(), "empty trace for " + name);
    }
    Set<String> twinned = new HashSet<>(cases);
    twinned.removeAll(UNTWINNED);
    assertEquals(twinned, twins, "Java twins without a Python program");
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
            name + ".out is stale: run tests/src/test/resources/python/regen.sh");
      }));
    }
    return tests;
  }
}
