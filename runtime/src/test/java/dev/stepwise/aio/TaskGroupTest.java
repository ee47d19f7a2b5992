package dev.stepwise.aio;

import static dev.stepwise.aio.Bodies.await;
import static dev.stepwise.aio.Bodies.coro;
import static dev.stepwise.aio.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.Coro;
import dev.stepwise.GenState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TaskGroup}: Python's {@code asyncio.TaskGroup} (taskgroups.py, 3.13). */
class TaskGroupTest {
  private final List<Object> seen = new ArrayList<>();

  private Coro<Object> sleeper(String name, double delay) {
    return coro(name, () -> {
      try {
        await(Aio.sleep(delay));
        seen.add(name + " finished");
        return name;
      } catch (CancelledError e) {
        seen.add(name + " cancelled at " + Aio.getRunningLoop().time());
        throw e;
      }
    });
  }

  private static Coro<Object> failing(String message, double delay) {
    return coro("failing", () -> {
      await(Aio.sleep(delay));
      throw new IllegalStateException(message);
    });
  }

  @Test
  void exitWaitsForEveryTask() {
    Object at = Aio.run(coro("main", () -> {
      List<Task<Object>> tasks = new ArrayList<>();
      with(new TaskGroup(), tg -> {
        tasks.add(tg.createTask(sleeper("one", 1)));
        tasks.add(tg.createTask(sleeper("two", 2), "second"));
        return null;
      });
      seen.add(tasks.get(0).result() + " " + tasks.get(1).result() + " " + tasks.get(1).name());
      return Aio.getRunningLoop().time();
    }), new VirtualClock());
    assertEquals(2.0, at);
    assertEquals(List.of("one finished", "two finished", "one two second"), seen);
  }

  @Test
  void theFirstFailureCancelsTheOthersAndInterruptsTheBody() {
    Object cancelling = Aio.run(coro("main", () -> {
      try {
        with(new TaskGroup(), tg -> {
          tg.createTask(failing("boom", 1));
          tg.createTask(sleeper("sibling", 10));
          try {
            await(Aio.sleep(100));
          } catch (CancelledError e) {
            seen.add("body interrupted at " + Aio.getRunningLoop().time());
            throw e;
          }
          return null;
        });
      } catch (ExceptionGroup eg) {
        seen.add(eg.getMessage());
        seen.add(Bodies.describe(eg.exceptions().get(0)));
      }
      return Aio.currentTask().cancelling();
    }), new VirtualClock());
    assertEquals(List.of("sibling cancelled at 1.0", "body interrupted at 1.0",
        "unhandled errors in a TaskGroup (1 sub-exception)", "IllegalStateException: boom"), seen);
    assertEquals(0, cancelling, "Python 3.13: the group withdraws its cancellation of the parent after the tasks end");
  }

  @Test
  void aFailureAfterTheBodyEndedStillLeavesTheParentUncancelled() {
    // aio_034's scenario, whose count CPython 3.11/3.12 leave at 1 (gh-117407 fixed it in 3.13).
    Object cancelling = Aio.run(coro("main", () -> {
      try {
        with(new TaskGroup(), tg -> {
          tg.createTask(failing("late", 1));
          tg.createTask(sleeper("sibling", 10));
          return null;
        });
      } catch (ExceptionGroup eg) {
        seen.add(eg.getMessage());
      }
      return Aio.currentTask().cancelling();
    }), new VirtualClock());
    assertEquals(0, cancelling);
    assertEquals(List.of("sibling cancelled at 1.0", "unhandled errors in a TaskGroup (1 sub-exception)"), seen);
  }

  @Test
  void anExceptionInTheBodyCancelsTheTasksAndComesLastInTheGroup() {
    Aio.run(coro("main", () -> {
      try {
        with(new TaskGroup(), tg -> {
          tg.createTask(coro("fails when cancelled", () -> {
            try {
              return await(Aio.sleep(10));
            } catch (CancelledError e) {
              throw new IllegalArgumentException("cleanup failed");
            }
          }));
          tg.createTask(sleeper("quiet", 10));
          await(Aio.sleep(1));
          throw new UnsupportedOperationException("body");
        });
      } catch (ExceptionGroup eg) {
        for (Throwable t : eg.exceptions()) {
          seen.add(Bodies.describe(t));
        }
        seen.add(eg.getSuppressed().length);
      }
      return null;
    }), new VirtualClock());
    assertEquals(List.of("quiet cancelled at 1.0", "IllegalArgumentException: cleanup failed",
        "UnsupportedOperationException: body", 2), seen);
  }

  @Test
  void aCancelFromOutsidePropagatesAsAPlainCancelledError() {
    Aio.run(coro("main", () -> {
      Task<Object> parent = Aio.createTask(coro("parent", () -> with(new TaskGroup(), tg -> {
        tg.createTask(sleeper("child", 10));
        return await(Aio.sleep(10));
      })));
      await(Aio.sleep(1));
      parent.cancel();
      try {
        await(parent);
      } catch (CancelledError e) {
        seen.add("parent cancelled " + parent.cancelled());
      }
      return null;
    }), new VirtualClock());
    assertEquals(List.of("child cancelled at 1.0", "parent cancelled true"), seen);
  }

  @Test
  void aCancelFromOutsideWhileExitWaitsCancelsTheTasks() {
    Aio.run(coro("main", () -> {
      Task<Object> parent = Aio.createTask(coro("parent", () -> with(new TaskGroup(), tg -> {
        tg.createTask(sleeper("child", 10));
        return null; // the body ends at once: exit waits for the child
      })));
      await(Aio.sleep(1));
      parent.cancel();
      try {
        await(parent);
      } catch (CancelledError e) {
        seen.add("parent cancelled " + parent.cancelled());
      }
      return null;
    }), new VirtualClock());
    assertEquals(List.of("child cancelled at 1.0", "parent cancelled true"), seen);
  }

  @Test
  void failuresWinOverACancelFromOutsideWhichStaysRequested() {
    // Python 3.13: the group un-cancels and re-cancels the parent, so the request is delivered at
    // its next await (3.11 loses it).
    Aio.run(coro("main", () -> {
      List<Task<?>> parentTask = new ArrayList<>();
      Task<Object> parent = Aio.createTask(coro("parent", () -> {
        parentTask.add(Aio.currentTask());
        try {
          return with(new TaskGroup(), tg -> {
            tg.createTask(coro("fails when cancelled", () -> {
              try {
                return await(Aio.sleep(10));
              } catch (CancelledError e) {
                throw new IllegalArgumentException("cleanup failed");
              }
            }));
            return await(Aio.sleep(10));
          });
        } catch (ExceptionGroup eg) {
          seen.add("group " + eg.exceptions().size() + ", cancelling " + Aio.currentTask().cancelling());
          return await(Aio.sleep(0)); // the outside cancellation is still pending: delivered here
        }
      }));
      await(Aio.sleep(1));
      parent.cancel();
      try {
        await(parent);
      } catch (CancelledError e) {
        seen.add("parent cancelled " + parent.cancelled());
      }
      return null;
    }), new VirtualClock());
    assertEquals(List.of("group 1, cancelling 1", "parent cancelled true"), seen);
  }

  @Test
  void createTaskIsRefusedOutsideTheBlockAndTheCoroutineIsClosed() {
    Aio.run(coro("main", () -> {
      TaskGroup tg = new TaskGroup();
      Coro<Object> early = sleeper("early", 1);
      seen.add(assertThrows(RuntimeException.class, () -> tg.createTask(early)).getMessage());
      seen.add(early.state());
      with(tg, g -> null);
      Coro<Object> late = sleeper("late", 1);
      seen.add(assertThrows(RuntimeException.class, () -> tg.createTask(late)).getMessage());
      seen.add(late.state());
      TaskGroup aborting = new TaskGroup();
      try {
        with(aborting, g -> {
          g.createTask(failing("x", 0));
          try {
            await(Aio.sleep(1));
          } catch (CancelledError e) {
            Coro<Object> refused = sleeper("refused", 1);
            seen.add(assertThrows(RuntimeException.class, () -> g.createTask(refused)).getMessage());
            throw e;
          }
          return null;
        });
      } catch (ExceptionGroup expected) {
        seen.add("group");
      }
      return null;
    }), new VirtualClock());
    assertEquals(List.of("TaskGroup <TaskGroup> has not been entered", GenState.CLOSED,
        "TaskGroup <TaskGroup entered> is finished", GenState.CLOSED,
        "TaskGroup <TaskGroup errors=1 cancelling> is shutting down", "group"), seen);
  }

  @Test
  void enteringTwiceOrOutsideATaskFails() {
    Aio.run(coro("main", () -> {
      TaskGroup tg = new TaskGroup();
      with(tg, g -> null);
      try {
        with(tg, g -> null);
      } catch (RuntimeException e) {
        seen.add(e.getMessage());
      }
      return null;
    }), new VirtualClock());
    EventLoop loop = new EventLoop(new VirtualClock());
    Coro<Object> driven = new Scripted<>("driven",
        (v, e) -> Scripted.await(new TaskGroup().enter()),
        (v, e) -> {
          seen.add(e.getMessage());
          return Scripted.done(null);
        });
    loop.callSoon(() -> {
      try {
        driven.send(null);
      } catch (dev.stepwise.StopIteration returned) {
        seen.add("returned");
      }
    });
    loop.callSoon(loop::stop);
    loop.runForever();
    loop.close();
    assertEquals(List.of("TaskGroup <TaskGroup entered> has already been entered",
        "TaskGroup <TaskGroup> cannot determine the parent task", "returned"), seen);
  }

  @Test
  void aVirtualMachineErrorIsReRaisedAsItIs() {
    StackOverflowError raised = assertThrows(StackOverflowError.class, () -> Aio.run(coro("main", () -> with(new TaskGroup(), tg -> {
      tg.createTask(coro("overflows", () -> {
        throw new StackOverflowError("deep");
      }));
      tg.createTask(sleeper("sibling", 10));
      return null;
    })), new VirtualClock()));
    assertEquals("deep", raised.getMessage());
    assertEquals(List.of("sibling cancelled at 0.0"), seen);
  }

  @Test
  void closeFailsAndTheReprShowsTheState() {
    TaskGroup tg = new TaskGroup();
    assertEquals("<TaskGroup>", tg.toString());
    IllegalStateException e = assertThrows(IllegalStateException.class, tg::close);
    assertTrue(e.getMessage().contains("Async.with"), e.getMessage());
  }
}
