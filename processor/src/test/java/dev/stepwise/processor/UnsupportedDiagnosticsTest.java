package dev.stepwise.processor;

import static dev.stepwise.processor.Harness.assertDiagnostics;

import org.junit.jupiter.api.Test;

/** What the lowering does not support yet is an error at the construct, never a crash. */
class UnsupportedDiagnosticsTest {
  @Test
  void suspensionInsideASwitchExpression() {
    assertDiagnostics("test.Switches", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Switches {
          default Gen<Integer, Integer, Void> g(int k) {
            // ERROR(switch): [StepwiseUnsupported] a suspension point inside a switch expression is not supported yet; compute the value in statements before it and use a local
            int r = switch (k) {
              case 1 -> {
                int v = Yield.value(1);
                yield v;
              }
              default -> 0;
            };
            Yield.value(r);
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void compoundAssignmentToAFieldWhoseRightSideSuspends() {
    assertDiagnostics("test.Fields", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Fields {
          final class Box {
            int count;
          }

          default Gen<Integer, Integer, Void> g(Box box) {
            // ERROR(box.count): [StepwiseUnsupported] a compound assignment to a field whose right side suspends is not supported yet; assign the right side to a local first
            box.count += Yield.<Integer>value(1);
            return Gen.done();
          }
        }
        """);
  }
}
