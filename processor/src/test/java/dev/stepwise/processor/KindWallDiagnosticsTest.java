package dev.stepwise.processor;

import static dev.stepwise.processor.Harness.assertDiagnostics;

import org.junit.jupiter.api.Test;

/**
 * Python's wall between generators and coroutines, checked at compile time by kind: {@code await},
 * {@code Async.iter} and {@code Async.with} in a generator, {@code Yield} in a coroutine.
 */
class KindWallDiagnosticsTest {
  @Test
  void awaitInGeneratorQualified() {
    assertDiagnostics("test.Fetcher", """
        package test;

        import dev.stepwise.Async;
        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Fetcher {
          default Gen<Integer, Void, Void> fetch(Object future) {
            // ERROR(Async.await): [StepwiseAwaitOutsideCoroutine] 'await' outside coroutine: await may only be used in a @Coroutine or @AsyncGenerator body
            int x = Async.await(future);
            Yield.value(x);
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void awaitInGeneratorStaticImport() {
    assertDiagnostics("test.Fetcher", """
        package test;

        import static dev.stepwise.Async.await;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Fetcher {
          default Gen<Integer, Void, Void> fetch(Object future) {
            Yield.value(1);
            // ERROR(await): [StepwiseAwaitOutsideCoroutine] 'await' outside coroutine
            Yield.value(await(future));
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void asyncIterAndWithInGenerator() {
    assertDiagnostics("test.Streams", """
        package test;

        import dev.stepwise.Async;
        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Streams {
          default Gen<Integer, Void, Void> copy(Iterable<Integer> source, AutoCloseable lock) throws Exception {
            // ERROR(Async.iter): [StepwiseAwaitOutsideCoroutine] 'await' outside coroutine: Async.iter may only be used
            for (int n : Async.iter(source)) {
              Yield.value(n);
            }
            // ERROR(Async.with): [StepwiseAwaitOutsideCoroutine] 'await' outside coroutine: Async.with may only be used
            try (AutoCloseable held = Async.with(lock)) {
              Yield.value(0);
            }
            return Gen.done();
          }
        }
        """);
  }

  @Test
  void yieldInCoroutine() {
    assertDiagnostics("test.Worker", """
        package test;

        import dev.stepwise.Coro;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Coroutine;

        @Coroutine
        interface Worker {
          default Coro<Integer> work() {
            // ERROR(Yield.value): [StepwiseYieldInsideCoroutine] 'yield' inside coroutine: Yield.value may not be used in a @Coroutine body
            Yield.value(1);
            return Coro.done(2);
          }
        }
        """);
  }

  @Test
  void aCoroutineBodyThatAwaitsCompilesWithoutDiagnostics() {
    assertDiagnostics("test.Worker", """
        package test;

        import static dev.stepwise.Async.await;

        import dev.stepwise.Coro;
        import dev.stepwise.annotations.Coroutine;

        @Coroutine
        interface Worker {
          default Coro<Integer> work(Object future) {
            int x = await(future);
            return Coro.done(x);
          }
        }
        """);
  }

  @Test
  void anAsyncGeneratorBodyMayUseEveryKeywordWithoutDiagnostics() {
    assertDiagnostics("test.Everything", """
        package test;

        import static dev.stepwise.Async.await;

        import dev.stepwise.Async;
        import dev.stepwise.AsyncGen;
        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.aio.Lock;
        import dev.stepwise.annotations.AsyncGenerator;

        @AsyncGenerator
        interface Everything {
          default AsyncGen<Integer, Integer, String> inner() {
            Yield.value(0);
            return AsyncGen.done("inner");
          }

          @SuppressWarnings("try")
          default AsyncGen<Integer, Integer, Void> all(Object future, Gen<Integer, Integer, String> sync,
              Lock lock) {
            int x = await(future);
            Integer sent = Yield.value(x);
            String a = Yield.from(inner());
            String b = Yield.from(sync);
            for (Integer y : Async.iter(inner())) {
              Yield.value(y + sent + a.length() + b.length());
            }
            try (Lock held = Async.with(lock)) {
              Yield.value(1);
            }
            return AsyncGen.done();
          }
        }
        """);
  }
}
