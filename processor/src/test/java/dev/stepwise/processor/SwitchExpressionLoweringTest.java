package dev.stepwise.processor;

import static dev.stepwise.processor.Harness.assertClean;
import static dev.stepwise.processor.Harness.compile;
import static dev.stepwise.processor.Harness.drain;
import static dev.stepwise.processor.Harness.invoke;
import static dev.stepwise.processor.Harness.loader;
import static dev.stepwise.processor.Harness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Suspension points inside the arms of a switch expression: the arms become labels behind a native
 * dispatch switch, Java's {@code yield} stores the value and jumps to the end, and operands
 * evaluated before the switch expression are kept. Each body runs on the state machine and on the
 * reference executor, which must agree with the expected trace.
 */
class SwitchExpressionLoweringTest {
  private static final String SOURCE = String.join("\n",
      "package test;",
      "import dev.stepwise.*;",
      "import dev.stepwise.annotations.Generator;",
      "import java.util.List;",
      "@Generator",
      "public interface Arms {",
      "  enum Color { RED, GREEN, BLUE }",
      "  default Gen<Object, Object, String> rules(int k) {",
      "    String prefix = \"k\" + k;",
      "    String s = prefix + \":\" + switch (k) {",
      "      case 1 -> Yield.<String>value(\"one?\");",
      "      case 2 -> {",
      "        Object got = Yield.value(\"two?\");",
      "        if (got == null) { yield \"none\"; }",
      "        yield \"two=\" + got;",
      "      }",
      "      default -> \"other\";",
      "    } + \"!\";",
      "    return Gen.done(s);",
      "  }",
      "  default Gen<Object, Object, Integer> oldStyle(Color c) {",
      "    int n = switch (c) {",
      "      case RED:",
      "        Yield.value(\"red\");",
      "      case GREEN:",
      "        Yield.value(\"red or green\");",
      "        yield 1;",
      "      case BLUE: {",
      "        try {",
      "          Yield.value(\"blue\");",
      "          yield 2;",
      "        } finally {",
      "          Yield.value(\"finally\");",
      "        }",
      "      }",
      "    };",
      "    return Gen.done(n * 10);",
      "  }",
      "}");

  private static List<Object> both(ClassLoader l, String method, Object... args) throws Exception {
    List<Object> machine = drain(invoke(l, "test.ArmsSteps", method, args));
    String saved = System.getProperty("stepwise.executor");
    System.setProperty("stepwise.executor", "reference");
    try {
      assertEquals(machine, drain(invoke(l, "test.ArmsSteps", method, args)), "the reference executor agrees");
    } finally {
      if (saved == null) {
        System.clearProperty("stepwise.executor");
      } else {
        System.setProperty("stepwise.executor", saved);
      }
    }
    return machine;
  }

  @Test
  void armsThatSuspend() throws Exception {
    Compilation c = compile(source("test.Arms", SOURCE));
    assertClean(c);
    ClassLoader l = loader(c);
    assertEquals(List.of("one?", "return=k1:null!"), both(l, "rules", 1));
    assertEquals(List.of("two?", "return=k2:none!"), both(l, "rules", 2));
    assertEquals(List.of("return=k3:other!"), both(l, "rules", 3));
    Class<?> color = l.loadClass("test.Arms$Color");
    Object[] colors = color.getEnumConstants();
    assertEquals(List.of("red", "red or green", "return=10"), both(l, "oldStyle", colors[0]));
    assertEquals(List.of("red or green", "return=10"), both(l, "oldStyle", colors[1]));
    assertEquals(List.of("blue", "finally", "return=20"), both(l, "oldStyle", colors[2]));
  }
}
