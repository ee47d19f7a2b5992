package dev.stepwise.tests.debugging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.aio.Event;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Future;
import dev.stepwise.aio.Task;
import dev.stepwise.junit.AsyncTest;
import dev.stepwise.junit.TestLoop;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * The task dump: each unfinished task with the coroutines it is suspended in, innermost first, at
 * the user's source lines, and what it waits on. Run on the JUnit extension's loop, which also fails
 * the test if a task leaks.
 */
class TaskDumpTest {
  private static final Workers W = WorkersSteps.INSTANCE;

  /** The line of {@code Workers.java} that ends with the marker {@code // dump: <what>}. */
  private static int line(String what) throws IOException {
    Path source = Paths.get("src/test/java/dev/stepwise/tests/debugging/Workers.java");
    List<String> lines = Files.readAllLines(source);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).endsWith("// dump: " + what)) {
        return i + 1;
      }
    }
    throw new AssertionError("no marker '" + what + "' in " + source);
  }

  private static StackTraceElement at(String method, String marker) throws IOException {
    return new StackTraceElement("dev.stepwise.tests.debugging.Workers", method, "Workers.java", line(marker));
  }

  @AsyncTest
  void aTaskShowsItsCoroutineChainAndWhatItWaitsOn(TestLoop test) throws Exception {
    EventLoop loop = test.loop();
    Event ready = new Event();
    Event never = new Event();
    Task<String> server = loop.createTask(W.serve(ready), "server");
    Task<String> other = loop.createTask(W.serve(never), "other");
    Task<Void> spinner = loop.createTask(W.spin(), "spinner");
    assertEquals(List.of(), server.stack(), "not started yet");
    assertNull(server.waitingOn());

    // A task that only ever yields keeps a virtual clock from moving: run it while no time passes.
    loop.runUntilComplete(W.pause(0));
    // Event.wait is a coroutine of the library: its frame has no source line.
    StackTraceElement eventWait = new StackTraceElement("dev.stepwise.aio.Event", "wait", null, -1);
    assertEquals(List.of(eventWait, at("fetch", "fetch waits"), at("handle", "handle awaits fetch"),
        at("serve", "serve awaits handle")), server.stack());
    assertTrue(server.waitingOn() instanceof Future, "waits on the event's future: " + server.waitingOn());
    assertEquals(List.of(at("spin", "spin yields")), spinner.stack());
    assertNull(spinner.waitingOn(), "sleep(0) only reschedules the task");
    spinner.cancel("enough");
    loop.runUntilComplete(W.pause(0));
    assertTrue(spinner.cancelled());

    ready.set();
    loop.runUntilComplete(W.pause(1));
    assertEquals(List.of(at("handle", "handle sleeps"), at("serve", "serve awaits handle")), server.stack());
    Object sleep = server.waitingOn();
    assertTrue(sleep instanceof Future, "waits on the sleep's future: " + sleep);

    String dump = loop.dumpTasks();
    String expected = "<Task pending name='server' coro=<coroutine object Workers.serve>>\n"
        + "    at dev.stepwise.tests.debugging.Workers.handle(Workers.java:" + line("handle sleeps") + ")\n"
        + "    at dev.stepwise.tests.debugging.Workers.serve(Workers.java:" + line("serve awaits handle") + ")\n"
        + "    waiting on " + sleep + "\n"
        + "<Task pending name='other' coro=<coroutine object Workers.serve>>\n"
        + "    at dev.stepwise.aio.Event.wait(Unknown Source)\n"
        + "    at dev.stepwise.tests.debugging.Workers.fetch(Workers.java:" + line("fetch waits") + ")\n"
        + "    at dev.stepwise.tests.debugging.Workers.handle(Workers.java:" + line("handle awaits fetch") + ")\n"
        + "    at dev.stepwise.tests.debugging.Workers.serve(Workers.java:" + line("serve awaits handle") + ")\n"
        + "    waiting on " + other.waitingOn() + "\n";
    assertEquals(expected, dump);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    server.printStack(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertTrue(dump.startsWith(bytes.toString(StandardCharsets.UTF_8)), "printStack prints the task's block of the dump");

    loop.runUntilComplete(W.pause(10));
    assertEquals("fetched", server.result());
    assertEquals(List.of(), server.stack(), "done");
    assertNull(server.waitingOn());
    assertEquals(List.of(other), loop.allTasks());
    never.set();
    loop.runUntilComplete(W.pause(10));
    assertEquals("fetched", other.result());
    assertEquals("", loop.dumpTasks());
  }
}
