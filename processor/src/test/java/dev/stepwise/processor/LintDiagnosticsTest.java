package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stepwise.processor.Harness.assertClean;
import static dev.stepwise.processor.Harness.assertDiagnostics;
import static dev.stepwise.processor.Harness.compile;
import static dev.stepwise.processor.Harness.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import org.junit.jupiter.api.Test;

/**
 * The mistakes of async code that Python reports late or never, found while compiling (the lint
 * pass, on attributed trees): a coroutine call whose result is dropped, a blocking call in a
 * coroutine or async generator, a nested {@code Aio.run}, and a {@code java.util.concurrent} lock
 * held across a suspension point. Each at the call, with its tag, line and column; correct code
 * gets nothing.
 */
class LintDiagnosticsTest {

  @Test
  void droppedCoroutineCallIsNeverAwaited() {
    assertDiagnostics("test.Fetcher", """
        package test;

        import static dev.stepwise.Async.await;

        import dev.stepwise.Coro;
        import dev.stepwise.aio.Aio;
        import dev.stepwise.annotations.Coroutine;

        @Coroutine
        interface Fetcher {
          default Coro<String> fetch(String url) {
            return Coro.done(url);
          }

          default Coro<Void> main() {
            // WARNING(fetch("a")): [StepwiseNeverAwaited] coroutine 'fetch' is never awaited: the call only creates the coroutine, and its body never runs; await it (await(fetch(...)))
            fetch("a");
            String b = await(fetch("b"));
            await(Aio.sleep(0));
            Aio.createTask(fetch("c"));
            return Coro.done();
          }
        }

        class Caller {
          static void plain(Fetcher f) {
            // WARNING(f.fetch): [StepwiseNeverAwaited] coroutine 'fetch' is never awaited
            f.fetch("d");
            Runnable later = () -> {
              // WARNING(f.fetch): [StepwiseNeverAwaited] coroutine 'fetch' is never awaited
              f.fetch("e");
            };
            Aio.run(f.fetch("f"));
            Object kept = f.fetch("g");
          }
        }
        """);
  }

  private static final String BLOCKING = """
      package test;

      import static dev.stepwise.Async.await;

      import dev.stepwise.AsyncGen;
      import dev.stepwise.Coro;
      import dev.stepwise.Gen;
      import dev.stepwise.Yield;
      import dev.stepwise.aio.Aio;
      import dev.stepwise.annotations.AsyncGenerator;
      import dev.stepwise.annotations.Coroutine;
      import dev.stepwise.annotations.Generator;
      import java.io.BufferedReader;
      import java.io.InputStream;
      import java.util.concurrent.BlockingQueue;
      import java.util.concurrent.CompletableFuture;
      import java.util.concurrent.Future;
      import java.util.concurrent.locks.Lock;

      @Coroutine
      interface Blocking {
        default Coro<Void> blocks(CompletableFuture<String> cf, Future<String> f, Thread t, Lock lock,
            BlockingQueue<String> q, InputStream in, BufferedReader r) throws Exception {
          // %1$s(Thread.sleep): [StepwiseBlockingCall] blocking call 'Thread.sleep' inside coroutine 'blocks' stops the whole event loop while it waits; use await(Aio.sleep(seconds))
          Thread.sleep(10);
          // %1$s(cf.join): [StepwiseBlockingCall] blocking call 'CompletableFuture.join' inside coroutine 'blocks' stops the whole event loop while it waits; await the future itself: await(future)
          cf.join();
          // %1$s(f.get): [StepwiseBlockingCall] blocking call 'Future.get' inside coroutine 'blocks'
          String got = f.get();
          // %1$s(t.join): [StepwiseBlockingCall] blocking call 'Thread.join'
          t.join();
          // %1$s(lock.lock): [StepwiseBlockingCall] blocking call 'Lock.lock' inside coroutine 'blocks' stops the whole event loop while it waits; use dev.stepwise.aio.Lock
          lock.lock();
          lock.unlock();
          // %1$s(q.take): [StepwiseBlockingCall] blocking call 'BlockingQueue.take'
          q.take();
          // %1$s(in.read): [StepwiseBlockingCall] blocking call 'InputStream.read'
          int b = in.read();
          // %1$s(r.readLine): [StepwiseBlockingCall] blocking call 'BufferedReader.readLine'
          String line = r.readLine();
          // %1$s(cf.get): [StepwiseBlockingCall] blocking call 'CompletableFuture.get'
          await(Aio.sleep(cf.get().length()));
          String off = await(Aio.toThread(() -> {
            Thread.sleep(10);
            return f.get();
          }));
          String awaited = await(cf);
          lock.tryLock();
          q.poll();
          wait(3);
          return Coro.done();
        }

        default int wait(int x) {
          return x;
        }
      }

      @AsyncGenerator
      interface Lines {
        default AsyncGen<String, Void, Void> lines(BufferedReader r) throws Exception {
          // %1$s(r.readLine): [StepwiseBlockingCall] blocking call 'BufferedReader.readLine' inside async generator 'lines'
          Yield.value(r.readLine());
          return AsyncGen.done();
        }
      }

      @Generator
      interface Sleepy {
        default Gen<Integer, Void, Void> slowly() throws Exception {
          Thread.sleep(1);
          Yield.value(1);
          return Gen.done();
        }
      }

      class Plain {
        static void blocks(CompletableFuture<String> cf) throws Exception {
          Thread.sleep(1);
          cf.join();
        }
      }
      """;

  @Test
  void blockingCallsInCoroutinesAreWarnings() {
    assertDiagnostics("test.Blocking", BLOCKING.formatted("WARNING"));
  }

  @Test
  void anOptionMakesBlockingCallsErrors() {
    assertDiagnostics(Compiler.javac().withOptions("-Astepwise.blockingCalls=error"), "test.Blocking",
        BLOCKING.formatted("ERROR"));
  }

  @Test
  void anOptionTurnsBlockingCallsOff() {
    String text = BLOCKING.formatted("WARNING").lines()
        .filter(l -> !l.contains("// WARNING"))
        .reduce("", (a, l) -> a + l + "\n");
    assertDiagnostics(Compiler.javac().withOptions("-Astepwise.blockingCalls=off"), "test.Blocking", text);
  }

  @Test
  void aBadOptionValueIsAnError() {
    Compilation c = compile(Compiler.javac().withOptions("-Astepwise.blockingCalls=loud"), source("test.Empty",
        "package test;", "class Empty {}"));
    assertThat(c).hadErrorContaining(
        "[StepwiseOption] processor option -Astepwise.blockingCalls: 'loud' is not one of off, warning, error");
  }

  @Test
  void nestedRunIsAnError() {
    assertDiagnostics("test.Nested", """
        package test;

        import static dev.stepwise.Async.await;

        import dev.stepwise.AsyncGen;
        import dev.stepwise.Coro;
        import dev.stepwise.Yield;
        import dev.stepwise.aio.Aio;
        import dev.stepwise.aio.EventLoop;
        import dev.stepwise.annotations.AsyncGenerator;
        import dev.stepwise.annotations.Coroutine;

        @Coroutine
        interface Nested {
          default Coro<Integer> inner() {
            return Coro.done(1);
          }

          default Coro<Void> outer(EventLoop loop) {
            // ERROR(Aio.run): [StepwiseNestedRun] 'Aio.run' cannot be called from a running event loop, and coroutine 'outer' runs on one; await the coroutine instead
            int one = Aio.run(inner());
            // ERROR(loop.runUntilComplete): [StepwiseNestedRun] 'EventLoop.runUntilComplete' cannot be called from a running event loop
            loop.runUntilComplete(inner());
            int two = await(Aio.toThread(() -> Aio.run(inner())));
            return Coro.done();
          }
        }

        @AsyncGenerator
        interface Source {
          default AsyncGen<Integer, Void, Void> numbers(Nested n) {
            // ERROR(Aio.run): [StepwiseNestedRun] 'Aio.run' cannot be called from a running event loop, and async generator 'numbers' runs on one
            Yield.value(Aio.run(n.inner()));
            return AsyncGen.done();
          }
        }

        class Main {
          static int main(Nested n) {
            return Aio.run(n.inner());
          }
        }

        @Coroutine
        interface OnPurpose {
          @SuppressWarnings("StepwiseNestedRun")
          default Coro<Integer> showsTheRuntimeError(Nested n) {
            return Coro.done(Aio.run(n.inner()));
          }
        }
        """);
  }

  @Test
  void lockHeldAcrossASuspensionPoint() {
    assertDiagnostics("test.Locks", """
        package test;

        import static dev.stepwise.Async.await;

        import dev.stepwise.AsyncGen;
        import dev.stepwise.Coro;
        import dev.stepwise.Yield;
        import dev.stepwise.aio.Aio;
        import dev.stepwise.annotations.AsyncGenerator;
        import dev.stepwise.annotations.Coroutine;
        import java.util.concurrent.locks.Lock;
        import java.util.concurrent.locks.ReentrantLock;

        @Coroutine
        interface Locks {
          default Coro<Void> held(ReentrantLock lock, Lock other) {
            // WARNING(lock.lock): [StepwiseBlockingCall] blocking call 'ReentrantLock.lock'
            lock.lock();
            try {
              // WARNING(await): [StepwiseLockAcrossAwait] 'lock' is held across this await: while the coroutine is suspended the loop runs other tasks, and one that takes 'lock' blocks the whole loop
              await(Aio.sleep(0));
              await(Aio.sleep(0));
            } finally {
              lock.unlock();
            }
            await(Aio.sleep(0));
            if (other.tryLock()) {
              try {
                // WARNING(await): [StepwiseLockAcrossAwait] 'other' is held across this await
                await(Aio.sleep(0));
              } finally {
                other.unlock();
              }
            }
            return Coro.done();
          }

          default Coro<Void> released(Lock lock) {
            // WARNING(lock.lock): [StepwiseBlockingCall] blocking call 'Lock.lock'
            lock.lock();
            lock.unlock();
            await(Aio.sleep(0));
            return Coro.done();
          }
        }

        @AsyncGenerator
        interface Guarded {
          default AsyncGen<Integer, Void, Void> guarded(Lock lock) {
            if (lock.tryLock()) {
              try {
                // WARNING(Yield.value): [StepwiseLockAcrossAwait] 'lock' is held across this yield: while the async generator is suspended
                Yield.value(1);
              } finally {
                lock.unlock();
              }
            }
            return AsyncGen.done();
          }
        }
        """);
  }

  @Test
  void suppressWarningsSilencesAFindingByTagOrAll() {
    assertDiagnostics("test.Deliberate", """
        package test;

        import dev.stepwise.Coro;
        import dev.stepwise.annotations.Coroutine;

        @Coroutine
        interface Deliberate {
          default Coro<Void> fetch() {
            return Coro.done();
          }

          @SuppressWarnings("StepwiseBlockingCall")
          default Coro<Void> blocksOnPurpose() throws InterruptedException {
            Thread.sleep(1);
            // WARNING(fetch()): [StepwiseNeverAwaited] coroutine 'fetch' is never awaited
            fetch();
            return Coro.done();
          }

          @SuppressWarnings({"unchecked", "stepwise"})
          default Coro<Void> anything() throws InterruptedException {
            Thread.sleep(1);
            fetch();
            return Coro.done();
          }
        }

        @SuppressWarnings("StepwiseNeverAwaited")
        class Starter {
          static void start(Deliberate d) {
            d.fetch();
          }
        }
        """);
  }

  @Test
  void correctAsyncCodeGetsNoDiagnostic() {
    Compilation c = compile(source("test.Correct", """
        package test;

        import static dev.stepwise.Async.await;

        import dev.stepwise.AsyncGen;
        import dev.stepwise.Coro;
        import dev.stepwise.Yield;
        import dev.stepwise.aio.Aio;
        import dev.stepwise.aio.Lock;
        import dev.stepwise.aio.Queue;
        import dev.stepwise.annotations.AsyncGenerator;
        import dev.stepwise.annotations.Coroutine;
        import java.util.concurrent.CompletableFuture;

        @Coroutine
        interface Correct {
          default Coro<String> fetch(String url) {
            await(Aio.sleep(0.01));
            return Coro.done(url);
          }

          default Coro<String> main(Lock lock, Queue<String> q, CompletableFuture<String> cf) {
            String a = await(fetch("a"));
            await(lock.acquire());
            try {
              await(q.put(a));
            } finally {
              lock.release();
            }
            String b = await(q.get());
            String c = await(cf);
            String d = await(Aio.toThread(() -> {
              Thread.sleep(1);
              return cf.get();
            }));
            Aio.createTask(fetch("later"));
            return Coro.done(a + b + c + d);
          }
        }

        @AsyncGenerator
        interface Ticks {
          default AsyncGen<Integer, Void, Void> ticks(int n) {
            for (int i = 0; i < n; i++) {
              await(Aio.sleep(0));
              Yield.value(i);
            }
            return AsyncGen.done();
          }
        }

        class Main {
          public static void main(String[] args) {
            Correct c = CorrectSteps.INSTANCE;
            System.out.println(Aio.run(c.fetch("x")));
          }
        }
        """.split("\n", -1)));
    assertClean(c);
  }
}
