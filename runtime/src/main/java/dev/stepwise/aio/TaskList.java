package dev.stepwise.aio;

import java.util.ArrayList;
import java.util.List;

/**
 * The loop's unfinished tasks, as an intrusive doubly linked list through the tasks themselves:
 * adding and removing cost no allocation, which keeps a suspended task small.
 */
final class TaskList {
  private Task<?> head;
  private int size;

  void add(Task<?> t) {
    t.nextTask = head;
    if (head != null) {
      head.prevTask = t;
    }
    head = t;
    size++;
  }

  void remove(Task<?> t) {
    if (t.prevTask == null && head != t) {
      return; // not in the list
    }
    if (t.prevTask != null) {
      t.prevTask.nextTask = t.nextTask;
    } else {
      head = t.nextTask;
    }
    if (t.nextTask != null) {
      t.nextTask.prevTask = t.prevTask;
    }
    t.prevTask = null;
    t.nextTask = null;
    size--;
  }

  int size() {
    return size;
  }

  /** The unfinished tasks, oldest first. */
  List<Task<?>> snapshot() {
    List<Task<?>> out = new ArrayList<>(size);
    for (Task<?> t = head; t != null; t = t.nextTask) {
      out.add(0, t);
    }
    return out;
  }
}
