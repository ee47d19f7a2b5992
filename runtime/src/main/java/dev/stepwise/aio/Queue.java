package dev.stepwise.aio;

import dev.stepwise.Awaitable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A first-in first-out queue for tasks. Python's {@code asyncio.Queue} (including 3.13's
 * {@link #shutdown(boolean)}).
 *
 * <p>With a {@code maxsize} above zero, {@link #put(Object)} waits while the queue is full;
 * {@link #get()} waits while it is empty. Blocked getters and putters are woken one per item or
 * free slot, in the order they started waiting (a woken getter that finds the item already taken
 * by a {@link #getNowait()} waits again, at the back). {@link #taskDone()} and {@link #join()}
 * count the items put but not yet processed. Items may be null.
 *
 * <p>The name is asyncio's; it is not {@link java.util.Queue} (import one of them by name if a
 * file needs both). Subclasses change the order by overriding {@link #putItem}, {@link #takeItem}
 * and {@link #size}, as Python's {@code _put}, {@code _get} and {@code _qsize}: see
 * {@link PriorityQueue} and {@link LifoQueue}.
 *
 * @param <T> the type of the items
 */
public class Queue<T> extends LoopBound {
  private static final Object NULL = new Object();

  private final int maxsize;
  private final ArrayDeque<Future<Void>> getters = new ArrayDeque<>();
  private final ArrayDeque<Future<Void>> putters = new ArrayDeque<>();
  private final Event finished = new Event();
  private final ArrayDeque<Object> items = new ArrayDeque<>();
  private int unfinishedTasks;
  private boolean isShutdown;

  /** An unbounded queue. Python's {@code asyncio.Queue()}. */
  public Queue() {
    this(0);
  }

  /**
   * A queue holding at most {@code maxsize} items. Python's {@code asyncio.Queue(maxsize)}.
   *
   * @param maxsize the capacity; zero or less means unbounded
   */
  public Queue(int maxsize) {
    this.maxsize = maxsize;
    finished.set();
  }

  /**
   * Stores an item; the queue's order is defined by this and {@link #takeItem()}. Python's
   * {@code Queue._put}.
   *
   * @param item the item
   */
  protected void putItem(T item) {
    items.addLast(item == null ? NULL : item);
  }

  /**
   * Removes and returns the next item; called only when {@link #size()} is above zero. Python's
   * {@code Queue._get}.
   *
   * @return the item
   */
  @SuppressWarnings("unchecked")
  protected T takeItem() {
    Object o = items.removeFirst();
    return o == NULL ? null : (T) o;
  }

  /**
   * The number of stored items. Python's {@code len(Queue._queue)}.
   *
   * @return the count
   */
  protected int size() {
    return items.size();
  }

  /**
   * The stored items in the order {@link #toString()} shows them.
   *
   * @return a snapshot
   */
  protected List<Object> snapshot() {
    List<Object> out = new ArrayList<>(items.size());
    for (Object o : items) {
      out.add(o == NULL ? null : o);
    }
    return out;
  }

  /**
   * The number of items in the queue. Python's {@code Queue.qsize()}.
   *
   * @return the count
   */
  public final int qsize() {
    return size();
  }

  /**
   * The capacity. Python's {@code Queue.maxsize}.
   *
   * @return the maxsize given to the constructor (zero or less: unbounded)
   */
  public final int maxsize() {
    return maxsize;
  }

  /**
   * Whether the queue is empty. Python's {@code Queue.empty()}.
   *
   * @return true when empty
   */
  public final boolean empty() {
    return size() == 0;
  }

  /**
   * Whether the queue holds {@code maxsize} items; never true for an unbounded queue. Python's
   * {@code Queue.full()}.
   *
   * @return true when full
   */
  public final boolean full() {
    return maxsize > 0 && size() >= maxsize;
  }

  private static void wakeupNext(ArrayDeque<Future<Void>> waiters) {
    while (!waiters.isEmpty()) {
      Future<Void> waiter = waiters.removeFirst();
      if (!waiter.done()) {
        waiter.setResult(null);
        break;
      }
    }
  }

  /**
   * Puts an item, waiting while the queue is full. Python's {@code Queue.put()}.
   *
   * @param item the item
   * @return an awaitable producing null; it does not suspend when there is room. Awaiting it throws
   *     {@link QueueShutDown} once the queue is shut down
   */
  public final Awaitable<Void> put(T item) {
    return new Put(item);
  }

  /**
   * Puts an item without waiting. Python's {@code Queue.put_nowait()}.
   *
   * @param item the item
   * @throws QueueFull when the queue is full
   * @throws QueueShutDown when the queue is shut down
   */
  public final void putNowait(T item) {
    if (isShutdown) {
      throw new QueueShutDown();
    }
    if (full()) {
      throw new QueueFull();
    }
    putItem(item);
    unfinishedTasks++;
    finished.clear();
    wakeupNext(getters);
  }

  /**
   * Takes the next item, waiting while the queue is empty. Python's {@code Queue.get()}.
   *
   * @return an awaitable producing the item; it does not suspend when an item is there. Awaiting it
   *     throws {@link QueueShutDown} once the queue is shut down and empty
   */
  public final Awaitable<T> get() {
    return new Get();
  }

  /**
   * Takes the next item without waiting. Python's {@code Queue.get_nowait()}.
   *
   * @return the item
   * @throws QueueEmpty when the queue is empty
   * @throws QueueShutDown when the queue is shut down and empty
   */
  public final T getNowait() {
    if (empty()) {
      if (isShutdown) {
        throw new QueueShutDown();
      }
      throw new QueueEmpty();
    }
    T item = takeItem();
    wakeupNext(putters);
    return item;
  }

  /**
   * Marks one item taken from the queue as processed. Python's {@code Queue.task_done()}.
   *
   * @throws IllegalStateException "task_done() called too many times" (Python's ValueError) when
   *     every item put has already been marked
   */
  public final void taskDone() {
    if (unfinishedTasks <= 0) {
      throw new IllegalStateException("task_done() called too many times");
    }
    unfinishedTasks--;
    if (unfinishedTasks == 0) {
      finished.set();
    }
  }

  /**
   * Waits until every item put has been marked with {@link #taskDone()}. Python's
   * {@code Queue.join()}.
   *
   * @return an awaitable producing null; it does not suspend when nothing is unfinished
   */
  public final Awaitable<Void> join() {
    return new LibraryCoro<Void>("Queue.join") {
      @Override
      protected int $resume(Throwable injected) throws Throwable {
        if (injected != null) {
          throw injected;
        }
        if ($state == 0 && unfinishedTasks > 0) {
          return await(finished.waitAsync(), 1);
        }
        return ret(null);
      }
    };
  }

  /**
   * Shuts the queue down: later puts raise {@link QueueShutDown}, gets raise it once the queue is
   * empty, and every blocked getter and putter is woken (to raise it). Python 3.13's
   * {@code Queue.shutdown(immediate)}.
   *
   * @param immediate also drop the remaining items, marking each as processed, so gets raise at
   *     once and {@link #join()} may return
   */
  public final void shutdown(boolean immediate) {
    isShutdown = true;
    if (immediate) {
      while (!empty()) {
        takeItem();
        if (unfinishedTasks > 0) {
          unfinishedTasks--;
        }
      }
      if (unfinishedTasks == 0) {
        finished.set();
      }
    }
    while (!getters.isEmpty()) {
      Future<Void> getter = getters.removeFirst();
      if (!getter.done()) {
        getter.setResult(null);
      }
    }
    while (!putters.isEmpty()) {
      Future<Void> putter = putters.removeFirst();
      if (!putter.done()) {
        putter.setResult(null);
      }
    }
  }

  /**
   * Python's {@code str(queue)}, e.g. {@code <Queue maxsize=2 _queue=[1, 2] _putters[1] tasks=2>}.
   *
   * @return the state
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("<").append(getClass().getSimpleName());
    s.append(" maxsize=").append(maxsize);
    if (!empty()) {
      s.append(" _queue=").append(snapshot());
    }
    if (!getters.isEmpty()) {
      s.append(" _getters[").append(getters.size()).append(']');
    }
    if (!putters.isEmpty()) {
      s.append(" _putters[").append(putters.size()).append(']');
    }
    if (unfinishedTasks != 0) {
      s.append(" tasks=").append(unfinishedTasks);
    }
    if (isShutdown) {
      s.append(" shutdown");
    }
    return s.append('>').toString();
  }

  /** {@code put()}: loops while full; label 1 resumes after waiting for room. */
  private final class Put extends LibraryCoro<Void> {
    private final T item;
    private Future<Void> putter;

    Put(T item) {
      super(Queue.this.getClass().getSimpleName() + ".put");
      this.item = item;
    }

    @Override
    protected int $resume(Throwable injected) throws Throwable {
      // Python's "while self.full(): ... await putter": each resumption at label 1 checks again.
      if ($state == 1) {
        if (injected != null) {
          putter.cancel(); // in case it is not done yet
          putters.remove(putter); // a get_nowait() or shutdown() may have removed it already
          if (!full() && !putter.cancelled()) {
            // We were woken for a free slot but will not take it: wake the next putter.
            wakeupNext(putters);
          }
          throw injected;
        }
      } else if (injected != null) {
        throw injected;
      }
      if (full()) {
        if (isShutdown) {
          throw new QueueShutDown();
        }
        putter = newWaiter();
        putters.addLast(putter);
        return await(putter, 1);
      }
      putNowait(item);
      return ret(null);
    }
  }

  /** {@code get()}: loops while empty; label 1 resumes after waiting for an item. */
  private final class Get extends LibraryCoro<T> {
    private Future<Void> getter;

    Get() {
      super(Queue.this.getClass().getSimpleName() + ".get");
    }

    @Override
    protected int $resume(Throwable injected) throws Throwable {
      if ($state == 1) {
        if (injected != null) {
          getter.cancel();
          getters.remove(getter);
          if (!empty() && !getter.cancelled()) {
            wakeupNext(getters);
          }
          throw injected;
        }
      } else if (injected != null) {
        throw injected;
      }
      if (empty()) {
        if (isShutdown) {
          throw new QueueShutDown();
        }
        getter = newWaiter();
        getters.addLast(getter);
        return await(getter, 1);
      }
      return ret(getNowait());
    }
  }
}
