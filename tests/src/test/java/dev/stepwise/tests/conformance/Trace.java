package dev.stepwise.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The lines a Java twin prints, compared with the checked-in output of its Python program. Bodies
 * run by the reference executor print from their own threads, one thread at a time.
 */
public final class Trace {
  /** A step of a program that returns a value or throws. */
  @FunctionalInterface
  public interface Step {
    Object run() throws Throwable;
  }

  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

  /** Python's {@code print(*parts)}: strings as they are, anything else as {@code str()}. */
  public void print(Object... parts) {
    StringJoiner j = new StringJoiner(" ");
    for (Object part : parts) {
      j.add(part instanceof String ? (String) part : Py.str(part));
    }
    lines.add(j.toString());
  }

  /** {@code _support.call}: prints {@code "label -> result"} or {@code "label -> exception"}. */
  public void call(String label, Step step) {
    Object result;
    try {
      result = step.run();
    } catch (Throwable t) {
      lines.add(label + " -> " + Py.exc(t));
      return;
    }
    lines.add(label + " -> " + Py.str(result));
  }

  List<String> lines() {
    synchronized (lines) {
      return new ArrayList<>(lines);
    }
  }

  /** Asserts that the trace equals {@code /python/<caseName>.out}, line by line. */
  void assertMatches(String caseName, String executor) {
    List<String> expected = expected(caseName);
    List<String> actual = lines();
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), caseName + " on " + executor + ": line " + (i + 1));
    }
    assertEquals(expected, actual, caseName + " on " + executor + ": number of lines");
  }

  static List<String> expected(String caseName) {
    String resource = "/python/" + caseName + ".out";
    try (InputStream in = Trace.class.getResourceAsStream(resource)) {
      assertNotNull(in, "missing " + resource);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
