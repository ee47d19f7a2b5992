package dev.stepwise.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.stepwise.processor.Harness.assertDiagnostics;
import static dev.stepwise.processor.Harness.drain;
import static dev.stepwise.processor.Harness.invoke;
import static dev.stepwise.processor.Harness.loader;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * The body moves into a separate generated class, which cannot reach the interface's private
 * methods nor make {@code Iface.super} calls: each is an error at the call, in the user's file,
 * never a javac error in the generated source.
 */
class MemberAccessDiagnosticsTest {
  @Test
  void privateInterfaceMethodCalledInEveryForm() {
    assertDiagnostics("test.Secrets", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Secrets {
          private int secret() {
            return 1;
          }

          private static int hidden() {
            return 2;
          }

          default Gen<Integer, Void, Void> g() {
            // ERROR(secret): [StepwisePrivateMember] private interface method 'secret' cannot be called from the generated state machine, which is a separate class; make it a default method, or a static method that is not private
            Yield.value(secret());
            // ERROR(this.secret): [StepwisePrivateMember] private interface method 'secret'
            Yield.value(this.secret());
            // ERROR(Secrets.this.secret): [StepwisePrivateMember] private interface method 'secret'
            Yield.value(Secrets.this.secret());
            // ERROR(Secrets.hidden): [StepwisePrivateMember] private interface method 'hidden'
            Yield.value(Secrets.hidden());
            // ERROR(hidden): [StepwisePrivateMember] private interface method 'hidden'
            int h = hidden();
            Yield.value(h);
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void privateMethodInsideALambdaOfTheBody() {
    assertDiagnostics("test.Secrets", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;
        import java.util.function.IntSupplier;

        @Generator
        interface Secrets {
          private int secret() {
            return 1;
          }

          default Gen<Integer, Void, Void> g() {
            // ERROR(secret()): [StepwisePrivateMember] private interface method 'secret'
            IntSupplier s = () -> secret();
            Yield.value(s.getAsInt());
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void anonymousClassMethodOfTheSameNameIsNotThePrivateMethod() throws Exception {
    Compilation c = assertDiagnostics("test.Shadow", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;
        import java.util.function.IntSupplier;

        @Generator
        interface Shadow {
          private int secret() {
            return 1;
          }

          default int open() {
            return secret();
          }

          default Gen<Integer, Void, Void> g() {
            IntSupplier s = new IntSupplier() {
              int secret() {
                return 41;
              }

              @Override
              public int getAsInt() {
                return secret() + this.secret() - 41;
              }
            };
            Yield.value(s.getAsInt());
            Yield.value(open());
            return Gen.done();
          }
        }
        """);
    assertThat(drain(invoke(loader(c), "test.ShadowSteps", "g"))).containsExactly(41, 1, "return=null").inOrder();
  }

  @Test
  void superinterfaceSuperCall() {
    assertDiagnostics("test.Derived", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;
        import java.util.function.IntSupplier;

        interface Base {
          default int size() {
            return 3;
          }
        }

        @Generator
        interface Derived extends Base {
          @Override
          default int size() {
            return 4;
          }

          default Gen<Integer, Void, Void> g() {
            // ERROR(Base.super): [StepwiseSuperCall] 'Base.super' calls cannot be moved into the generated state machine; call a default method that makes the super call instead
            Yield.value(Base.super.size());
            // ERROR(Base.super): [StepwiseSuperCall] 'Base.super' calls
            IntSupplier s = () -> Base.super.size();
            Yield.value(s.getAsInt());
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void superCallThroughADefaultMethodIsTheFix() throws Exception {
    Compilation c = assertDiagnostics("test.Derived", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        interface Base {
          default int size() {
            return 3;
          }
        }

        @Generator
        interface Derived extends Base {
          @Override
          default int size() {
            return 4;
          }

          default int baseSize() {
            return Base.super.size();
          }

          default Gen<Integer, Void, Void> g() {
            Yield.value(baseSize());
            Yield.value(size());
            return Gen.done();
          }
        }
        """);
    assertThat(drain(invoke(loader(c), "test.DerivedSteps", "g"))).containsExactly(3, 4, "return=null").inOrder();
  }

  @Test
  void privateMembersOfTheEnclosingClass() {
    assertDiagnostics("test.Outer", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        class Outer {
          private static final int LIMIT = 2;
          static final int OPEN = 3;

          private static int secret() {
            return 7;
          }

          private static final class Helper {
            static int twice(int x) {
              return 2 * x;
            }
          }

          @Generator
          interface Inner {
            default Gen<Integer, Void, Void> g() {
              Yield.value(OPEN);
              // ERROR(secret): [StepwisePrivateMember] 'secret' is private in Outer, and the generated state machine, a separate top-level class, cannot reach it; make it package-private
              Yield.value(secret());
              // ERROR(LIMIT): [StepwisePrivateMember] 'LIMIT' is private in Outer
              Yield.value(LIMIT);
              // ERROR(Helper): [StepwisePrivateMember] 'Helper' is private in Outer
              Yield.value(Helper.twice(1));
              int LIMIT = 5;
              Yield.value(LIMIT);
              return Gen.done();
            }
          }
        }
        """);
  }
}
