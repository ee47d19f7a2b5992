package dev.stepwise.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample prints exactly what its Python original prints under CPython: the expected output
 * ({@code <name>.out}) was produced by running the {@code .py} file beside the sample, and is
 * re-checked against python3 whenever it is on the machine.
 */
class SamplesMatchCPythonTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/stepwise/samples");

  @TestFactory
  Stream<DynamicTest> javaOutputEqualsCPythonOutput() {
    return RunAll.samples().entrySet().stream().map(sample -> DynamicTest.dynamicTest(sample.getKey(), () -> {
      String expected = Files.readString(outFile(sample.getKey()), StandardCharsets.UTF_8);
      assertEquals(expected, run(sample.getValue()));
    }));
  }

  @TestFactory
  Stream<DynamicTest> checkedInOutputIsWhatCPythonPrints() {
    return RunAll.samples().keySet().stream().map(py -> DynamicTest.dynamicTest(py, () -> {
      assumeTrue(python3Available(), "python3 is not on this machine");
      Process p = new ProcessBuilder("python3", SOURCES.resolve(py).toString())
          .redirectErrorStream(true)
          .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(30, TimeUnit.SECONDS);
      assertEquals(Files.readString(outFile(py), StandardCharsets.UTF_8), out, "regenerate " + outFile(py));
    }));
  }

  private static Path outFile(String py) {
    return SOURCES.resolve(py.replaceAll("\\.py$", ".out"));
  }

  private static String run(Consumer<String[]> main) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      main.accept(new String[0]);
    } finally {
      System.setOut(saved);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  private static boolean python3Available() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

}
