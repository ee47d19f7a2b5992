package dev.stepwise.aio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link Queue} that hands out the smallest item first. Python's {@code asyncio.PriorityQueue}.
 *
 * <p>The name is asyncio's, like {@link Queue}'s; it is not {@link java.util.PriorityQueue},
 * which it uses for storage: a binary heap, so items that compare equal come out in an order that
 * is not specified (Python's {@code heapq} does not promise one either). Items are ordered by
 * their natural order ({@link Comparable}; Python compares tuples such as
 * {@code (priority, data)}) or by the comparator given; null items are not allowed.
 *
 * @param <T> the type of the items
 */
public class PriorityQueue<T> extends Queue<T> {
  private final java.util.PriorityQueue<T> heap;

  /** An unbounded priority queue in natural order. Python's {@code asyncio.PriorityQueue()}. */
  public PriorityQueue() {
    this(0, null);
  }

  /**
   * A bounded priority queue in natural order. Python's {@code asyncio.PriorityQueue(maxsize)}.
   *
   * @param maxsize the capacity; zero or less means unbounded
   */
  public PriorityQueue(int maxsize) {
    this(maxsize, null);
  }

  /**
   * A priority queue ordered by {@code comparator}.
   *
   * @param maxsize the capacity; zero or less means unbounded
   * @param comparator the order, smallest first; null for the items' natural order
   */
  public PriorityQueue(int maxsize, Comparator<? super T> comparator) {
    super(maxsize);
    this.heap = new java.util.PriorityQueue<>(comparator);
  }

  /**
   * Adds an item to the heap.
   *
   * @param item the item, not null
   * @throws NullPointerException if {@code item} is null
   * @throws ClassCastException if it is not comparable (without a comparator)
   */
  @Override
  protected void putItem(T item) {
    if (item == null) {
      throw new NullPointerException("a PriorityQueue cannot hold null");
    }
    heap.add(item);
  }

  @Override
  protected T takeItem() {
    return heap.poll();
  }

  @Override
  protected int size() {
    return heap.size();
  }

  @Override
  protected List<Object> snapshot() {
    return new ArrayList<>(heap);
  }
}
