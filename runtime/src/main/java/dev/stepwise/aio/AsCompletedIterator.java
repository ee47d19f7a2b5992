package dev.stepwise.aio;

import dev.stepwise.AsyncIterable;
import dev.stepwise.Awaitable;

/**
 * What {@link Aio#asCompleted} returns, usable both ways Python 3.13 allows. With a plain
 * {@code for}, it hands out new awaitables, each producing the result of the next future to
 * finish. With {@code for (Future<T> f : Async.iter(...))} ({@code async for}), it produces the
 * futures themselves as they finish: the very tasks and futures given (coroutines were wrapped in
 * tasks), already done. Python's {@code asyncio.tasks._AsCompletedIterator}. One-shot, whichever
 * way it is used.
 *
 * @param <T> the result type
 */
public interface AsCompletedIterator<T> extends Iterable<Awaitable<T>>, AsyncIterable<Future<T>> {}
