package dev.stepwise.aio;

/**
 * The base of the synchronisation primitives and queues: they bind to the running loop the first
 * time they need a future, and refuse to be used from another loop. Python's
 * {@code asyncio.mixins._LoopBoundMixin}. Like asyncio's, these objects are not thread-safe: use
 * them on their loop's thread.
 */
abstract class LoopBound {
  private EventLoop loop;

  LoopBound() {}

  /**
   * The running loop, which becomes this object's loop on first use.
   *
   * @throws IllegalStateException "no running event loop"
   * @throws RuntimeException "... is bound to a different event loop"
   */
  final EventLoop boundLoop() {
    EventLoop running = EventLoop.running();
    if (loop == null) {
      loop = running;
    }
    if (running != loop) {
      throw new RuntimeException(this + " is bound to a different event loop");
    }
    return loop;
  }

  /** A pending future on the bound loop. */
  final <T> Future<T> newWaiter() {
    return boundLoop().createFuture();
  }

  /** The message of the {@code close()} of a primitive used with {@code Async.with}. */
  static IllegalStateException closedDirectly(Object primitive) {
    String type = primitive.getClass().getSimpleName();
    return new IllegalStateException("a " + type + " must be used through Async.with in a coroutine (async with),"
        + " not closed directly; outside 'async with' call release()");
  }

  /**
   * The {@code __aexit__} of a lock-like primitive: releases it and never suppresses the
   * exception leaving the block.
   */
  static dev.stepwise.Awaitable<Boolean> releasingExit(String name, Runnable release) {
    return LibraryCoro.of(name, () -> {
      release.run();
      return Boolean.FALSE;
    });
  }
}
