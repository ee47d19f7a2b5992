package dev.stepwise;

/**
 * The coroutine step keywords: {@code Async.await(x)} is Python's {@code await x},
 * {@code Async.iter(x)} in an enhanced {@code for} is {@code async for}, and {@code Async.with(x)}
 * in a try-with-resources is {@code async with}. They may appear only in {@code @Coroutine} and
 * {@code @AsyncGenerator} bodies; in a generator they are the compile error "'await' outside
 * coroutine", as in Python.
 *
 * <p>Executed directly, without the processor, they throw {@link IllegalStateException}.
 */
public final class Async {
  private Async() {}

  /**
   * Suspends until {@code awaitable} completes and evaluates to its result: Python's
   * {@code await awaitable}. The result has the awaitable's type, so
   * {@code System.out.println(await(fetch()))} and {@code await(fetch()).length()} work.
   *
   * @param awaitable a coroutine, a future or task, or a user awaitable
   * @param <T> the result type
   * @return the result
   * @throws IllegalStateException when executed outside a transformed body
   */
  public static <T> T await(Awaitable<T> awaitable) {
    return awaitAny(awaitable);
  }

  /**
   * Suspends until {@code stage}, completed on any thread, completes; its completion is carried
   * onto the loop's thread. A failure is raised unwrapped from {@code CompletionException}.
   *
   * @param stage the stage
   * @param <T> the result type
   * @return the result
   * @throws IllegalStateException when executed outside a transformed body
   */
  public static <T> T await(java.util.concurrent.CompletionStage<T> stage) {
    return awaitAny(stage);
  }

  /**
   * {@code await} on any object, for values whose awaitability is only known at run time; like
   * Python, awaiting something that is not awaitable raises there ("object int can't be used
   * in 'await' expression", an {@link IllegalArgumentException}).
   *
   * @param awaitable what to wait for
   * @param <T> the type the result is assigned to
   * @return the result
   * @throws IllegalStateException when executed outside a transformed body
   */
  public static <T> T await(Object awaitable) {
    return awaitAny(awaitable);
  }

  private static <T> T awaitAny(Object awaitable) {
    dev.stepwise.internal.AwaitingBody coro = dev.stepwise.internal.AwaitingBody.current();
    if (coro == null) {
      throw new IllegalStateException(
          "Async.await was executed directly: the method was not transformed by the Stepwise processor."
              + " Put dev.stepwise:stepwise-processor on the compiler's annotationProcessorPaths and"
              + " annotate the interface or method with @Coroutine.");
    }
    return coro.await(awaitable);
  }

  /**
   * Marks an enhanced {@code for} over an asynchronous iterable: Python's {@code async for}.
   * {@code for (T x : Async.iter(source)) body} awaits {@code anext()} of
   * {@code source.aiter()} before each pass and ends when it raises {@link StopAsyncIteration}; a
   * {@code break} does not close the iterator (Python's rule). Only in the iterable of an enhanced
   * {@code for} in a {@code @Coroutine} or {@code @AsyncGenerator} body.
   *
   * @param source the asynchronous iterable: an {@link AsyncGen}, an {@link AsyncIterator}, ...
   * @param <T> the element type
   * @return never returns normally outside a transformed body
   * @throws IllegalStateException when executed outside a transformed body
   */
  public static <T> Iterable<T> iter(AsyncIterable<T> source) {
    return iter((Object) source);
  }

  /**
   * {@link #iter(AsyncIterable)} for a source whose type is known only at run time; anything but
   * an {@link AsyncIterable} raises "'async for' requires an object with __aiter__ method, got X"
   * ({@link IllegalArgumentException}, Python's TypeError) when the loop starts.
   *
   * @param source the source
   * @param <T> the element type, as the loop's variable declares it
   * @return never returns normally outside a transformed body
   * @throws IllegalStateException when executed outside a transformed body
   */
  public static <T> Iterable<T> iter(Object source) {
    dev.stepwise.internal.AwaitingBody body = dev.stepwise.internal.AwaitingBody.current();
    if (body != null) {
      return new dev.stepwise.internal.ReferenceAsyncFor<>(body, source);
    }
    throw new IllegalStateException(
        "Async.iter was executed directly: the method was not transformed by the Stepwise processor");
  }

  /**
   * Marks a try-with-resources resource as an asynchronous context manager: Python's
   * {@code async with}.
   *
   * <p>The resource's variable receives what {@link AsyncContextManager#enter()} produces; the
   * processor awaits {@link AsyncContextManager#exit(Throwable)} on every way out of the block.
   * The bound type is {@link AutoCloseable} only so that the statement compiles as plain Java; its
   * {@code close()} is never called by the transformed code.
   *
   * @param manager the asynchronous context manager
   * @param <T> the type of the value it binds
   * @return never returns normally outside a transformed body
   * @throws IllegalStateException when executed outside a transformed body
   */
  public static <T extends AutoCloseable> T with(AsyncContextManager<T> manager) {
    if (dev.stepwise.internal.AwaitingBody.current() != null) {
      throw new UnsupportedOperationException(
          "Async.with is not supported by the reference executor (-Dstepwise.executor=reference): the"
              + " exit of an async with cannot be awaited from an untransformed try-with-resources."
              + " Run this coroutine on its state machine.");
    }
    throw new IllegalStateException(
        "Async.with was executed directly: the method was not transformed by the Stepwise processor");
  }
}
