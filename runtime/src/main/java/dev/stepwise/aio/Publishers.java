package dev.stepwise.aio;

import dev.stepwise.AsyncGen;
import dev.stepwise.AsyncIterable;
import dev.stepwise.AsyncIterator;
import dev.stepwise.Awaitable;
import dev.stepwise.GenState;
import dev.stepwise.StopAsyncIteration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Asynchronous iterators as {@link Flow.Publisher}s: the bridge from Stepwise's pull side
 * ({@code async for}) to Reactive Streams' push side with request-driven backpressure. Python has
 * no counterpart in its standard library; a subscription is the demand-driven form of
 * {@code async for x in source: on_next(x)} wrapped in {@code contextlib.aclosing(source)}, and
 * it passes the Reactive Streams TCK for {@code java.util.concurrent.Flow}.
 *
 * <pre>{@code
 * // one subscriber: the generator itself
 * Flow.Publisher<Integer> once = Publishers.of(TicksSteps.INSTANCE.ticker(0.1, 3), loop);
 * // a fresh generator for each subscriber: an AsyncIterable whose aiter() creates one
 * Flow.Publisher<Integer> each = Publishers.of(() -> TicksSteps.INSTANCE.ticker(0.1, 3), loop);
 * }</pre>
 */
public final class Publishers {
  private Publishers() {}

  /**
   * A publisher of the elements of {@code source}, produced on {@code loop} as subscribers request
   * them.
   *
   * <p><b>Demand.</b> Each subscriber iterates {@code source.aiter()} (obtained on the loop's
   * thread when it subscribes). The publisher awaits the iterator's {@code anext()} in a task on
   * {@code loop} only while the subscriber has outstanding demand, and never more than one at a
   * time: an asynchronous generator runs up to its next yield only for an element that was
   * requested, and stays suspended otherwise. Each value is passed to {@code onNext} and uses one
   * unit of demand; {@link StopAsyncIteration} ends the stream with {@code onComplete}, any other
   * exception with {@code onError(exception)}. The end is found by an {@code anext()}, so even an
   * empty iterator completes only after a {@code request}. Demand adds up and saturates at
   * {@link Long#MAX_VALUE} (Reactive Streams rule 3.17); {@code request(n)} with {@code n <= 0}
   * signals {@code onError(IllegalArgumentException)} naming rule 3.9 and cancels.
   *
   * <p><b>Cancellation closes the generator.</b> {@code cancel()} stops requesting; an
   * {@code anext()} in progress is cancelled (the {@link CancelledError} is raised at the
   * generator's pending await, as when the task of an {@code async for} is cancelled), and an
   * {@link AsyncGen} that is not finished is then closed with {@link AsyncGen#aclose()} in a task on
   * {@code loop}, so its {@code finally} blocks run (and may await). An {@code aclose()} that fails
   * is reported to the loop's exception handler ("an error occurred during closing of asynchronous
   * generator ..."). An iterator that is not an {@code AsyncGen} is just no longer iterated. The
   * generator is closed the same way when the subscription ends with an error it did not raise
   * itself (a {@code request(n <= 0)}, a null element, a subscriber that throws).
   *
   * <p><b>Threads.</b> Every signal to the subscriber ({@code onSubscribe}, {@code onNext},
   * {@code onError}, {@code onComplete}) runs on the loop's thread, one at a time, so signals are
   * serialized (rule 1.3) and happen only while the loop runs; a publisher made before the loop
   * starts begins when it does. {@code subscribe}, {@code request} and {@code cancel} may be called
   * from any thread and never block: they hand the work to the loop with
   * {@link EventLoop#callSoonThreadsafe}. A call on the loop's thread (from {@code onNext}, say)
   * also takes effect in a later callback, so {@code request} from {@code onNext} does not recurse
   * (rule 3.3). Once the loop is closed nothing can run on it: {@code subscribe} then signals
   * {@code onSubscribe} and {@code onError(IllegalStateException("Event loop is closed"))} on the
   * calling thread, {@code request} signals that {@code onError} on the calling thread, and
   * {@code cancel} does nothing (the generator can no longer be closed). Close the loop after the
   * subscriptions have ended: one still waiting for a signal when the loop stops or closes gets
   * none.
   *
   * <p><b>One subscriber or many.</b> An {@link AsyncIterator} (an {@link AsyncGen}) is its own
   * {@code aiter()} and can be consumed once: the first subscriber gets it, and every later one
   * gets {@code onSubscribe} followed by {@code onError(IllegalStateException)} (rule 1.9). Any
   * other {@link AsyncIterable} is asked for a fresh iterator per subscriber, like Python's
   * {@code aiter(iterable)} for each {@code async for}: pass a lambda that creates the generator,
   * {@code () -> gens.ticker(0.1, 3)}, to serve any number of subscribers, each with its own
   * generator. An {@code aiter()} that throws, or returns null, gets the subscriber
   * {@code onSubscribe} and {@code onError} with that exception.
   *
   * <p><b>Misbehaving parties.</b> A null element is not allowed in a Flow (rule 2.13): the
   * subscription ends with {@code onError(NullPointerException)} and the generator is closed. A
   * subscriber whose method throws breaks rule 2.13: its subscription is cancelled (the generator
   * closed) and the exception is reported to the loop's exception handler.
   *
   * @param source the asynchronous generator, asynchronous iterator or iterable
   * @param loop the loop that runs the iteration and delivers the signals
   * @param <T> the element type
   * @return the publisher; its {@code subscribe(null)} throws {@link NullPointerException}
   *     (rule 1.9)
   * @throws NullPointerException if {@code source} or {@code loop} is null
   */
  public static <T> Flow.Publisher<T> of(AsyncIterable<? extends T> source, EventLoop loop) {
    if (source == null) {
      throw new NullPointerException("source");
    }
    if (loop == null) {
      throw new NullPointerException("loop");
    }
    return new IterablePublisher<>(source, loop);
  }

  /**
   * {@link #of(AsyncIterable, EventLoop)} on the loop running on the calling thread: call it from
   * a coroutine or a callback. Python's {@code asyncio.get_running_loop()} is the loop.
   *
   * @param source the asynchronous generator, asynchronous iterator or iterable
   * @param <T> the element type
   * @return the publisher
   * @throws NullPointerException if {@code source} is null
   * @throws IllegalStateException "no running event loop" when no loop runs on this thread
   */
  public static <T> Flow.Publisher<T> of(AsyncIterable<? extends T> source) {
    if (source == null) {
      throw new NullPointerException("source");
    }
    return of(source, EventLoop.running());
  }

  /** The publisher of {@link #of(AsyncIterable, EventLoop)}. */
  private static final class IterablePublisher<T> implements Flow.Publisher<T> {
    private final AsyncIterable<? extends T> source;
    private final EventLoop loop;
    /** For a source that is its own iterator: whether it was handed to a subscriber; else null. */
    private final AtomicBoolean taken;

    IterablePublisher(AsyncIterable<? extends T> source, EventLoop loop) {
      this.source = source;
      this.loop = loop;
      this.taken = source instanceof AsyncIterator ? new AtomicBoolean() : null;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
      if (subscriber == null) {
        throw new NullPointerException("subscriber (Reactive Streams rule 1.9)");
      }
      IteratorSubscription<T> subscription = new IteratorSubscription<>(loop, subscriber);
      if (taken != null && !taken.compareAndSet(false, true)) {
        subscription.reject(new IllegalStateException(source + " already has a subscriber: an asynchronous iterator"
            + " can be consumed once (to give each subscriber a fresh one, pass an AsyncIterable that creates it,"
            + " e.g. Publishers.of(() -> createGenerator(), loop))"));
        return;
      }
      subscription.start(source);
    }

    @Override
    public String toString() {
      return "Publishers.of(" + source + ")";
    }
  }

  /**
   * One subscriber's iteration. The fields below {@code cancelled} belong to the loop's thread;
   * {@code subscriber} and {@code cancelled} are shared with the threads calling
   * {@code request}/{@code cancel}.
   */
  private static final class IteratorSubscription<T> implements Flow.Subscription {
    private final EventLoop loop;
    /**
     * The subscriber until the subscription ends; dropped then (rule 3.13). Taking it out is the
     * right to send the terminal signal, so there is at most one.
     */
    private final AtomicReference<Flow.Subscriber<? super T>> subscriber;
    /** Set by {@code cancel()} and for a rejected subscriber: request and cancel are no-ops. */
    private volatile boolean cancelled;
    private AsyncIterator<? extends T> iterator;
    /** Requested and not yet delivered. */
    private long demand;
    /** The {@code anext()} in progress, or null. */
    private Future<? extends T> step;
    /** Ended (terminal signal or cancellation): nothing starts any more. */
    private boolean stopped;

    IteratorSubscription(EventLoop loop, Flow.Subscriber<? super T> subscriber) {
      this.loop = loop;
      this.subscriber = new AtomicReference<>(subscriber);
    }

    /** Subscribes: obtains the iterator and signals onSubscribe on the loop's thread. */
    void start(AsyncIterable<? extends T> source) {
      if (!post(() -> begin(source))) {
        rejectHere(new IllegalStateException("Event loop is closed"));
      }
    }

    /** Signals onSubscribe and then onError(reason) on the loop's thread (on this one if it is closed). */
    void reject(Throwable reason) {
      cancelled = true;
      if (!post(() -> rejectHere(reason))) {
        rejectHere(reason);
      }
    }

    private void begin(AsyncIterable<? extends T> source) {
      AsyncIterator<? extends T> it;
      try {
        it = source.aiter();
        if (it == null) {
          throw new NullPointerException(source + ".aiter() returned null");
        }
      } catch (Throwable e) {
        rejectHere(e);
        return;
      }
      iterator = it;
      Flow.Subscriber<? super T> s = subscriber.get();
      try {
        s.onSubscribe(this);
      } catch (Throwable e) {
        subscriberFailed(s, "onSubscribe", e);
      }
    }

    private void rejectHere(Throwable reason) {
      cancelled = true;
      stopped = true;
      Flow.Subscriber<? super T> s = subscriber.get();
      try {
        s.onSubscribe(this);
      } catch (Throwable e) {
        subscriber.set(null);
        report("Flow.Subscriber.onSubscribe raised an exception (Reactive Streams rule 2.13)", e, s);
        return;
      }
      terminate(reason);
    }

    @Override
    public void request(long n) {
      if (cancelled) {
        return; // rule 3.6
      }
      if (!post(() -> onRequest(n))) {
        terminate(new IllegalStateException("Event loop is closed"));
      }
    }

    @Override
    public void cancel() {
      if (cancelled) {
        return; // rule 3.7
      }
      cancelled = true;
      subscriber.set(null);
      post(this::onCancel); // a closed loop runs nothing: the generator cannot be closed any more
    }

    private boolean post(Runnable callback) {
      try {
        loop.callSoonThreadsafe(callback);
        return true;
      } catch (IllegalStateException closed) {
        return false;
      }
    }

    private void onRequest(long n) {
      if (stopped) {
        return;
      }
      if (n <= 0) {
        fail(new IllegalArgumentException("non-positive subscription request: " + n + " (Reactive Streams rule 3.9)"));
        return;
      }
      demand += n;
      if (demand < 0) {
        demand = Long.MAX_VALUE; // rule 3.17
      }
      pump();
    }

    private void onCancel() {
      if (!stopped) {
        stop();
      }
    }

    /** Starts the next anext() if there is demand and none is in progress. */
    private void pump() {
      if (stopped || step != null || demand == 0) {
        return;
      }
      if (cancelled) {
        stop(); // cancelled on another thread; its onCancel is still queued
        return;
      }
      try {
        launch(iterator.anext());
      } catch (Throwable e) {
        ended(e);
      }
    }

    private <U extends T> void launch(Awaitable<U> next) {
      if (next == null) {
        throw new NullPointerException(iterator + ".anext() returned null");
      }
      Future<U> f = Aio.ensureFuture(next, loop);
      step = f;
      f.addDoneCallback(this::stepDone);
    }

    private void stepDone(Future<? extends T> f) {
      step = null;
      T value;
      try {
        value = f.result(); // also marks its exception retrieved
      } catch (Throwable e) {
        if (stopped) {
          closeIterator(); // cancelled while it ran: its outcome is dropped
        } else {
          ended(e);
        }
        return;
      }
      if (stopped) {
        closeIterator();
        return;
      }
      if (value == null) {
        fail(new NullPointerException(iterator + " produced null: a Flow has no null elements (Reactive Streams rule 2.13)"));
        return;
      }
      Flow.Subscriber<? super T> s = subscriber.get();
      if (s == null) {
        stop(); // cancelled on another thread
        return;
      }
      demand--;
      try {
        s.onNext(value);
      } catch (Throwable e) {
        subscriberFailed(s, "onNext", e);
        return;
      }
      pump();
    }

    /** The iteration ended with {@code e}: StopAsyncIteration completes, anything else fails. */
    private void ended(Throwable e) {
      if (e instanceof StopAsyncIteration) {
        stopped = true;
        iterator = null;
        Flow.Subscriber<? super T> s = subscriber.getAndSet(null);
        if (s != null) {
          try {
            s.onComplete();
          } catch (Throwable t) {
            report("Flow.Subscriber.onComplete raised an exception (Reactive Streams rule 2.13)", t, s);
          }
        }
      } else {
        fail(e);
      }
    }

    private void fail(Throwable e) {
      stop();
      terminate(e);
    }

    /** Signals onError(e) unless the subscription already ended. */
    private void terminate(Throwable e) {
      Flow.Subscriber<? super T> s = subscriber.getAndSet(null);
      if (s != null) {
        try {
          s.onError(e);
        } catch (Throwable t) {
          report("Flow.Subscriber.onError raised an exception (Reactive Streams rule 2.13)", t, s);
        }
      }
    }

    /** Rule 2.13: a subscriber that throws is considered to have cancelled; the error is reported. */
    private void subscriberFailed(Flow.Subscriber<? super T> s, String method, Throwable e) {
      cancelled = true;
      subscriber.set(null);
      if (!stopped) {
        stop();
      }
      report("Flow.Subscriber." + method + " raised an exception (Reactive Streams rule 2.13); its subscription is cancelled", e, s);
    }

    /** Ends the iteration: cancels the anext() in progress, or else closes the iterator. */
    private void stop() {
      stopped = true;
      if (step != null) {
        step.cancel(); // stepDone closes the iterator
      } else {
        closeIterator();
      }
    }

    private void closeIterator() {
      AsyncIterator<? extends T> it = iterator;
      iterator = null;
      if (!(it instanceof AsyncGen)) {
        return;
      }
      AsyncGen<?, ?, ?> gen = (AsyncGen<?, ?, ?>) it;
      if (gen.state() == GenState.CLOSED) {
        return;
      }
      Task<Void> closing;
      try {
        closing = loop.createTask(gen.aclose());
      } catch (RuntimeException | Error e) {
        reportClose(gen, e);
        return;
      }
      closing.addDoneCallback(t -> {
        Throwable e = t.cancelled() ? null : t.exception();
        if (e != null) {
          reportClose(gen, e);
        }
      });
    }

    private void reportClose(AsyncGen<?, ?, ?> gen, Throwable e) {
      Map<String, Object> context = new LinkedHashMap<>();
      context.put("message", "an error occurred during closing of asynchronous generator " + gen);
      context.put("exception", e);
      context.put("asyncgen", gen);
      loop.callExceptionHandler(context);
    }

    private void report(String message, Throwable e, Flow.Subscriber<?> s) {
      Map<String, Object> context = new LinkedHashMap<>();
      context.put("message", message);
      context.put("exception", e);
      context.put("subscriber", s);
      loop.callExceptionHandler(context);
    }

    @Override
    public String toString() {
      return "<Flow.Subscription of " + iterator + " demand=" + demand + (cancelled ? " cancelled" : "") + ">";
    }
  }
}
