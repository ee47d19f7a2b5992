package dev.stepwise.aio;

import static dev.stepwise.aio.Scripted.await;
import static dev.stepwise.aio.Scripted.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.Coro;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The loop and task API around a coroutine, with CPython's messages: access outside a loop
 * (aio_020), the Task-only operations (aio_049) and the loop's life cycle (aio_053).
 */
class LoopAndTaskApiTest {

  @Test
  void outsideALoopThereIsNoRunningLoop() {
    IllegalStateException e = assertThrows(IllegalStateException.class, Aio::getRunningLoop);
    assertEquals("no running event loop", e.getMessage());
    Coro<Object> coro = new Scripted<>("c", (v, x) -> done(null));
    assertEquals("no running event loop",
        assertThrows(IllegalStateException.class, () -> Aio.createTask(coro)).getMessage());
    assertEquals("no running event loop", assertThrows(IllegalStateException.class, Aio::currentTask).getMessage());
  }

  @Test
  void insideATaskItIsTheCurrentTaskAndAmongAllTasks() {
    List<String> out = new ArrayList<>();
    Coro<Object> main = new Scripted<>("main", (v, x) -> {
      Task<?> me = Aio.currentTask();
      Task<Object> other = Aio.createTask(new Scripted<>("other", (v2, x2) -> done(null)));
      Task<Object> named = Aio.createTask(new Scripted<>("named", (v2, x2) -> done(null)), "worker");
      out.add(me.name() + " " + other.name() + " " + named.name());
      out.add("all tasks: " + Aio.allTasks().size() + ", current among them: " + Aio.allTasks().contains(me));
      named.setName("renamed");
      out.add(named.name() + " coro=" + named.coro().name());
      return await(named);
    }, (v, x) -> done(null));
    Aio.run(main, new VirtualClock());
    assertEquals(List.of("Task-1 Task-2 worker", "all tasks: 3, current among them: true", "renamed coro=named"), out);
  }

  @Test
  void aTasksResultComesOnlyFromItsCoroutine() {
    EventLoop loop = new EventLoop(new VirtualClock());
    Task<Object> t = loop.createTask(new Scripted<>("c", (v, x) -> done("r")));
    assertEquals("Result is not set.", assertThrows(InvalidStateError.class, t::result).getMessage());
    assertEquals("Task does not support set_result operation",
        assertThrows(RuntimeException.class, () -> t.setResult("x")).getMessage());
    assertEquals("Task does not support set_exception operation",
        assertThrows(RuntimeException.class, () -> t.setException(new IllegalStateException())).getMessage());
    assertEquals("r", loop.runUntilComplete(t));
    assertSame(t, Aio.ensureFuture(t), "a future is returned as it is");
    loop.close();
  }

  @Test
  void theLoopsLifeCycle() {
    EventLoop loop = new EventLoop(new VirtualClock());
    assertEquals(Integer.valueOf(7), loop.<Object>runUntilComplete(new Scripted<>("seven", (v, x) -> done(7))));
    IllegalArgumentException failure = new IllegalArgumentException("bad");
    assertSame(failure, assertThrows(IllegalArgumentException.class,
        () -> loop.runUntilComplete(new Scripted<>("fails", (v, x) -> {
          throw failure;
        }))));
    Future<String> never = loop.createFuture();
    loop.callSoon(loop::stop);
    assertEquals("Event loop stopped before Future completed.",
        assertThrows(IllegalStateException.class, () -> loop.runUntilComplete(never)).getMessage());
    List<String> inside = new ArrayList<>();
    loop.runUntilComplete(new Scripted<>("inside", (v, x) -> {
      inside.add(assertThrows(IllegalStateException.class, loop::close).getMessage());
      inside.add(assertThrows(IllegalStateException.class, () -> loop.runUntilComplete(never)).getMessage());
      inside.add(String.valueOf(loop.isRunning()));
      return done(null);
    }));
    assertEquals(List.of("Cannot close a running event loop", "This event loop is already running", "true"), inside);
    assertFalse(loop.isRunning());
    loop.close();
    assertTrue(loop.isClosed());
    assertEquals("Event loop is closed",
        assertThrows(IllegalStateException.class, () -> loop.callSoon(() -> {})).getMessage());
    loop.close(); // closing twice is allowed
  }
}
