package dev.stepwise.conformance;

import dev.stepwise.AsyncContextManager;
import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.VirtualClock;
import dev.stepwise.internal.ReferenceCoro;
import dev.stepwise.internal.Sneaky;

/**
 * Coroutine bodies for the aio_ twins, written as straight-line Java and run by the reference
 * executor ({@link ReferenceCoro}) until the processor lowers {@code @Coroutine} bodies: Python's
 * {@code await x} is {@link #await(Object)}, {@code async with m as v: body} is
 * {@link #with(AsyncContextManager, WithBody)}, and {@code asyncio.run(main())} is
 * {@link #run(Coro)} on a virtual clock.
 */
final class Aw {
  private Aw() {}

  /** A coroutine body: returns the coroutine's result. */
  @FunctionalInterface
  interface Body {
    Object run() throws Exception;
  }

  /** The body of an {@code async with} block, given the bound value. */
  @FunctionalInterface
  interface WithBody<T> {
    Object run(T bound) throws Exception;
  }

  /** A coroutine named {@code name} whose body is {@code body}. */
  static Coro<Object> coro(String name, Body body) {
    return new ReferenceCoro<>(name, () -> {
      Coro<Object> done = Coro.done(body.run());
      done.close(); // a completion marker, not a coroutine anyone should await
      return done;
    });
  }

  /** Python's {@code await x}, inside a body. */
  static <T> T await(Object awaitable) {
    return ReferenceCoro.current().await(awaitable);
  }

  /**
   * Python's {@code async with manager as bound: body}, as the processor will lower it: enter,
   * the body, then exit on every way out; an exception the exit does not suppress propagates.
   */
  static <T> Object with(AsyncContextManager<T> manager, WithBody<T> body) throws Exception {
    T bound = await(manager.enter());
    Object result;
    try {
      result = body.run(bound);
    } catch (Throwable t) {
      Boolean suppress = await(manager.exit(t));
      if (Boolean.TRUE.equals(suppress)) {
        return null;
      }
      throw Sneaky.raise(t);
    }
    await(manager.exit(null));
    return result;
  }

  /** Python's {@code asyncio.run(main)}, on a virtual clock. */
  static Object run(Coro<Object> main) {
    return Aio.run(main, new VirtualClock());
  }
}
