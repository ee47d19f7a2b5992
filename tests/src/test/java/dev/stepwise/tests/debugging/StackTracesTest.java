package dev.stepwise.tests.debugging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.Gen;
import dev.stepwise.aio.Future;
import dev.stepwise.junit.AsyncTest;
import dev.stepwise.junit.TestLoop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exceptions that leave a step body name the user's interface, method and line in their stack
 * trace instead of the generated class, and those that climb an await chain list each coroutine
 * they passed through at the line of its await, innermost first.
 */
class StackTracesTest {
  private static final Failing F = FailingSteps.INSTANCE;
  private static final String TYPE = "dev.stepwise.tests.debugging.Failing";

  private static int line(String what) throws IOException {
    Path source = Paths.get("src/test/java/dev/stepwise/tests/debugging/Failing.java");
    List<String> lines = Files.readAllLines(source);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).endsWith("// trace: " + what)) {
        return i + 1;
      }
    }
    throw new AssertionError("no marker '" + what + "' in " + source);
  }

  private static StackTraceElement at(String method, String marker) throws IOException {
    return new StackTraceElement(TYPE, method, "Failing.java", line(marker));
  }

  private static void assertNoGeneratedFrames(Throwable t) {
    for (StackTraceElement e : t.getStackTrace()) {
      assertFalse(e.getClassName().startsWith(TYPE + "Steps$") && e.getMethodName().equals("$resume"),
          "a generated frame is left in the trace: " + Arrays.toString(t.getStackTrace()));
    }
  }

  @Test
  void aGeneratorFailsAtTheLineOfTheStatement() throws Exception {
    Gen<Integer, Void, Void> g = F.divide(0);
    assertEquals(1, g.next());
    ArithmeticException e = assertThrows(ArithmeticException.class, g::next);
    assertEquals(at("divide", "divide"), e.getStackTrace()[0]);
    assertNoGeneratedFrames(e);
  }

  @Test
  void aStatementOverSeveralLinesFailsAtTheLineOfTheFailingCall() throws Exception {
    Gen<String, Void, Void> g = F.multiLine(0);
    assertEquals("a text block keeps \"quotes\" // and this\n  and its lines\n", g.next(),
        "the text block came through the copy unchanged");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, g::next);
    assertEquals(at("multiLine", "multi-line statement fails"), elementOf(e, "multiLine"));
    assertNoGeneratedFrames(e);
  }

  @AsyncTest
  void aStatementOverSeveralLinesWithAnAwaitFailsAtTheLineOfTheFailingCall(TestLoop loop) throws Exception {
    assertEquals(4, loop.run(F.multiLineAwait(1)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loop.run(F.multiLineAwait(-1)));
    assertEquals(at("multiLineAwait", "multi-line await fails"), elementOf(e, "multiLineAwait"));
    assertNoGeneratedFrames(e);
  }

  /** The first element of {@code t}'s trace for {@code method} of the interface. */
  private static StackTraceElement elementOf(Throwable t, String method) {
    for (StackTraceElement e : t.getStackTrace()) {
      if (e.getClassName().equals(TYPE) && e.getMethodName().equals(method)) {
        return e;
      }
    }
    throw new AssertionError("no element for " + method + " in " + Arrays.toString(t.getStackTrace()).substring(0, 1000));
  }

  @Test
  void anExceptionClimbingAYieldFromChainListsEachGenerator() throws Exception {
    // Resumed at the innermost generator of the chain (the second element).
    Gen<Integer, Void, Void> g = F.outerDelegating(0);
    assertEquals(1, g.next());
    ArithmeticException e = assertThrows(ArithmeticException.class, g::next);
    assertEquals(List.of(at("divide", "divide"), at("delegating", "delegating"), at("outerDelegating", "outer delegating")),
        Arrays.asList(e.getStackTrace()).subList(0, 3));
    assertNoGeneratedFrames(e);
    // Failing while the chain is first entered, level by level.
    IllegalStateException first = assertThrows(IllegalStateException.class, F.delegatingAtOnce()::next);
    assertEquals(List.of(at("failsAtOnce", "fails at once"), at("delegatingAtOnce", "delegating at once")),
        Arrays.asList(first.getStackTrace()).subList(0, 2));
    assertNoGeneratedFrames(first);
  }

  @AsyncTest
  void anExceptionClimbingAnAwaitChainListsEachCoroutine(TestLoop loop) throws Exception {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loop.run(F.outer(-1)));
    StackTraceElement[] trace = e.getStackTrace();
    assertEquals("check", trace[0].getMethodName());
    assertEquals(line("check throws"), trace[0].getLineNumber(), "a plain method keeps javac's own line");
    assertEquals(List.of(at("inner", "inner calls check"), at("middle", "middle awaits inner"),
        at("outer", "outer awaits middle")), Arrays.asList(trace).subList(1, 4));
    assertNoGeneratedFrames(e);
  }

  @AsyncTest
  void anAsyncGeneratorFailsAtItsLineAndTheLoopOverItIsListed(TestLoop loop) throws Exception {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> loop.run(F.drain()));
    List<StackTraceElement> trace = Arrays.asList(e.getStackTrace());
    assertEquals(at("countThenFail", "agen fails"), trace.get(0));
    int drain = trace.indexOf(at("drain", "drain iterates"));
    assertTrue(drain > 0, "the loop over the generator is listed: " + trace);
    for (StackTraceElement between : trace.subList(1, drain)) {
      assertTrue(between.getClassName().startsWith("dev.stepwise.internal."), "only the runtime in between: " + trace);
    }
    assertNoGeneratedFrames(e);
  }

  @AsyncTest
  void anExceptionFromAFutureShowsTheAwaitingCoroutinesOnTop(TestLoop loop) throws Exception {
    Future<String> f = loop.loop().createFuture();
    IllegalStateException failure = new IllegalStateException("set elsewhere");
    StackTraceElement origin = failure.getStackTrace()[0];
    loop.loop().callLater(1, () -> f.setException(failure));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> loop.run(F.outerWaiter(f)));
    StackTraceElement[] trace = e.getStackTrace();
    assertEquals(List.of(at("waiter", "waiter awaits the future"), at("outerWaiter", "outerWaiter awaits waiter"), origin),
        Arrays.asList(trace).subList(0, 3));
  }
}
