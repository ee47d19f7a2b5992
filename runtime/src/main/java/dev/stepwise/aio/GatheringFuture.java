package dev.stepwise.aio;

import dev.stepwise.Awaitable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The future {@link Aio#gather} returns. Python's {@code asyncio.tasks._GatheringFuture}.
 *
 * <p>It finishes with the list of the children's results in argument order once every child is
 * done. Without {@code returnExceptions} the first child that fails (or is cancelled) finishes it
 * at once with that exception (a {@link CancelledError} for a cancelled child: the gather future
 * is then <em>not</em> cancelled), and the other children go on running. With
 * {@code returnExceptions} every outcome is a list element: a result, an exception, or a new
 * {@code CancelledError}: with the cancel message of a cancelled future ({@code ""} when it had
 * none), always with {@code ""} for a cancelled task (as CPython, which does not keep a task's
 * message where gather reads it; awaiting the task itself raises its message).
 *
 * <p>{@link #cancel(String)} does not cancel the future itself, as {@code Task.cancel} does not:
 * it cancels the unfinished children, and the future then finishes with {@code CancelledError}
 * once they are all done, whatever {@code returnExceptions} says.
 */
final class GatheringFuture extends Future<List<Object>> {
  private final List<Future<?>> children = new ArrayList<>();
  private final boolean returnExceptions;
  private final Consumer<Future<?>> onChildDone = this::childDone;
  private int nfuts;
  private int nfinished;
  private boolean cancelRequested;

  private GatheringFuture(EventLoop loop, boolean returnExceptions) {
    super(loop);
    this.returnExceptions = returnExceptions;
  }

  /** Python's {@code gather()} for a non-empty argument list. */
  static GatheringFuture gather(boolean returnExceptions, Collection<? extends Awaitable<?>> aws) {
    Map<Object, Future<?>> argToFut = new IdentityHashMap<>();
    List<Future<?>> children = new ArrayList<>(aws.size());
    List<Future<?>> unique = new ArrayList<>();
    List<Future<?>> doneFuts = new ArrayList<>();
    EventLoop loop = null;
    for (Awaitable<?> arg : aws) {
      Future<?> fut = argToFut.get(arg);
      if (fut == null) {
        fut = Aio.ensureFuture(arg, loop);
        loop = fut.loop();
        argToFut.put(arg, fut);
        unique.add(fut);
        if (fut.done()) {
          doneFuts.add(fut);
        }
      }
      children.add(fut);
    }
    GatheringFuture outer = new GatheringFuture(loop, returnExceptions);
    outer.children.addAll(children);
    outer.nfuts = unique.size();
    for (Future<?> fut : unique) {
      if (!fut.done()) {
        fut.addDoneCallback(outer.onChildDone);
      }
    }
    // Python 3.12+: children that are already done are accounted for at once.
    for (Future<?> fut : doneFuts) {
      outer.childDone(fut);
    }
    return outer;
  }

  /**
   * Cancels every unfinished child. Python's {@code _GatheringFuture.cancel()}.
   *
   * @param message passed to each child's {@code cancel}
   * @return true if at least one child was cancelled (this future then finishes with
   *     {@link CancelledError} once all children are done)
   */
  @Override
  public boolean cancel(String message) {
    if (done()) {
      return false;
    }
    boolean ret = false;
    for (Future<?> child : children) {
      if (child.cancel(message)) {
        ret = true;
      }
    }
    if (ret) {
      cancelRequested = true;
    }
    return ret;
  }

  private void childDone(Future<?> fut) {
    nfinished++;
    if (done()) {
      if (!fut.cancelled()) {
        fut.exception(); // mark it retrieved
      }
      return;
    }
    if (!returnExceptions) {
      if (fut.cancelled()) {
        setException(fut.cancelledError());
        return;
      }
      Throwable exc = fut.exception();
      if (exc != null) {
        setException(exc);
        return;
      }
    }
    if (nfinished == nfuts) {
      List<Object> results = new ArrayList<>(children.size());
      for (Future<?> child : children) {
        if (child.cancelled()) {
          // As CPython: a task's own cancel message is not kept on its Future part (Task.__step
          // cancels it without one), so a cancelled task gives CancelledError(''); a future keeps
          // the message given to cancel().
          String message = child instanceof Task ? null : child.cancelledError().getMessage();
          results.add(new CancelledError(message == null ? "" : message));
        } else {
          Throwable exc = child.exception();
          results.add(exc != null ? exc : child.result());
        }
      }
      if (cancelRequested) {
        setException(fut.cancelledError());
      } else {
        setResult(results);
      }
    }
  }

  @Override
  public String toString() {
    return "<_GatheringFuture " + describeState() + ">";
  }
}
