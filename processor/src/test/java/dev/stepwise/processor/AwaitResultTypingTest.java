package dev.stepwise.processor;

import static dev.stepwise.processor.Harness.assertClean;
import static dev.stepwise.processor.Harness.compile;
import static dev.stepwise.processor.Harness.invoke;
import static dev.stepwise.processor.Harness.loader;
import static dev.stepwise.processor.Harness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.VirtualClock;
import org.junit.jupiter.api.Test;

/**
 * An await's result has the awaited coroutine's type, in the interface (through Async.await's
 * overloads) and in the generated state machine alike: it can be a call's receiver or an argument
 * of an overloaded method, as in Python's {@code print(await fetch())}.
 */
class AwaitResultTypingTest {

  @Test
  void theResultOfAnAwaitKeepsItsType() throws Exception {
    Compilation c = compile(source("test.Printer",
        "package test;",
        "import static dev.stepwise.Async.await;",
        "import dev.stepwise.Coro;",
        "import dev.stepwise.annotations.Coroutine;",
        "@Coroutine",
        "public interface Printer {",
        "  default Coro<String> fetch() { return Coro.done(\"data\"); }",
        "  default Coro<String> main() {",
        "    StringBuilder out = new StringBuilder();",
        "    out.append(await(fetch()));",
        "    int n = await(fetch()).length();",
        "    return Coro.done(out + \"/\" + n + \"/\" + String.valueOf(await(fetch())));",
        "  }",
        "}"));
    assertClean(c);
    Coro<?> main = (Coro<?>) invoke(loader(c), "test.PrinterSteps", "main");
    assertEquals("data/4/data", Aio.run(main, new VirtualClock()));
  }
}
