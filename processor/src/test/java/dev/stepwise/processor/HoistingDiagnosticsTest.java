package dev.stepwise.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.stepwise.processor.Harness.assertDiagnostics;
import static dev.stepwise.processor.Harness.drain;
import static dev.stepwise.processor.Harness.invoke;
import static dev.stepwise.processor.Harness.loader;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What lives across a suspension point becomes a field of the state machine, so it needs a type
 * the processor can write without attributing the body: a hoisted {@code var}, a pattern binding
 * used after a suspension, and an operand of unknown type kept across one are errors that say
 * which explicit type to add. Locals that stay within one state keep {@code var}.
 */
class HoistingDiagnosticsTest {
  @Test
  void varLocalAcrossASuspension() {
    assertDiagnostics("test.Vars", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Vars {
          default Gen<Integer, Void, Void> g() {
            // ERROR(total): [StepwiseVarHoisted] 'var' local 'total' lives across a suspension point, so its type must be written: declare it as 'int total'
            var total = 1;
            // ERROR(names): [StepwiseVarHoisted] 'var' local 'names' lives across a suspension point, so its type must be written: declare it as 'java.util.ArrayList<String> names'
            var names = new java.util.ArrayList<String>();
            // ERROR(unknown): [StepwiseVarHoisted] 'var' local 'unknown' lives across a suspension point, so its type must be written: declare it with an explicit type
            var unknown = names.iterator();
            Yield.value(total);
            System.out.println(total + " " + names + unknown);
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void varLoopVariableAcrossASuspension() {
    assertDiagnostics("test.Loops", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;
        import java.util.List;

        @Generator
        interface Loops {
          default Gen<Integer, Void, Void> g(List<Integer> items) {
            // ERROR(item): [StepwiseVarHoisted] 'var' local 'item' lives across a suspension point
            for (var item : items) {
              Yield.value(item);
            }
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void varResourceAcrossASuspension() {
    assertDiagnostics("test.Resources", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;
        import java.io.StringReader;

        @Generator
        interface Resources {
          default Gen<Integer, Void, Void> g() throws Exception {
            // ERROR(in =): [StepwiseVarHoisted] 'var' local 'in' lives across a suspension point
            try (var in = new StringReader("x")) {
              Yield.value(in.read());
            }
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void varLocalsWithinOneStateNeedNoType() throws Exception {
    Compilation c = assertDiagnostics("test.LocalVars", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;
        import java.util.ArrayList;

        @Generator
        interface LocalVars {
          default Gen<String, Void, Integer> g(int n) {
            var before = new ArrayList<String>();
            before.add("a");
            Yield.value(before.get(0));
            int sum = 0;
            for (int i = 0; i < n; i++) {
              var square = i * i;
              sum += square;
              Yield.value("i=" + i);
              var message = "after " + i;
              System.out.println(message);
            }
            var last = sum * 2;
            return Gen.done(last);
          }
        }
        """);
    Object gen = invoke(loader(c), "test.LocalVarsSteps", "g", 3);
    assertThat(drain(gen)).containsExactly("a", "i=0", "i=1", "i=2", "return=10").inOrder();
  }

  @Test
  void patternBindingUsedAfterASuspension() {
    assertDiagnostics("test.Patterns", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Patterns {
          default Gen<Integer, Void, Void> g(Object o) {
            // ERROR(s)): [StepwiseBindingHoisted] pattern variable 's' is used after a suspension point; assign it to a local with an explicit type before suspending
            if (o instanceof String s) {
              Yield.value(1);
              System.out.println(s.length());
            }
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void patternBindingUsedBeforeTheSuspensionIsFine() throws Exception {
    Compilation c = assertDiagnostics("test.Patterns", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Patterns {
          default Gen<Integer, Void, Void> g(Object o) {
            if (o instanceof String s) {
              String kept = s;
              Yield.value(s.length());
              Yield.value(kept.length() + 1);
            }
            return Gen.done();
          }
        }
        """);
    assertThat(drain(invoke(loader(c), "test.PatternsSteps", "g", "abc"))).containsExactly(3, 4, "return=null").inOrder();
  }

  @Test
  void untypedOperandKeptAcrossASuspension() {
    assertDiagnostics("test.Spill", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Spill {
          final class Holder {
            int field;
          }

          default Gen<Integer, Integer, Void> g(Holder someObject) {
            // ERROR(someObject.field): [StepwiseUntypedSpill] the value of 'someObject.field' must be kept across the suspension point that follows it, and its type cannot be determined during annotation processing; assign it to a local with an explicit type first
            int c = someObject.field + Yield.<Integer>value(1);
            Yield.value(c);
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void untypedCallResultKeptAcrossASuspension() {
    assertDiagnostics("test.Spill", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;
        import java.util.List;

        @Generator
        interface Spill {
          default Gen<Integer, Integer, Void> g(List<Integer> items) {
            // ERROR(items.size()): [StepwiseUntypedSpill] the value of 'items.size()' must be kept across the suspension point
            Yield.value(Math.max(items.size(), Yield.<Integer>value(0)));
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void typedOperandsAreKeptWithoutHelp() throws Exception {
    Compilation c = assertDiagnostics("test.Typed", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Typed {
          default Gen<Integer, Integer, Integer> g(int a) {
            int size = 10;
            int sum = (a + size) + Yield.<Integer>value(1);
            return Gen.done(sum);
          }
        }
        """);
    dev.stepwise.Gen<?, ?, ?> gen = (dev.stepwise.Gen<?, ?, ?>) invoke(loader(c), "test.TypedSteps", "g", 5);
    @SuppressWarnings("unchecked")
    dev.stepwise.Gen<Integer, Integer, Integer> g = (dev.stepwise.Gen<Integer, Integer, Integer>) gen;
    assertThat(g.next()).isEqualTo(1);
    dev.stepwise.StopIteration done =
        org.junit.jupiter.api.Assertions.assertThrows(dev.stepwise.StopIteration.class, () -> g.send(100));
    assertThat(done.value()).isEqualTo(115);
    assertThat(List.of(g.returnValue())).containsExactly(115);
  }
}
