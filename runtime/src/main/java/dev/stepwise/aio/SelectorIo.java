package dev.stepwise.aio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The loop's multiplexer bookkeeping: which waiter reads and which writes on each channel, kept in
 * the channel's {@link SelectionKey} attachment. asyncio's {@code add_reader}/{@code add_writer}/
 * {@code remove_reader}/{@code remove_writer} and {@code _process_events} of
 * {@code BaseSelectorEventLoop}.
 *
 * <p>A channel has at most one reader (interest {@code OP_READ} or {@code OP_ACCEPT}) and one writer
 * ({@code OP_WRITE} or {@code OP_CONNECT}). The key's interest set is exactly the union of its
 * waiters' operations: with no waiter it is 0, so a channel nobody waits on is never selected. The
 * key itself is kept for reuse (cancelling it would forbid registering the channel again until the
 * next select); closing the channel cancels it. A waiter whose channel is closed while it waits is
 * told so after the next select instead of waiting forever.
 */
final class SelectorIo {
  /** Someone waiting for a channel to become ready. */
  interface Waiter {
    /** The channel is ready for the waiter's operation; runs as a callback on the loop. */
    void ready();

    /** The channel was closed (its key cancelled) while the waiter waited; it is already removed. */
    void closed();
  }

  static final int READ = 0;
  static final int WRITE = 1;

  /** The attachment of every key this loop registers. */
  private static final class Slots {
    final Waiter[] waiters = new Waiter[2];
    final int[] ops = new int[2];

    int interest() {
      return (waiters[READ] != null ? ops[READ] : 0) | (waiters[WRITE] != null ? ops[WRITE] : 0);
    }
  }

  private final EventLoop loop;
  private final Selector selector;
  /** Keys with at least one waiter. */
  private final Set<SelectionKey> waiting = new LinkedHashSet<>();

  SelectorIo(EventLoop loop, Selector selector) {
    this.loop = loop;
    this.selector = selector;
  }

  /** Whether any waiter waits: then I/O may wake the loop and a virtual clock must not jump. */
  boolean hasWaiters() {
    return !waiting.isEmpty();
  }

  /**
   * Makes {@code waiter} the reader ({@link #READ}) or writer ({@link #WRITE}) of {@code channel},
   * waiting for {@code ops}.
   *
   * @throws IllegalStateException if another waiter still waits in that direction
   * @throws UncheckedIOException with a {@link ClosedChannelException} if the channel is closed
   */
  void add(SelectableChannel channel, int direction, int ops, Waiter waiter) {
    SelectionKey key = keyOf(channel);
    Slots slots = (Slots) key.attachment();
    if (slots.waiters[direction] != null) {
      throw new IllegalStateException("another task is already waiting to "
          + (direction == READ ? "read from" : "write to") + " " + channel);
    }
    slots.waiters[direction] = waiter;
    slots.ops[direction] = ops;
    key.interestOps(slots.interest());
    waiting.add(key);
  }

  /** Removes {@code waiter} from its direction of {@code channel} if it is still there. */
  void remove(SelectableChannel channel, int direction, Waiter waiter) {
    SelectionKey key = channel.keyFor(selector);
    if (key == null || !(key.attachment() instanceof Slots)) {
      return;
    }
    Slots slots = (Slots) key.attachment();
    if (slots.waiters[direction] != waiter) {
      return;
    }
    slots.waiters[direction] = null;
    int interest = slots.interest();
    if (interest == 0) {
      waiting.remove(key);
    }
    if (key.isValid()) {
      key.interestOps(interest);
    }
  }

  /**
   * After a select: schedules the waiters of the ready keys (they run in this iteration, after the
   * callbacks already queued) and clears the selected set.
   */
  void processSelected() {
    Set<SelectionKey> selected = selector.selectedKeys();
    if (!selected.isEmpty()) {
      for (SelectionKey key : selected) {
        if (!key.isValid() || !(key.attachment() instanceof Slots)) {
          continue;
        }
        Slots slots = (Slots) key.attachment();
        int readyOps = key.readyOps();
        for (int d = READ; d <= WRITE; d++) {
          Waiter w = slots.waiters[d];
          if (w != null && (readyOps & slots.ops[d]) != 0) {
            loop.callSoon(w::ready);
          }
        }
      }
      selected.clear();
    }
  }

  /**
   * Before a select: waiters on keys cancelled by closing their channel are removed and told (in a
   * callback, so the loop does not block in select for a channel that can never become ready).
   */
  void failClosedWaiters() {
    List<SelectionKey> dead = null;
    for (SelectionKey key : waiting) {
      if (!key.isValid()) {
        if (dead == null) {
          dead = new ArrayList<>();
        }
        dead.add(key);
      }
    }
    if (dead == null) {
      return;
    }
    for (SelectionKey key : dead) {
      waiting.remove(key);
      Slots slots = (Slots) key.attachment();
      for (int d = READ; d <= WRITE; d++) {
        Waiter w = slots.waiters[d];
        slots.waiters[d] = null;
        if (w != null) {
          loop.callSoon(w::closed);
        }
      }
    }
  }

  /**
   * Makes the closing of channels take effect now. A closed channel that is registered keeps its
   * socket open until the selector drops its key in a select; a listening socket would go on
   * accepting connections (then reset them) until the loop's next iteration. The keys this select
   * finds ready wait in the selected set for the loop's own select.
   */
  void flushCancelledKeys() {
    try {
      selector.selectNow();
    } catch (IOException e) {
      throw new UncheckedIOException("select failed", e);
    }
  }

  /** The channel's key on this selector, registering it (with no interest) on first use. */
  private SelectionKey keyOf(SelectableChannel channel) {
    SelectionKey key = channel.keyFor(selector);
    try {
      if (key != null && !key.isValid() && channel.isOpen()) {
        selector.selectNow(); // deregisters the cancelled key; ready keys wait in the selected set
        key = null;
      }
      if (key == null || !key.isValid()) {
        key = channel.register(selector, 0, new Slots());
      } else if (!(key.attachment() instanceof Slots)) {
        key.attach(new Slots());
      }
    } catch (ClosedChannelException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException("select failed", e);
    }
    return key;
  }
}
