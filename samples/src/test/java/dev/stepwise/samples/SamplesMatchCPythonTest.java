package dev.stepwise.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stepwise.aio.Clock;
import dev.stepwise.aio.VirtualClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample prints exactly what its Python original prints under CPython: the expected output
 * ({@code <name>.out}) was produced by running the {@code .py} file beside the sample, and is
 * re-checked against python3 whenever it is on the machine.
 *
 * <p>The Java samples run on a {@link VirtualClock}, so their sleeps take no time. The Python
 * programs sleep for real; they are all started at once, so the check takes about as long as the
 * slowest of them.
 */
class SamplesMatchCPythonTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/stepwise/samples");

  @TestFactory
  Stream<DynamicTest> javaOutputEqualsCPythonOutput() {
    return RunAll.samples().entrySet().stream().map(sample -> DynamicTest.dynamicTest(sample.getKey(), () -> {
      String expected = Files.readString(outFile(sample.getKey()), StandardCharsets.UTF_8);
      assertEquals(expected, run(sample.getValue(), new VirtualClock()));
    }));
  }

  @TestFactory
  Stream<DynamicTest> checkedInOutputIsWhatCPythonPrints() {
    int[] version = python3Version();
    boolean python3 = version != null;
    Map<String, CompletableFuture<String>> outputs = new LinkedHashMap<>();
    if (python3) {
      for (String py : RunAll.samples().keySet()) {
        if (runsOn(py, version)) {
          outputs.put(py, startPython(py));
        }
      }
    }
    return RunAll.samples().keySet().stream().map(py -> DynamicTest.dynamicTest(py, () -> {
      assumeTrue(python3, "python3 is not on this machine");
      assumeTrue(runsOn(py, version), py + " needs a newer Python than " + version[0] + "." + version[1]
          + " (its first line says which); its .out is the behaviour the PEP specifies");
      String out = outputs.get(py).get(60, TimeUnit.SECONDS);
      assertEquals(Files.readString(outFile(py), StandardCharsets.UTF_8), out, "regenerate " + outFile(py));
    }));
  }

  /** Starts {@code python3 py} now and returns its output (stdout and stderr) once it has exited. */
  private static CompletableFuture<String> startPython(String py) {
    ProcessBuilder builder = new ProcessBuilder("python3", SOURCES.resolve(py).toString()).redirectErrorStream(true);
    builder.environment().put("PYTHONIOENCODING", "utf-8");
    Process p;
    try {
      p = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return CompletableFuture.supplyAsync(() -> {
      try {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }, command -> {
      Thread t = new Thread(command, "python3 " + py);
      t.setDaemon(true);
      t.start();
    });
  }

  private static Path outFile(String py) {
    return SOURCES.resolve(py.replaceAll("\\.py$", ".out"));
  }

  private static String run(Consumer<Clock> sample, Clock clock) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      sample.accept(clock);
    } finally {
      System.setOut(saved);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /** The {major, minor} version of python3, or null when there is none. */
  private static int[] python3Version() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("Python (\\d+)\\.(\\d+)").matcher(out);
      return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    } catch (IOException | InterruptedException e) {
      return null;
    }
  }

  /**
   * Whether {@code py} runs on that Python: a program written ahead of CPython (PEP 828's
   * {@code yield from} in async generators) says so on its first line, "# requires: Python X.Y".
   */
  private static boolean runsOn(String py, int[] version) {
    String first;
    try {
      first = Files.readAllLines(SOURCES.resolve(py), StandardCharsets.UTF_8).get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^# requires: Python (\\d+)\\.(\\d+)").matcher(first);
    if (!m.find()) {
      return true;
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    return version[0] > major || (version[0] == major && version[1] >= minor);
  }
}
