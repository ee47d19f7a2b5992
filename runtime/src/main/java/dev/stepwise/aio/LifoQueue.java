package dev.stepwise.aio;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Queue} that hands out the item put last first (a stack). Python's
 * {@code asyncio.LifoQueue}.
 *
 * @param <T> the type of the items
 */
public class LifoQueue<T> extends Queue<T> {
  private final ArrayList<T> stack = new ArrayList<>();

  /** An unbounded LIFO queue. Python's {@code asyncio.LifoQueue()}. */
  public LifoQueue() {
    this(0);
  }

  /**
   * A bounded LIFO queue. Python's {@code asyncio.LifoQueue(maxsize)}.
   *
   * @param maxsize the capacity; zero or less means unbounded
   */
  public LifoQueue(int maxsize) {
    super(maxsize);
  }

  @Override
  protected void putItem(T item) {
    stack.add(item);
  }

  @Override
  protected T takeItem() {
    return stack.remove(stack.size() - 1);
  }

  @Override
  protected int size() {
    return stack.size();
  }

  @Override
  protected List<Object> snapshot() {
    return new ArrayList<>(stack);
  }
}
