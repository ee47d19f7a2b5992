package dev.stepwise.processor;

import static dev.stepwise.processor.Harness.assertDiagnostics;

import org.junit.jupiter.api.Test;

/**
 * A step keyword is only a suspension point directly in a step body: anywhere else (a plain
 * method, a field initializer, an initializer block, a lambda, an anonymous or local class, a
 * synchronized block) it is an error at the start of the call.
 */
class PlacementDiagnosticsTest {
  @Test
  void keywordInPlainMethods() {
    assertDiagnostics("test.Plain", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        class Plain {
          int helper() {
            // ERROR(Yield.value): [StepwiseKeywordOutsideBody] Yield.value outside a step body: step keywords may only be used directly in the default method of a @Generator
            return Yield.value(1);
          }

          static void delegate(Gen<Integer, Void, Void> g) {
            // ERROR(Yield.from): [StepwiseKeywordOutsideBody] Yield.from outside a step body
            Yield.from(g);
          }
        }

        interface NotAnnotated {
          default Gen<Integer, Void, Void> looksLikeOne() {
            // ERROR(Yield.value): [StepwiseKeywordOutsideBody] Yield.value outside a step body
            Yield.value(1);
            return Gen.done();
          }
        }

        @Generator
        interface Annotated {
          default Gen<Integer, Void, Void> fine() {
            Yield.value(helper());
            return Gen.done();
          }

          static int helper() {
            // ERROR(Yield.value): [StepwiseKeywordOutsideBody] Yield.value outside a step body
            return Yield.value(2);
          }

          default int notAGenerator() {
            // ERROR(Yield.value): [StepwiseKeywordOutsideBody]
            return Yield.value(3);
          }
        }
        """);
  }

  @Test
  void keywordInFieldInitializerAndInitializerBlocks() {
    assertDiagnostics("test.Holder", """
        package test;

        import static dev.stepwise.Yield.value;

        import dev.stepwise.Yield;

        class Holder {
          // ERROR(Yield.value): [StepwiseKeywordOutsideBody] Yield.value outside a step body
          static final int CONSTANT = Yield.value(1);
          // ERROR(value(2)): [StepwiseKeywordOutsideBody] Yield.value outside a step body
          final Integer field = value(2);

          static {
            // ERROR(Yield.value): [StepwiseKeywordOutsideBody] Yield.value outside a step body
            Yield.value(3);
          }

          {
            // ERROR(dev.stepwise.Yield.value): [StepwiseKeywordOutsideBody] Yield.value outside a step body
            dev.stepwise.Yield.value(4);
          }
        }
        """);
  }

  @Test
  void keywordInLambda() {
    assertDiagnostics("test.Lambdas", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;
        import java.util.function.Supplier;

        @Generator
        interface Lambdas {
          default Gen<Integer, Void, Void> g() {
            // ERROR(Yield.value): [StepwiseKeywordInLambda] Yield.value inside a lambda cannot suspend the enclosing body: only the body's own statements can suspend; move the call out of the lambda
            Supplier<Integer> s = () -> Yield.value(4);
            Runnable r = () -> {
              // ERROR(Yield.value): [StepwiseKeywordInLambda] Yield.value inside a lambda
              Yield.value(5);
            };
            Yield.value(s.get());
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void keywordInAnonymousClass() {
    assertDiagnostics("test.Anonymous", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;
        import java.util.function.Supplier;

        @Generator
        interface Anonymous {
          default Gen<Integer, Void, Void> g() {
            Supplier<Integer> s = new Supplier<Integer>() {
              @Override
              public Integer get() {
                // ERROR(Yield.value): [StepwiseKeywordInLambda] Yield.value inside an anonymous class cannot suspend the enclosing body: only the body's own statements can suspend; move the call out of the anonymous class
                return Yield.value(5);
              }
            };
            Yield.value(s.get());
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void keywordInLocalClass() {
    assertDiagnostics("test.Local", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Local {
          default Gen<Integer, Void, Void> g() {
            class Counter {
              int next() {
                // ERROR(Yield.value): [StepwiseKeywordInLambda] Yield.value inside local class 'Counter' cannot suspend the enclosing body: only the body's own statements can suspend; move the call out of the local class
                return Yield.value(6);
              }
            }
            System.out.println(new Counter().next());
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void keywordInSynchronizedBlock() {
    assertDiagnostics("test.Monitors", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Monitors {
          default Gen<Integer, Void, Void> g(Object lock) {
            Yield.value(1);
            synchronized (lock) {
              System.out.println("held");
              // ERROR(Yield.value): [StepwiseKeywordInSynchronized] Yield.value inside a synchronized block: cannot suspend while holding a monitor; move it out of the synchronized block
              Yield.value(7);
              if (lock != null) {
                // ERROR(Yield.from): [StepwiseKeywordInSynchronized] Yield.from inside a synchronized block
                Yield.from(java.util.List.of(8));
              }
            }
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void misplacedKeywordsAreAllReportedAtOnce() {
    assertDiagnostics("test.Many", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;
        import java.util.function.Supplier;

        @Generator
        interface Many {
          default Gen<Integer, Void, Void> first() {
            // ERROR(Yield.value): [StepwiseKeywordInLambda]
            Supplier<Integer> s = () -> Yield.value(1);
            return Gen.done();
          }

          default Gen<Integer, Void, Void> second(Object lock) {
            synchronized (lock) {
              // ERROR(Yield.value): [StepwiseKeywordInSynchronized]
              Yield.value(2);
            }
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void keywordAsMethodReference() {
    assertDiagnostics("test.Refs", """
        package test;

        import java.util.function.Function;
        import java.util.stream.Stream;
        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Refs {
          default Gen<Object, Object, Void> each(Stream<Object> items) {
            // ERROR(Yield::value): [StepwiseKeywordReference] Yield.value used as a method reference cannot suspend anything
            items.forEach(Yield::value);
            return Gen.done();
          }
        }

        class Elsewhere {
          // ERROR(dev.stepwise.Yield::value): [StepwiseKeywordReference] Yield.value used as a method reference
          Function<Object, Object> f = dev.stepwise.Yield::value;
        }
        """);
  }
}
