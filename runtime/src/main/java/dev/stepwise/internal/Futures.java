package dev.stepwise.internal;

import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Future;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * Bridges a {@link CompletionStage}, completed on any thread, to a loop {@link Future}: the
 * completion is carried onto the loop's thread, and cancelling the loop future cancels the stage.
 * Python's {@code asyncio.wrap_future}. Not for users.
 */
public final class Futures {
  private Futures() {}

  /**
   * A future on {@code loop} that completes like {@code stage}.
   *
   * @param stage the stage, completed on any thread
   * @param loop the loop whose thread receives the completion
   * @param <T> the result type
   * @return the loop future
   */
  public static <T> Future<T> fromStage(CompletionStage<T> stage, EventLoop loop) {
    Future<T> f = loop.createFuture();
    loop.expectFromOtherThread(f);
    stage.whenComplete((value, error) -> loop.callSoonThreadsafe(() -> {
      if (f.done()) {
        return;
      }
      if (error != null) {
        f.setException(unwrap(error));
      } else {
        f.setResult(value);
      }
    }));
    f.addDoneCallback(done -> {
      if (done.cancelled()) {
        CompletableFuture<T> cf = stage.toCompletableFuture();
        cf.cancel(false);
      }
    });
    return f;
  }

  /** The cause of a {@link CompletionException} or {@link ExecutionException}, as the user threw it. */
  public static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof java.util.concurrent.CancellationException) {
      return new dev.stepwise.aio.CancelledError(e.getMessage());
    }
    return e;
  }
}
