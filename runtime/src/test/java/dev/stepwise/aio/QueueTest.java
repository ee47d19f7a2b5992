package dev.stepwise.aio;

import static dev.stepwise.aio.Bodies.await;
import static dev.stepwise.aio.Bodies.coro;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Queue}, {@link PriorityQueue}, {@link LifoQueue}: Python's asyncio queues (3.13). */
class QueueTest {
  private final List<Object> seen = new ArrayList<>();

  @Test
  void itemsComeOutInOrderAndNullIsAnItem() {
    Queue<String> q = new Queue<>();
    q.putNowait("a");
    q.putNowait(null);
    q.putNowait("c");
    assertEquals("<Queue maxsize=0 _queue=[a, null, c] tasks=3>", q.toString());
    assertEquals("a", q.getNowait());
    assertNull(q.getNowait());
    assertEquals("c", q.getNowait());
    assertThrows(QueueEmpty.class, q::getNowait);
    assertEquals(0, q.qsize());
  }

  @Test
  void aBoundedQueueMakesPutWaitAndWakesPuttersInOrder() {
    Aio.run(coro("main", () -> {
      Queue<Integer> q = new Queue<>(1);
      await(q.put(0));
      assertThrows(QueueFull.class, () -> q.putNowait(9));
      List<Task<Object>> putters = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        int item = i;
        putters.add(Aio.createTask(coro("putter", () -> {
          await(q.put(item));
          seen.add("put " + item + " at " + Aio.getRunningLoop().time());
          return null;
        })));
      }
      await(Aio.sleep(0));
      seen.add(q.toString());
      for (int i = 0; i < 4; i++) {
        await(Aio.sleep(1));
        seen.add("got " + await(q.get()));
      }
      await(Aio.gather(putters));
      return null;
    }), new VirtualClock());
    assertEquals(List.of("<Queue maxsize=1 _queue=[0] _putters[3] tasks=1>",
        "got 0", "put 1 at 1.0", "got 1", "put 2 at 2.0", "got 2", "put 3 at 3.0", "got 3"), seen);
  }

  @Test
  void blockedGettersAreServedInOrderAndACancelledOneIsSkipped() {
    Aio.run(coro("main", () -> {
      Queue<String> q = new Queue<>();
      List<Task<Object>> getters = new ArrayList<>();
      for (String n : List.of("a", "b", "c")) {
        getters.add(Aio.createTask(coro(n, () -> {
          seen.add(n + " got " + await(q.get()));
          return null;
        })));
      }
      await(Aio.sleep(0));
      getters.get(0).cancel();
      q.putNowait("x");
      q.putNowait("y");
      await(Aio.gather(true, getters.get(0), getters.get(1), getters.get(2)));
      seen.add(getters.get(0).cancelled());
      return null;
    }), new VirtualClock());
    assertEquals(List.of("b got x", "c got y", true), seen);
  }

  @Test
  void aGetterCancelledAfterBeingWokenWakesTheNextOne() {
    Aio.run(coro("main", () -> {
      Queue<String> q = new Queue<>();
      Task<Object> first = Aio.createTask(coro("first", () -> await(q.get())));
      Task<Object> second = Aio.createTask(coro("second", () -> await(q.get())));
      await(Aio.sleep(0));
      q.putNowait("only");
      first.cancel();
      await(Aio.gather(true, first, second));
      seen.add(first.cancelled());
      seen.add(second.result());
      return null;
    }), new VirtualClock());
    assertEquals(List.of(true, "only"), seen);
  }

  @Test
  void taskDoneAndJoinCountUnfinishedItems() {
    Aio.run(coro("main", () -> {
      Queue<String> q = new Queue<>();
      seen.add(await(q.join()));
      q.putNowait("a");
      q.putNowait("b");
      Task<Object> joiner = Aio.createTask(coro("joiner", () -> {
        await(q.join());
        seen.add("joined at " + Aio.getRunningLoop().time());
        return null;
      }));
      q.getNowait();
      q.getNowait();
      await(Aio.sleep(1));
      q.taskDone();
      await(Aio.sleep(1));
      q.taskDone();
      await(joiner);
      IllegalStateException e = assertThrows(IllegalStateException.class, q::taskDone);
      seen.add(e.getMessage());
      return null;
    }), new VirtualClock());
    List<Object> expected = new ArrayList<>();
    expected.add(null);
    expected.add("joined at 2.0");
    expected.add("task_done() called too many times");
    assertEquals(expected, seen);
  }

  @Test
  void priorityAndLifoQueuesChangeTheOrder() {
    PriorityQueue<Integer> pq = new PriorityQueue<>();
    LifoQueue<Integer> lq = new LifoQueue<>();
    PriorityQueue<String> byLength = new PriorityQueue<>(0, Comparator.comparingInt(String::length));
    for (int i : new int[] {3, 1, 2}) {
      pq.putNowait(i);
      lq.putNowait(i);
    }
    for (String s : List.of("ccc", "a", "bb")) {
      byLength.putNowait(s);
    }
    List<Object> order = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      order.add(pq.getNowait() + "/" + lq.getNowait() + "/" + byLength.getNowait());
    }
    assertEquals(List.of("1/2/a", "2/1/bb", "3/3/ccc"), order);
    assertThrows(NullPointerException.class, () -> pq.putNowait(null));
    assertEquals("<LifoQueue maxsize=0 tasks=3>", lq.toString(), "got but not marked done");
    assertEquals(0, pq.qsize());
  }

  @Test
  void shutdownWakesEveryoneAndRefusesFurtherPuts() {
    Aio.run(coro("main", () -> {
      Queue<String> q = new Queue<>(1);
      Queue<String> empty = new Queue<>();
      q.putNowait("kept");
      Task<Object> putter = Aio.createTask(coro("putter", () -> await(q.put("blocked"))));
      Task<Object> getter = Aio.createTask(coro("getter", () -> await(empty.get())));
      await(Aio.sleep(0));
      q.shutdown(false);
      empty.shutdown(false);
      await(Aio.gather(true, putter, getter));
      seen.add(putter.exception().getClass().getSimpleName());
      seen.add(getter.exception().getClass().getSimpleName());
      seen.add(q.getNowait()); // items already in a queue shut down gently can still be got
      assertThrows(QueueShutDown.class, q::getNowait);
      assertThrows(QueueShutDown.class, () -> q.putNowait("late"));
      Queue<String> dropped = new Queue<>();
      dropped.putNowait("x");
      dropped.shutdown(true);
      seen.add(dropped.qsize());
      seen.add(await(dropped.join())); // the dropped item counts as processed
      seen.add(dropped.toString());
      return null;
    }), new VirtualClock());
    List<Object> expected = new ArrayList<>(List.of("QueueShutDown", "QueueShutDown", "kept", 0));
    expected.add(null);
    expected.add("<Queue maxsize=0 shutdown>");
    assertEquals(expected, seen);
  }
}
