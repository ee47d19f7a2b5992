package dev.stepwise.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The marker-comment checker must fail on a wrong line, column or count, or it proves nothing. */
class HarnessTest {
  private static final String AWAIT_IN_GENERATOR = """
      package test;

      import dev.stepwise.Async;
      import dev.stepwise.Gen;
      import dev.stepwise.annotations.Generator;

      @Generator
      interface Wall {
        default Gen<Integer, Void, Void> g(Object f) {
          %s
          Object x = Async.await(f);
          return Gen.done();
        }
      }
      """;

  @Test
  void markersGiveLineAndColumnOfTheAnchor() {
    List<Harness.Expected> expected = Harness.expectations(
        "class A {",
        "  // ERROR(b.c): first",
        "  // ERROR: second",
        "  int a = b.c;",
        "}");
    assertThat(expected).hasSize(2);
    assertThat(expected.get(0).line).isEqualTo(4);
    assertThat(expected.get(0).column).isEqualTo(11);
    assertThat(expected.get(0).message).isEqualTo("first");
    assertThat(expected.get(1).line).isEqualTo(4);
    assertThat(expected.get(1).column).isEqualTo(-1);
  }

  @Test
  void anAnchorMissingFromItsLineIsAMistakeInTheTest() {
    assertThrows(IllegalArgumentException.class, () -> Harness.expectations("// ERROR(zzz): x", "int a;"));
  }

  @Test
  void passesOnTheRightPosition() {
    Harness.assertDiagnostics("test.Wall", String.format(AWAIT_IN_GENERATOR,
        "// ERROR(Async.await): [StepwiseAwaitOutsideCoroutine]"));
  }

  @Test
  void failsOnAWrongColumn() {
    assertThrows(AssertionError.class, () -> Harness.assertDiagnostics("test.Wall", String.format(AWAIT_IN_GENERATOR,
        "// ERROR(await(f)): [StepwiseAwaitOutsideCoroutine]")));
  }

  @Test
  void failsOnAWrongMessage() {
    assertThrows(AssertionError.class, () -> Harness.assertDiagnostics("test.Wall", String.format(AWAIT_IN_GENERATOR,
        "// ERROR(Async.await): [StepwiseYieldInsideCoroutine]")));
  }

  @Test
  void failsOnAnUnexpectedError() {
    assertThrows(AssertionError.class, () -> Harness.assertDiagnostics("test.Wall", String.format(AWAIT_IN_GENERATOR, "")));
  }

  @Test
  void failsOnAMissingError() {
    assertThrows(AssertionError.class, () -> Harness.assertDiagnostics("test.Wall", String.format(AWAIT_IN_GENERATOR,
        "// ERROR(Async.await): [StepwiseAwaitOutsideCoroutine]\n// ERROR(Async.await): [StepwiseAwaitOutsideCoroutine]")));
  }
}
