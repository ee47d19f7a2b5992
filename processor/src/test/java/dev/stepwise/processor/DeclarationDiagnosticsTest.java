package dev.stepwise.processor;

import static dev.stepwise.processor.Harness.assertDiagnostics;

import org.junit.jupiter.api.Test;

/** Where the annotations may stand: default methods returning the kind's type, in interfaces. */
class DeclarationDiagnosticsTest {
  @Test
  void wrongReturnTypeIsReportedAtTheReturnType() {
    assertDiagnostics("test.Wrong", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;
        import java.util.Iterator;

        interface Wrong {
          @Generator
          // ERROR(Iterator<Integer>): [StepwiseWrongReturnType] a @Generator method must return Gen<...>; 'numbers' returns java.util.Iterator<java.lang.Integer>
          default Iterator<Integer> numbers() {
            Yield.value(1);
            return null;
          }

          @Generator
          // ERROR(int): [StepwiseWrongReturnType] a @Generator method must return Gen<...>; 'count' returns int
          default int count() {
            return 0;
          }

          @Generator
          // ERROR(Gen): [StepwiseWrongReturnType] a @Generator method must return Gen<...>; 'raw' returns dev.stepwise.Gen
          @SuppressWarnings("rawtypes") default Gen raw() {
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void generatorOnAClass() {
    assertDiagnostics("test.NotAnInterface", """
        package test;

        import dev.stepwise.annotations.Generator;

        // ERROR(@Generator): [StepwiseNotInterface] @Generator applies to interfaces and their default methods; 'NotAnInterface' is not an interface
        @Generator
        class NotAnInterface {
        }

        // ERROR(@Generator): [StepwiseNotInterface] @Generator applies to interfaces and their default methods; 'Color' is not an interface
        @Generator
        enum Color { RED }
        """);
  }

  @Test
  void annotatedMethodThatIsNotADefaultMethod() {
    assertDiagnostics("test.NotDefault", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        interface NotDefault {
          @Generator
          // ERROR(abstractOne): [StepwiseNotDefaultMethod] a @Generator method must be a default method of an interface with a body
          Gen<Integer, Void, Void> abstractOne();

          @Generator
          // ERROR(staticOne): [StepwiseNotDefaultMethod] a @Generator method must be a default method
          static Gen<Integer, Void, Void> staticOne() {
            Yield.value(1);
            return Gen.done();
          }
        }

        abstract class InAClass {
          @Generator
          // ERROR(inClass): [StepwiseNotDefaultMethod] a @Generator method must be a default method
          Gen<Integer, Void, Void> inClass() {
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void annotatedInterfaceWithoutGeneratorMethods() {
    assertDiagnostics("test.Empty", """
        package test;

        import dev.stepwise.annotations.Generator;

        // ERROR(@Generator): [StepwiseNoMethods] @Generator interface 'Empty' has no default method returning Gen
        @Generator
        interface Empty {
          default int helper() {
            return 1;
          }
        }
        """);
  }

  @Test
  void privateNestedInterface() {
    assertDiagnostics("test.Outer", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        class Outer {
          // ERROR(@Generator): [StepwisePrivateInterface] @Generator interface 'Hidden' is private, so the generated class Outer_HiddenSteps cannot implement it; make the interface package-private or public
          @Generator
          private interface Hidden {
            default Gen<Integer, Void, Void> g() {
              Yield.value(1);
              return Gen.done();
            }
          }
        }
        """);
  }
}
