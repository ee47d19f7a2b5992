package dev.stepwise.processor;

import static dev.stepwise.processor.Harness.assertDiagnostics;

import org.junit.jupiter.api.Test;

/** A generator body completes only through {@code return Gen.done(...)}. */
class ReturnDiagnosticsTest {
  @Test
  void returnOfSomethingElse() {
    assertDiagnostics("test.Returns", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Returns {
          default Gen<Integer, Void, String> early(int k) {
            Yield.value(1);
            if (k > 0) {
              // ERROR(null): [StepwiseReturnNotDone] every return in a generator body must be 'return Gen.done(value);' (or 'return Gen.done();'); to return what another generator returns, write 'return Gen.done(Yield.from(other));'
              return null;
            }
            return Gen.done("x");
          }

          default Gen<Integer, Void, String> other() {
            Yield.value(2);
            return Gen.done("y");
          }

          default Gen<Integer, Void, String> forwards() {
            Yield.value(3);
            // ERROR(other()): [StepwiseReturnNotDone] every return in a generator body must be 'return Gen.done(value);'
            return other();
          }

          default Gen<Integer, Void, String> noSuspension(Gen<Integer, Void, String> given) {
            // ERROR(given): [StepwiseReturnNotDone] every return in a generator body
            return given;
          }
        }
        """);
  }

  @Test
  void aCoroutineIsToldToAwaitTheOtherCoroutine() {
    assertDiagnostics("test.Forwards", """
        package test;

        import static dev.stepwise.Async.await;

        import dev.stepwise.Coro;
        import dev.stepwise.annotations.Coroutine;

        @Coroutine
        interface Forwards {
          default Coro<String> other() {
            return Coro.done("y");
          }

          default Coro<String> forwards() {
            // ERROR(other()): [StepwiseReturnNotDone] every return in a coroutine body must be 'return Coro.done(value);' (or 'return Coro.done();'); to return what another coroutine returns, write 'return Coro.done(await(other));'
            return other();
          }
        }
        """);
  }
}
