package dev.stepwise.processor;

import static dev.stepwise.processor.Harness.assertClean;
import static dev.stepwise.processor.Harness.compile;
import static dev.stepwise.processor.Harness.invoke;
import static dev.stepwise.processor.Harness.loader;
import static dev.stepwise.processor.Harness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.stepwise.Coro;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A coroutine that is never awaited is reported when its loop closes (Python's RuntimeWarning
 * "coroutine '...' was never awaited"); in debug mode the report names the line that created it.
 */
class NeverAwaitedSiteTest {

  @Test
  void debugModeNamesTheLineThatCreatedIt() throws Exception {
    Compilation c = compile(source("test.Mistakes",
        "package test;",
        "import static dev.stepwise.Async.await;",
        "import dev.stepwise.Coro;",
        "import dev.stepwise.annotations.Coroutine;",
        "@Coroutine",
        "public interface Mistakes {",
        "  default Coro<String> fetch() { return Coro.done(\"data\"); }",
        "  @SuppressWarnings(\"StepwiseNeverAwaited\")", // the mistake is the point: found at run time too
        "  default Coro<Void> main() {",
        "    fetch();",
        "    String kept = await(fetch());",
        "    return Coro.done();",
        "  }",
        "}"));
    assertClean(c);
    List<String> messages = new ArrayList<>();
    List<Object> sites = new ArrayList<>();
    for (boolean debug : new boolean[] {false, true}) {
      EventLoop loop = new EventLoop(new VirtualClock());
      loop.setDebug(debug);
      loop.setExceptionHandler((l, ctx) -> {
        messages.add(String.valueOf(ctx.get("message")));
        sites.add(ctx.get("source_traceback"));
      });
      loop.runUntilComplete((Coro<?>) invoke(loader(c), "test.MistakesSteps", "main"));
      loop.close();
    }
    assertEquals(List.of(
        "coroutine 'Mistakes.fetch' was never awaited",
        "coroutine 'Mistakes.fetch' was never awaited; created at Mistakes.java:10"), messages);
    assertEquals(null, sites.get(0));
    assertTrue(sites.get(1) instanceof Throwable);
  }

}
