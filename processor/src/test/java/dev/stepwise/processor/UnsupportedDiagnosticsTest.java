package dev.stepwise.processor;

import static dev.stepwise.processor.Harness.assertDiagnostics;

import org.junit.jupiter.api.Test;

/** What the lowering does not support yet is an error at the construct, never a crash. */
class UnsupportedDiagnosticsTest {
  @Test
  void suspensionInsideAnAssertStatement() {
    assertDiagnostics("test.Asserts", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Asserts {
          default Gen<Integer, Boolean, Void> g() {
            // ERROR(assert): [StepwiseUnsupported] a suspension point in this kind of statement (ASSERT)
            assert Yield.<Boolean>value(1);
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

  @Test
  void asyncIterOutsideTheIterableOfAnEnhancedFor() {
    assertDiagnostics("test.Loops", """
        package test;

        import dev.stepwise.Async;
        import dev.stepwise.Coro;
        import dev.stepwise.annotations.Coroutine;

        @Coroutine
        interface Loops {
          default Coro<Integer> sum(Object source) {
            // ERROR(Async.<Integer>iter): [StepwiseUnsupported] Async.iter outside the iterable of an enhanced for is not supported yet; write for (T x : Async.iter(source)) { ... }
            Iterable<Integer> xs = Async.<Integer>iter(source);
            int total = 0;
            for (Integer x : xs) {
              total += x;
            }
            return Coro.done(total);
          }
        }
        """);
  }
}
