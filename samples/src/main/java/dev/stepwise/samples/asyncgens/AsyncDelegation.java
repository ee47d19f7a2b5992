package dev.stepwise.samples.asyncgens;

import static dev.stepwise.Async.await;
import static dev.stepwise.aio.Aio.sleep;

import dev.stepwise.Async;
import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;
import dev.stepwise.annotations.Generator;
import dev.stepwise.samples.coroutines.PyRepr;
import java.util.List;

/**
 * PEP 828: {@code Yield.from} inside an asynchronous generator delegates to another asynchronous
 * generator or to a plain generator; values pass through, {@code asend} values reach the
 * innermost one, and each {@code Yield.from} evaluates to the subgenerator's return value.
 */
public interface AsyncDelegation {
  /** Python's {@code header}, {@code numbered} and {@code report}. */
  @AsyncGenerator
  interface Parts {
    default AsyncGen<String, String, Integer> header(String title) {
      await(sleep(0.1));
      Yield.value("== " + title + " ==");
      return AsyncGen.done(title.length());
    }

    default AsyncGen<String, String, Integer> numbered(List<String> lines) {
      for (int i = 1; i <= lines.size(); i++) {
        await(sleep(0.1));
        String received = Yield.value(i + ". " + lines.get(i - 1));
        if (received != null) {
          System.out.println("  (numbered got " + PyRepr.repr(received) + ")");
        }
      }
      return AsyncGen.done(lines.size());
    }

    default AsyncGen<String, String, Void> report(String title, List<String> lines) {
      int width = Yield.from(header(title));
      int count = Yield.from(numbered(lines));
      String end = Yield.from(AsyncDelegation_FooterSteps.INSTANCE.footer(count));
      System.out.println("  (report: width=" + width + ", count=" + count + ", footer=" + PyRepr.repr(end) + ")");
      return AsyncGen.done();
    }
  }

  /** Python's {@code footer}: a plain generator. */
  @Generator
  interface Footer {
    default Gen<String, String, String> footer(int count) {
      Yield.value("-- " + count + " lines --");
      return Gen.done("end");
    }
  }

  /** Python's {@code main()}. */
  @Coroutine
  interface Main {
    default Coro<Void> main() {
      AsyncGen<String, String, Void> gen =
          AsyncDelegation_PartsSteps.INSTANCE.report("Fruits", List.of("apple", "banana", "cherry"));
      String line = await(gen.asend(null));
      System.out.println(line);
      line = await(gen.asend(null));
      System.out.println(line);
      line = await(gen.asend("sent to numbered"));
      System.out.println(line);
      for (String rest : Async.iter(gen)) {
        System.out.println(rest);
      }
      return Coro.done();
    }
  }
}
