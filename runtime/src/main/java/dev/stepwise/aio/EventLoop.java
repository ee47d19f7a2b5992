package dev.stepwise.aio;

import dev.stepwise.Coro;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * A single-threaded event loop: a FIFO queue of ready callbacks, a heap of timers ordered by
 * (deadline, sequence), and an NIO {@link Selector} as the multiplexer it waits on. Python's
 * {@code asyncio} event loop ({@code BaseEventLoop} with a selector).
 *
 * <p>{@link #runOnce()} is the only place callbacks run. Each iteration runs exactly the callbacks
 * that were ready when it started; callbacks they schedule run in the next iteration. A failing
 * callback never takes the loop down: its exception goes to the exception handler with a context
 * map. Everything but {@link #callSoonThreadsafe} must be called on the loop's thread.
 *
 * <p>The clock is injectable: with a {@link VirtualClock} the loop never sleeps, it jumps to the
 * next timer when it has nothing else to do, so tests of timing are exact and instant.
 */
public final class EventLoop implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger("dev.stepwise.aio");
  /**
   * The system property naming a signal ({@code USR1}, ...) on which a loop in debug mode logs its
   * {@link #dumpTasks() task dump} at INFO.
   */
  public static final String DUMP_SIGNAL_PROPERTY = "stepwise.dumpSignal";
  private static final ThreadLocal<EventLoop> RUNNING = new ThreadLocal<>();
  /** asyncio's MAXIMUM_SELECT_TIMEOUT: never block longer than a day in one select. */
  private static final double MAX_SELECT_SECONDS = 24 * 3600;

  private final Clock clock;
  private final Selector selector;
  private final SelectorIo io;
  private final ArrayDeque<Handle> ready = new ArrayDeque<>();
  private final PriorityQueue<TimerHandle> timers = new PriorityQueue<>();
  private final ConcurrentLinkedQueue<Runnable> fromOtherThreads = new ConcurrentLinkedQueue<>();
  /** True while the loop blocks in select; a thread-safe call wakes the selector only then. */
  private final AtomicBoolean selecting = new AtomicBoolean();
  private int cancelledTimers;
  private long sequence;
  private Thread thread;
  private boolean stopping;
  private boolean closed;
  private boolean debug;
  private double slowCallbackDuration = 0.1;
  /** Whether debug mode installed the handler that logs the task dump on {@link #DUMP_SIGNAL_PROPERTY}. */
  private boolean dumpsOnSignal;
  private BiConsumer<EventLoop, Map<String, Object>> exceptionHandler;
  final TaskList tasks = new TaskList();
  final List<Future<?>> unretrieved = new ArrayList<>();
  private int taskCounter;
  /** The task whose step is running, or null. */
  Task<?> current;
  private final List<dev.stepwise.Coro<?>> untaken = new ArrayList<>();
  /** The executor of {@code runInExecutor(null, ...)}, created on first use. */
  private java.util.concurrent.ExecutorService defaultExecutor;
  private boolean executorShutdownCalled;
  private java.nio.ByteBuffer sharedReadBuffer;
  /** While running: the loop thread's list of coroutines created this iteration (see NeverAwaited). */
  private List<dev.stepwise.internal.CoroFrame<?>> createdHere = List.of();
  /**
   * Operations another thread will finish (executor jobs, awaited stages, child processes, pipe
   * readers): while there are any, a virtual clock follows real time toward its next timer instead
   * of jumping there.
   */
  private int outsideWork;
  /** The future {@link #runUntilComplete(Future)} runs until, while it does; else null. */
  private Future<?> runningUntil;
  /**
   * How long (real seconds) a loop on a virtual clock that nothing can wake waits for another
   * thread before {@link #runUntilComplete} gives up: the system property
   * {@value #STUCK_AFTER_PROPERTY}, 10 by default.
   */
  double stuckAfterSeconds;

  /**
   * The system property that sets how many real seconds {@link #runUntilComplete} on a
   * {@link VirtualClock} waits for another thread once nothing else can wake the loop, before it
   * fails as stuck (10 by default).
   */
  public static final String STUCK_AFTER_PROPERTY = "stepwise.virtualClock.stuckAfter";

  /** A loop on the system clock. Python's {@code asyncio.new_event_loop()}. */
  public EventLoop() {
    this(Clock.SYSTEM);
  }

  /**
   * A loop on the given clock (a {@link VirtualClock} for tests).
   *
   * @param clock the time source
   * @throws UncheckedIOException if the selector cannot be opened
   * @throws IllegalArgumentException for a virtual clock, if {@value #STUCK_AFTER_PROPERTY} is set
   *     to anything but a positive number of seconds
   */
  public EventLoop(Clock clock) {
    if (clock == null) {
      throw new NullPointerException("clock");
    }
    this.clock = clock;
    this.stuckAfterSeconds = clock.isVirtual() ? stuckAfterFromProperty() : 0;
    try {
      this.selector = Selector.open();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a selector for the event loop", e);
    }
    this.io = new SelectorIo(this, selector);
  }

  /**
   * The loop running on the current thread. Python's {@code asyncio.get_running_loop()}.
   *
   * @return the running loop
   * @throws IllegalStateException "no running event loop" when there is none
   */
  public static EventLoop running() {
    EventLoop loop = runningOrNull();
    if (loop == null) {
      throw new IllegalStateException("no running event loop");
    }
    return loop;
  }

  /**
   * The loop running on the current thread, or null.
   *
   * @return the running loop or null
   */
  public static EventLoop runningOrNull() {
    EventLoop loop = RUNNING.get();
    return loop != null ? loop : dev.stepwise.internal.ReferenceCoro.loopOfCurrentBody();
  }

  /**
   * The loop's time in seconds. Python's {@code loop.time()}.
   *
   * @return seconds on the loop's clock
   */
  public double time() {
    return clock.now();
  }

  /**
   * Schedules {@code callback} to run in a following iteration, after the callbacks already queued.
   * Python's {@code loop.call_soon()}.
   *
   * @param callback what to run
   * @return a handle that can cancel it
   * @throws IllegalStateException "Event loop is closed"
   */
  public Handle callSoon(Runnable callback) {
    checkOpen();
    Handle h = new Handle(this, callback);
    ready.add(h);
    return h;
  }

  void schedule(Handle handle) {
    checkOpen();
    ready.add(handle);
  }

  /**
   * Schedules {@code callback} to run {@code delay} seconds from now. Python's
   * {@code loop.call_later()}.
   *
   * @param delay seconds, may be 0 or negative (then it runs in the next iteration after the
   *     callbacks already queued)
   * @param callback what to run
   * @return a handle that can cancel it
   */
  public TimerHandle callLater(double delay, Runnable callback) {
    return callAt(time() + delay, callback);
  }

  /**
   * Schedules {@code callback} to run at loop time {@code when}. Python's {@code loop.call_at()}.
   *
   * @param when a time on this loop's clock
   * @param callback what to run
   * @return a handle that can cancel it
   */
  public TimerHandle callAt(double when, Runnable callback) {
    checkOpen();
    if (Double.isNaN(when)) {
      throw new IllegalArgumentException("callAt: the deadline is NaN");
    }
    TimerHandle t = new TimerHandle(this, when, sequence++, callback);
    timers.add(t);
    return t;
  }

  /**
   * Schedules {@code callback} from any thread; wakes the loop if it is waiting in select. Python's
   * {@code loop.call_soon_threadsafe()}.
   *
   * @param callback what to run on the loop's thread
   * @throws IllegalStateException "Event loop is closed"
   */
  public void callSoonThreadsafe(Runnable callback) {
    if (closed) {
      throw new IllegalStateException("Event loop is closed");
    }
    fromOtherThreads.add(callback);
    if (selecting.compareAndSet(true, false)) {
      selector.wakeup();
    }
  }

  void timerCancelled() {
    cancelledTimers++;
  }

  /**
   * Tells the loop that another thread will finish {@code future} (through
   * {@link #callSoonThreadsafe}). Until it is done, a loop on a {@link VirtualClock} that has nothing
   * to run waits for it in real time, its clock following real time toward the next timer rather
   * than jumping there: a timeout around work done elsewhere then fires no earlier than it would
   * on the system clock. On the system clock it changes nothing. {@link #runInExecutor},
   * {@link Aio#toThread}, awaiting a {@link java.util.concurrent.CompletionStage} and subprocesses
   * do this themselves, and a task waiting for a socket holds the clock the same way; call it for
   * futures your own threads complete.
   * Python has no counterpart (its test loops run no real I/O). Call it on the loop's thread.
   *
   * @param future the future another thread will finish
   * @throws NullPointerException if {@code future} is null
   */
  public void expectFromOtherThread(Future<?> future) {
    if (future.done()) {
      return;
    }
    outsideWork++;
    future.addDoneCallback(f -> outsideWork--);
  }

  /** Another thread will call back until the matching {@link #outsideWorkEnded}; loop thread. */
  void outsideWorkStarted() {
    outsideWork++;
  }

  /** Ends one {@link #outsideWorkStarted}; loop thread. */
  void outsideWorkEnded() {
    outsideWork--;
  }

  /**
   * A new future bound to this loop. Python's {@code loop.create_future()}.
   *
   * @param <T> the result type
   * @return a pending future
   */
  public <T> Future<T> createFuture() {
    return new Future<>(this);
  }

  /**
   * Wraps a coroutine in a task scheduled on this loop. Python's {@code loop.create_task()}.
   *
   * @param coro the coroutine
   * @param <T> its result type
   * @return the task; its first step runs in a following iteration
   */
  public <T> Task<T> createTask(Coro<T> coro) {
    return new Task<>(this, coro, null);
  }

  /**
   * Wraps a coroutine in a named task. Python's {@code loop.create_task(coro, name=name)}.
   *
   * @param coro the coroutine
   * @param name the task's name; null for the default {@code Task-N}
   * @param <T> its result type
   * @return the task
   */
  public <T> Task<T> createTask(Coro<T> coro, String name) {
    return new Task<>(this, coro, name);
  }

  int nextTaskNumber() {
    return ++taskCounter;
  }

  /**
   * Runs {@code fn} on a thread of {@code executor} and returns a future of this loop that
   * finishes with its result or exception; the completion reaches the loop's thread through
   * {@link #callSoonThreadsafe}. Cancelling the future before {@code fn} starts keeps it from
   * running (once it runs, it runs to its end and its result is dropped). Python's
   * {@code loop.run_in_executor()}. Call it on the loop's thread.
   *
   * @param executor where to run it; null for the loop's default executor, a pool of at most
   *     {@code min(32, processors + 4)} daemon threads created on first use and shut down by
   *     {@link #close()} (and waited for by {@link Aio#run})
   * @param fn the blocking function; checked exceptions it throws reach the await unchanged
   * @param <T> its result type
   * @return the future of its outcome
   * @throws IllegalStateException "Event loop is closed"
   * @throws RuntimeException "Executor shutdown has been called" for the default executor after
   *     {@link #shutdownDefaultExecutor()}
   * @throws java.util.concurrent.RejectedExecutionException if {@code executor} refuses it
   */
  public <T> Future<T> runInExecutor(java.util.concurrent.Executor executor, java.util.concurrent.Callable<T> fn) {
    checkOpen();
    if (fn == null) {
      throw new NullPointerException("fn");
    }
    if (executor == null) {
      if (executorShutdownCalled) {
        throw new RuntimeException("Executor shutdown has been called");
      }
      if (defaultExecutor == null) {
        defaultExecutor = DefaultExecutor.create();
      }
      executor = defaultExecutor;
    }
    java.util.concurrent.CompletableFuture<T> outcome = new java.util.concurrent.CompletableFuture<>();
    executor.execute(() -> {
      if (outcome.isDone()) {
        return; // cancelled before it started
      }
      try {
        outcome.complete(fn.call());
      } catch (Throwable t) {
        outcome.completeExceptionally(t);
      }
    });
    return dev.stepwise.internal.Futures.fromStage(outcome, this);
  }

  /**
   * Shuts the default executor down and returns a future that finishes once its threads have
   * ended (waiting at most 300 seconds, then logging a warning); later
   * {@code runInExecutor(null, ...)} calls fail. Python's {@code loop.shutdown_default_executor()}.
   *
   * @return a future finished with null
   */
  public Future<Void> shutdownDefaultExecutor() {
    executorShutdownCalled = true;
    Future<Void> done = createFuture();
    java.util.concurrent.ExecutorService executor = defaultExecutor;
    if (executor == null) {
      done.setResult(null);
      return done;
    }
    expectFromOtherThread(done);
    Thread joiner = new Thread(() -> {
      executor.shutdown();
      boolean terminated = false;
      try {
        terminated = executor.awaitTermination(DefaultExecutor.JOIN_TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (!terminated) {
        LOG.log(System.Logger.Level.WARNING, "The executor did not finishing joining its threads within "
            + DefaultExecutor.JOIN_TIMEOUT_SECONDS + " seconds.");
      }
      try {
        callSoonThreadsafe(() -> {
          if (!done.done()) {
            done.setResult(null);
          }
        });
      } catch (IllegalStateException closed) {
        // The loop was closed meanwhile: nobody waits for the future.
      }
    }, "stepwise-executor-shutdown");
    joiner.setDaemon(true);
    joiner.start();
    return done;
  }

  /**
   * Closes every asynchronous generator that was started on this loop and has not finished, all
   * at once ({@code aclose()} of each, gathered); one whose closing fails is reported to the
   * exception handler ("an error occurred during closing of asynchronous generator ...") and the
   * others still close. Python's {@code loop.shutdown_asyncgens()}; {@link Aio#run} calls it after
   * the main coroutine and the leftover tasks are done.
   *
   * @return a coroutine finished with null once every generator is closed
   */
  public Coro<Void> shutdownAsyncgens() {
    return new LibraryCoro<Void>("BaseEventLoop.shutdown_asyncgens") {
      private List<dev.stepwise.AsyncGen<?, ?, ?>> closing;

      @Override
      @SuppressWarnings("unchecked")
      protected int $resume(Throwable injected) throws Throwable {
        if (injected != null) {
          throw injected;
        }
        if ($state == 0) {
          closing = dev.stepwise.internal.AsyncGens.takeUnfinished(EventLoop.this);
          if (closing.isEmpty()) {
            return ret(null);
          }
          List<dev.stepwise.Awaitable<?>> closes = new ArrayList<>();
          for (dev.stepwise.AsyncGen<?, ?, ?> g : closing) {
            closes.add(g.aclose());
          }
          return await(Aio.gather(true, closes), 1);
        }
        List<Object> results = (List<Object>) sent();
        for (int i = 0; i < results.size(); i++) {
          if (results.get(i) instanceof Exception) {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("message", "an error occurred during closing of asynchronous generator " + closing.get(i));
            context.put("exception", results.get(i));
            context.put("asyncgen", closing.get(i));
            callExceptionHandler(context);
          }
        }
        return ret(null);
      }
    };
  }

  /** Whether the default executor was created and not yet shut down; for {@link Aio#run}. */
  boolean hasDefaultExecutor() {
    return defaultExecutor != null && !executorShutdownCalled;
  }

  /**
   * Submits {@code coro} to this loop from any thread: a task is created for it on the loop's
   * thread, and the returned {@link java.util.concurrent.CompletableFuture} completes with its
   * outcome (cancelled when the task is cancelled). Cancelling the CompletableFuture cancels the
   * task. Python's {@code asyncio.run_coroutine_threadsafe(coro, loop)}.
   *
   * <p>Do not wait for the result on the loop's own thread: the loop would never get to run the
   * task.
   *
   * @param coro the coroutine, created on any thread
   * @param <T> its result type
   * @return the result, for callers on other threads
   * @throws IllegalArgumentException "A coroutine object is required" (Python's TypeError)
   * @throws IllegalStateException "Event loop is closed"
   */
  public <T> java.util.concurrent.CompletableFuture<T> runCoroutineThreadsafe(Coro<T> coro) {
    if (!(coro instanceof dev.stepwise.internal.CoroFrame)) {
      throw new IllegalArgumentException("A coroutine object is required");
    }
    java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
    callSoonThreadsafe(() -> {
      Task<T> task;
      try {
        task = createTask(coro);
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
        throw e;
      }
      task.addDoneCallback(t -> {
        if (t.cancelled()) {
          result.cancel(false);
          return;
        }
        Throwable e = t.exception();
        if (e != null) {
          result.completeExceptionally(e);
        } else {
          result.complete(t.result());
        }
      });
      result.whenComplete((value, error) -> {
        if (result.isCancelled() && !task.done()) {
          try {
            callSoonThreadsafe(() -> task.cancel());
          } catch (IllegalStateException closed) {
            // The loop is closed: the task will never run again anyway.
          }
        }
      });
    });
    return result;
  }

  /**
   * Runs the loop until {@code future} is done and returns its result. Python's
   * {@code loop.run_until_complete()}.
   *
   * @param future what to wait for
   * @param <T> the result type
   * <p>On a {@link VirtualClock}, a loop that can never finish fails instead of hanging: when the
   * future is pending, no callback is ready, no timer is pending, no task waits for a socket or a
   * child process, no work is expected from another thread ({@link #expectFromOtherThread}) and no
   * signal handler is set, the loop waits for a callback from some other thread for as many real
   * seconds as the system property {@value #STUCK_AFTER_PROPERTY} says (10 by default), then
   * raises with the task dump. Python's loop
   * hangs there.
   *
   * @return the future's result
   * @throws IllegalStateException "This event loop is already running", "Event loop is closed",
   *     "Event loop stopped before Future completed.", or, on a virtual clock, "The event loop is
   *     stuck: ..." with the task dump
   */
  public <T> T runUntilComplete(Future<T> future) {
    checkOpen();
    if (thread != null) {
      throw new IllegalStateException("This event loop is already running");
    }
    if (future.loop != this) {
      throw new IllegalArgumentException("The future belongs to a different loop than the one specified as the loop argument");
    }
    java.util.function.Consumer<Future<T>> stopper = f -> stop();
    future.addDoneCallback(stopper);
    runningUntil = future;
    try {
      runForever();
    } finally {
      runningUntil = null;
      future.removeDoneCallback(stopper);
    }
    if (!future.done()) {
      throw new IllegalStateException("Event loop stopped before Future completed.");
    }
    return future.result();
  }

  /**
   * Wraps {@code coro} in a task and runs the loop until it is done.
   *
   * @param coro the coroutine
   * @param <T> its result type
   * @return its result
   */
  public <T> T runUntilComplete(Coro<T> coro) {
    checkOpen();
    if (thread != null) {
      throw new IllegalStateException("This event loop is already running");
    }
    return runUntilComplete(createTask(coro));
  }

  /**
   * Runs iterations until {@link #stop()} is called. Python's {@code loop.run_forever()}.
   *
   * @throws IllegalStateException if the loop is closed, already running, or another loop runs on
   *     this thread
   */
  public void runForever() {
    checkOpen();
    if (thread != null) {
      throw new IllegalStateException("This event loop is already running");
    }
    if (RUNNING.get() != null) {
      throw new IllegalStateException("Cannot run the event loop while another loop is running");
    }
    thread = Thread.currentThread();
    createdHere = dev.stepwise.internal.NeverAwaited.createdOnThisThread();
    RUNNING.set(this);
    try {
      while (true) {
        runOnce();
        if (stopping) {
          break;
        }
      }
    } finally {
      stopping = false;
      thread = null;
      RUNNING.remove();
    }
  }

  /**
   * Makes the running loop return after the current iteration. Python's {@code loop.stop()}.
   * Callbacks still queued run in the next {@link #runForever()}.
   */
  public void stop() {
    stopping = true;
  }

  /**
   * Whether the loop is running. Python's {@code loop.is_running()}.
   *
   * @return true while running
   */
  public boolean isRunning() {
    return thread != null;
  }

  /**
   * Whether the loop is closed. Python's {@code loop.is_closed()}.
   *
   * @return true once closed
   */
  public boolean isClosed() {
    return closed;
  }

  /**
   * What {@link Aio#run} does after its main coroutine: cancels the tasks still pending and runs
   * the loop until they finish (an exception other than the cancellation goes to the exception
   * handler), closes the asynchronous generators, shuts the default executor down, and closes the
   * loop. Python's {@code asyncio.Runner.close()}.
   *
   * @throws IllegalStateException if the loop is running
   */
  public void shutdown() {
    if (thread != null) {
      throw new IllegalStateException("Cannot shut down a running event loop");
    }
    if (closed) {
      return;
    }
    try {
      cancelAllTasks();
      runUntilComplete(shutdownAsyncgens());
      if (hasDefaultExecutor()) {
        runUntilComplete(shutdownDefaultExecutor());
      }
    } finally {
      close();
    }
  }

  private void cancelAllTasks() {
    List<Task<?>> pending = allTasks();
    if (pending.isEmpty()) {
      return;
    }
    for (Task<?> t : pending) {
      t.cancel();
    }
    Future<Void> all = createFuture();
    int[] remaining = {pending.size()};
    for (Task<?> t : pending) {
      t.addCallback((java.util.function.Consumer<Future<?>>) done -> {
        if (--remaining[0] == 0 && !all.done()) {
          all.setResult(null);
        }
      });
    }
    runUntilComplete(all);
    for (Task<?> t : pending) {
      if (!t.cancelled() && t.exceptionUnchecked() != null) {
        t.exception();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("message", "unhandled exception during asyncio.run() shutdown");
        context.put("exception", t.exceptionUnchecked());
        context.put("task", t);
        callExceptionHandler(context);
      }
    }
  }

  /**
   * Closes the loop: drops pending callbacks, reports exceptions of futures and tasks nobody
   * retrieved, and releases the selector. Python's {@code loop.close()}. Closing twice is allowed.
   *
   * @throws IllegalStateException "Cannot close a running event loop"
   */
  @Override
  public void close() {
    if (thread != null) {
      throw new IllegalStateException("Cannot close a running event loop");
    }
    if (closed) {
      return;
    }
    reportUnretrieved();
    reportNeverAwaited();
    SignalHandlers.removeAll(this);
    closed = true;
    dev.stepwise.internal.AsyncGens.forget(this);
    if (defaultExecutor != null) {
      defaultExecutor.shutdown();
      defaultExecutor = null;
    }
    ready.clear();
    timers.clear();
    fromOtherThreads.clear();
    try {
      selector.close();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "closing the event loop's selector failed", e);
    }
  }

  private void reportUnretrieved() {
    for (Future<?> f : new ArrayList<>(unretrieved)) {
      if (!f.exceptionRetrieved()) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("message", (f instanceof Task ? "Task" : "Future") + " exception was never retrieved");
        context.put("exception", f.exceptionUnchecked());
        context.put("future", f);
        callExceptionHandler(context);
      }
    }
    unretrieved.clear();
  }

  private void reportNeverAwaited() {
    dev.stepwise.internal.NeverAwaited.sweep(untaken);
    for (dev.stepwise.Coro<?> c : untaken) {
      if (!dev.stepwise.internal.NeverAwaited.isTaken(c)) {
        Map<String, Object> context = new LinkedHashMap<>();
        Throwable site = dev.stepwise.internal.NeverAwaited.creationSite(c);
        String at = dev.stepwise.internal.NeverAwaited.creationLocation(c);
        context.put("message", "coroutine '" + c.name() + "' was never awaited" + (at == null ? "" : "; created at " + at));
        if (site != null) {
          context.put("source_traceback", site);
        }
        context.put("coroutine", c);
        callExceptionHandler(context);
      }
    }
    untaken.clear();
  }

  /**
   * The task running on this loop, or null. Python's {@code asyncio.current_task()}.
   *
   * @return the current task or null
   */
  public Task<?> currentTask() {
    return current;
  }

  /**
   * The loop's unfinished tasks. Python's {@code asyncio.all_tasks()}.
   *
   * @return a snapshot, oldest first
   */
  public List<Task<?>> allTasks() {
    return tasks.snapshot();
  }

  /**
   * A dump of the loop's unfinished tasks, oldest first: each task ({@code <Task pending
   * name='...' coro=...>}), the coroutines it is suspended in with their source lines, innermost
   * first, and what it waits on, as {@link Task#printStack} prints them. asyncio's
   * {@code all_tasks()} with {@code print_stack()} of each. Call it on the loop's thread, for
   * instance from a signal handler: {@code loop.addSignalHandler("USR1", () ->
   * System.err.print(loop.dumpTasks()))}.
   *
   * @return the dump, one block per task
   */
  public String dumpTasks() {
    StringBuilder sb = new StringBuilder();
    for (Task<?> t : allTasks()) {
      sb.append(t.describeStack());
    }
    return sb.toString();
  }

  /**
   * Sets the handler that receives errors no caller can see: exceptions from callbacks, task
   * exceptions never retrieved, and the like. Python's {@code loop.set_exception_handler()}.
   *
   * @param handler receives the loop and a context map with at least {@code "message"}; null
   *     restores the default, which logs at ERROR through {@link System.Logger}
   */
  public void setExceptionHandler(BiConsumer<EventLoop, Map<String, Object>> handler) {
    this.exceptionHandler = handler;
  }

  /**
   * Passes {@code context} to the exception handler; a failing handler is logged, never thrown.
   * Python's {@code loop.call_exception_handler()}.
   *
   * @param context at least {@code "message"}; often {@code "exception"}, {@code "handle"},
   *     {@code "future"}, {@code "task"}
   */
  public void callExceptionHandler(Map<String, Object> context) {
    if (exceptionHandler == null) {
      defaultExceptionHandler(context);
      return;
    }
    try {
      exceptionHandler.accept(this, context);
    } catch (Throwable t) {
      LOG.log(System.Logger.Level.ERROR, "Unhandled error in exception handler; context: " + context, t);
    }
  }

  /**
   * Logs {@code context} at ERROR. Python's {@code loop.default_exception_handler()}.
   *
   * @param context the context map
   */
  public void defaultExceptionHandler(Map<String, Object> context) {
    Object e = context.get("exception");
    LOG.log(System.Logger.Level.ERROR, String.valueOf(context.get("message")) + " " + context,
        e instanceof Throwable ? (Throwable) e : null);
  }

  /**
   * Turns debug mode on or off: slow callbacks (over {@link #slowCallbackDuration()} seconds of
   * real time) are logged, and coroutines and tasks remember where they were created. Python's
   * {@code loop.set_debug()}. When the system property {@value #DUMP_SIGNAL_PROPERTY} names a
   * signal ({@code -Dstepwise.dumpSignal=USR1}), debug mode also handles that signal by logging the
   * {@link #dumpTasks() task dump} at INFO, as the JVM prints its threads on SIGQUIT; a signal that
   * cannot be handled is logged as a warning.
   *
   * @param debug whether debug mode is on
   */
  public void setDebug(boolean debug) {
    this.debug = debug;
    String signal = System.getProperty(DUMP_SIGNAL_PROPERTY);
    if (signal == null || signal.isBlank() || closed || debug == dumpsOnSignal) {
      return;
    }
    try {
      if (debug) {
        addSignalHandler(signal, () -> LOG.log(System.Logger.Level.INFO, "Tasks of " + this + ":\n" + dumpTasks()));
      } else {
        removeSignalHandler(signal);
      }
      dumpsOnSignal = debug;
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot dump tasks on signal " + signal + ": " + e.getMessage());
    }
  }

  /**
   * Whether debug mode is on. Python's {@code loop.get_debug()}.
   *
   * @return true in debug mode
   */
  public boolean isDebug() {
    return debug;
  }

  /**
   * The real time, in seconds, above which debug mode logs a callback as slow (default 0.1).
   *
   * @return seconds
   */
  public double slowCallbackDuration() {
    return slowCallbackDuration;
  }

  /**
   * Sets the slow-callback threshold. Python's {@code loop.slow_callback_duration}.
   *
   * @param seconds the threshold, positive
   */
  public void setSlowCallbackDuration(double seconds) {
    if (!(seconds > 0)) {
      throw new IllegalArgumentException("slow callback duration must be positive: " + seconds);
    }
    this.slowCallbackDuration = seconds;
  }

  /**
   * Receives up to {@code maxBytes} bytes from {@code channel}. Python's {@code loop.sock_recv()}.
   * The read is tried at once; only if no data is available does the loop wait for the channel to
   * become readable (interest {@code OP_READ} is registered only while the caller waits, and
   * cancelling the future removes it).
   *
   * @param channel a connected, non-blocking channel
   * @param maxBytes the most bytes to return, not negative
   * @return a future of the bytes received (at least one), or an empty array at end of stream
   *     (also for {@code maxBytes == 0}); it fails with an {@link UncheckedIOException} whose
   *     message names {@code sockRecv} and whose cause is the {@link IOException} (reset by peer,
   *     the channel closed before or while waiting, ...)
   * @throws IllegalArgumentException if the channel is blocking or {@code maxBytes} is negative
   * @throws IllegalStateException "Event loop is closed"
   */
  public Future<byte[]> sockRecv(java.nio.channels.SocketChannel channel, int maxBytes) {
    checkOpen();
    return SocketOps.recv(this, io, channel, maxBytes);
  }

  /**
   * Sends all of {@code data} to {@code channel}, waiting for it to become writable as often as
   * needed. Python's {@code loop.sock_sendall()}. The caller may reuse {@code data} as soon as
   * this method returns: what could not be written at once is copied.
   *
   * @param channel a connected, non-blocking channel
   * @param data the bytes to send
   * @return a future finished with null once every byte is handed to the OS; it fails with an
   *     {@link UncheckedIOException} naming {@code sockSendall} whose cause is the
   *     {@link IOException} (broken pipe, reset by peer, a closed channel, ...). If it fails or is
   *     cancelled, an unknown prefix of {@code data} may have been sent.
   * @throws IllegalArgumentException if the channel is blocking
   * @throws IllegalStateException "Event loop is closed"
   */
  public Future<Void> sockSendall(java.nio.channels.SocketChannel channel, byte[] data) {
    checkOpen();
    return SocketOps.sendall(this, io, channel, data);
  }

  /**
   * Accepts a connection on {@code server}. Python's {@code loop.sock_accept()} (which returns the
   * pair {@code (conn, address)}; here the address is {@code getRemoteAddress()} of the channel).
   *
   * @param server a bound, non-blocking server channel
   * @return a future of the accepted channel, already configured non-blocking; it fails with an
   *     {@link UncheckedIOException} naming {@code sockAccept} whose cause is the
   *     {@link IOException} (for example the server channel closed)
   * @throws IllegalArgumentException if the server channel is blocking
   * @throws IllegalStateException "Event loop is closed"
   */
  public Future<java.nio.channels.SocketChannel> sockAccept(java.nio.channels.ServerSocketChannel server) {
    checkOpen();
    return SocketOps.accept(this, io, server);
  }

  /**
   * Connects {@code channel} to {@code address}. Python's {@code loop.sock_connect()}. Unlike
   * Python's, it does not resolve host names: pass a resolved {@link java.net.InetSocketAddress}
   * (an unresolved one fails the future with {@link java.nio.channels.UnresolvedAddressException}).
   *
   * @param channel an unconnected, non-blocking channel
   * @param address where to connect
   * @return a future finished with null once connected; it fails with an
   *     {@link UncheckedIOException} whose message names {@code sockConnect} and the address and
   *     whose cause is the {@link IOException} (a {@link java.net.ConnectException} for a refused
   *     connection)
   * @throws IllegalArgumentException if the channel is blocking
   * @throws IllegalStateException "Event loop is closed"
   */
  public Future<Void> sockConnect(java.nio.channels.SocketChannel channel, java.net.SocketAddress address) {
    checkOpen();
    return SocketOps.connect(this, io, channel, address);
  }

  /**
   * Receives into {@code buffer}: up to its remaining bytes, from its position. Python's
   * {@code loop.sock_recv_into()}. Like {@link #sockRecv}, the read is tried at once and the loop
   * waits for readability only if no data is available.
   *
   * @param channel a connected, non-blocking channel
   * @param buffer where the bytes go; its position advances by the count
   * @return a future of the number of bytes received: at least one, or 0 at end of stream (or if
   *     {@code buffer} has no room); it fails like {@link #sockRecv}'s, naming {@code sockRecvInto}
   * @throws IllegalArgumentException if the channel is blocking or the buffer is read-only
   * @throws IllegalStateException "Event loop is closed"
   */
  public Future<Integer> sockRecvInto(java.nio.channels.SocketChannel channel, java.nio.ByteBuffer buffer) {
    checkOpen();
    return SocketOps.recvInto(this, io, channel, buffer);
  }

  /**
   * Resolves {@code host} to socket addresses with {@code port}, without blocking the loop: a
   * numeric address is parsed at once, a name is looked up on the default executor. Python's
   * {@code loop.getaddrinfo(host, port)}.
   *
   * @param host a host name or numeric address; null for the wildcard address (a server on every
   *     interface)
   * @param port the port, 0 to 65535
   * @return a future of the addresses, duplicates removed, in the resolver's order; it fails with
   *     an {@link UncheckedIOException} "getaddrinfo failed for '...'" whose cause is the
   *     {@link java.net.UnknownHostException}
   * @throws IllegalArgumentException if the port is out of range
   * @throws IllegalStateException "Event loop is closed"
   */
  public Future<List<java.net.InetSocketAddress>> getaddrinfo(String host, int port) {
    checkOpen();
    return Network.getaddrinfo(this, host, port);
  }

  /** The multiplexer bookkeeping, for the networking layer. */
  SelectorIo io() {
    return io;
  }

  /**
   * The one buffer every socket read of this loop goes through (reads run one at a time on the
   * loop's thread), so an idle connection holds no read buffer.
   */
  java.nio.ByteBuffer sharedReadBuffer() {
    if (sharedReadBuffer == null) {
      sharedReadBuffer = java.nio.ByteBuffer.allocateDirect(SocketTransport.MAX_READ);
    }
    return sharedReadBuffer;
  }

  /** The selector this loop waits on, for the networking layer. */
  Selector selector() {
    return selector;
  }

  /**
   * Runs one iteration: waits for I/O or the next timer (no longer than needed), moves due timers
   * to the ready queue, then runs the callbacks that were ready when the iteration began. Python's
   * {@code BaseEventLoop._run_once()}.
   */
  void runOnce() {
    boolean recorder = LoopEvents.recorderStarted();
    Object iteration = recorder && LoopEvents.iterations() ? LoopEvents.iterationStarted() : null;
    boolean recordCallbacks = recorder && LoopEvents.callbacks();
    purgeCancelledTimers();
    io.failClosedWaiters();
    double timeout;
    if (!ready.isEmpty() || stopping || !fromOtherThreads.isEmpty()) {
      timeout = 0;
    } else if (!timers.isEmpty()) {
      timeout = Math.min(Math.max(0, timers.peek().when - clock.now()), MAX_SELECT_SECONDS);
    } else {
      timeout = -1;
    }
    boolean followRealTime = false;
    boolean stuckUnlessWoken = false;
    if (timeout != 0 && clock.isVirtual()) {
      // Registered keys without interest cannot wake us; waiters and outside work can.
      boolean outsideCanWake = outsideWork > 0 || io.hasWaiters();
      if (timeout > 0 && !outsideCanWake) {
        clock.advanceTo(timers.peek().when); // nothing but the timer can wake us: jump
        timeout = 0;
      } else if (timeout > 0) {
        followRealTime = true; // wait for real; the clock follows below
      } else if (!outsideCanWake && runningUntil != null && !SignalHandlers.any(this)) {
        stuckUnlessWoken = true; // only another thread's callback can still move us: wait a while for one
        timeout = stuckAfterSeconds;
      }
    }
    long waitStarted = followRealTime ? System.nanoTime() : 0;
    select(timeout);
    if (followRealTime) {
      followRealTime(waitStarted);
    }
    if (stuckUnlessWoken && fromOtherThreads.isEmpty()) {
      throw stuck();
    }
    io.processSelected();
    Runnable r;
    while ((r = fromOtherThreads.poll()) != null) {
      ready.add(new Handle(this, r));
    }
    double end = timers.isEmpty() ? 0 : clock.now(); // no clock read when no timer waits
    while (!timers.isEmpty() && timers.peek().when <= end) {
      TimerHandle t = timers.poll();
      if (t.cancelled()) {
        cancelledTimers--;
        continue;
      }
      ready.add(t);
    }
    int ran = 0;
    for (int n = ready.size(); n > 0; n--) {
      Handle h = ready.poll();
      if (!h.cancelled()) {
        run(h, recordCallbacks);
        ran++;
      }
    }
    dev.stepwise.internal.NeverAwaited.sweep(createdHere, untaken);
    if (iteration != null) {
      LoopEvents.iterationEnded(iteration, ran);
    }
  }

  private void run(Handle h, boolean recordCallbacks) {
    boolean timed = debug; // a callback may turn debug mode on: time only what started timed
    long start = timed ? System.nanoTime() : 0;
    Object recording = recordCallbacks ? LoopEvents.callbackStarted() : null;
    try {
      h.run();
    } catch (Throwable t) {
      Map<String, Object> context = new LinkedHashMap<>();
      context.put("message", "Exception in callback " + h);
      context.put("exception", t);
      context.put("handle", h);
      callExceptionHandler(context);
    }
    if (recording != null) {
      LoopEvents.callbackEnded(recording, h);
    }
    if (timed && debug) {
      double took = (System.nanoTime() - start) / 1e9;
      if (took >= slowCallbackDuration) {
        LOG.log(System.Logger.Level.WARNING, String.format("Executing %s took %.3f seconds", h, took));
      }
    }
  }

  /**
   * Moves a virtual clock by the real time the loop just waited for I/O or another thread while a
   * timer was pending, up to that timer: it then fires at its exact deadline. Without a pending
   * timer the clock stands still, so a test that waits for outside work reads the same times on
   * every run.
   */
  private void followRealTime(long waitStarted) {
    clock.advanceTo(Math.min(clock.now() + (System.nanoTime() - waitStarted) / 1e9, timers.peek().when));
  }

  private IllegalStateException stuck() {
    return new IllegalStateException("The event loop is stuck: " + runningUntil + " is pending, but no callback is"
        + " ready, no timer is pending and nothing outside the loop (a socket, a child process, another thread's"
        + " work) is expected to wake it, so its virtual clock cannot move; no other thread called back within "
        + stuckAfterSeconds + " s (" + STUCK_AFTER_PROPERTY + "). Tasks:\n" + dumpTasks().stripTrailing());
  }

  private static double stuckAfterFromProperty() {
    String value = System.getProperty(STUCK_AFTER_PROPERTY);
    if (value == null) {
      return 10;
    }
    try {
      double seconds = Double.parseDouble(value.trim());
      if (seconds > 0 && seconds <= MAX_SELECT_SECONDS) {
        return seconds;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(STUCK_AFTER_PROPERTY + " must be a number of seconds in (0, "
        + MAX_SELECT_SECONDS + "]: '" + value + "'");
  }

  private void select(double timeout) {
    try {
      if (timeout == 0) {
        if (!selector.keys().isEmpty()) {
          selector.selectNow();
        }
      } else {
        selecting.set(true);
        if (!fromOtherThreads.isEmpty()) {
          selector.selectNow();
        } else if (timeout < 0) {
          selector.select();
        } else {
          selector.select(Math.max(1, (long) Math.ceil(timeout * 1000)));
        }
        selecting.set(false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("select failed", e);
    }
  }

  /** Rebuilds the timer heap when more than half of a large heap are cancelled (as asyncio does). */
  private void purgeCancelledTimers() {
    if (timers.size() > 100 && cancelledTimers * 2 > timers.size()) {
      timers.removeIf(Handle::cancelled);
      cancelledTimers = 0;
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("Event loop is closed");
    }
  }

  /** Whether the calling thread is this loop's thread. */
  boolean inLoopThread() {
    return thread == Thread.currentThread();
  }

  @Override
  public String toString() {
    return "<EventLoop running=" + isRunning() + " closed=" + closed + " debug=" + debug + ">";
  }

  /**
   * Runs {@code callback} on this loop's thread whenever the process receives {@code signal}.
   * Python's {@code loop.add_signal_handler(sig, callback)}. The JDK's signal thread only
   * schedules the callback with {@link #callSoonThreadsafe}, so it runs like any callback (an
   * exception goes to the exception handler), never in the signal's context. Adding a handler for
   * a signal that has one replaces it; a signal has one handler per process, so adding it on
   * another loop takes it over. {@link #close()} removes this loop's handlers.
   *
   * <p>While the handler is set, the signal no longer does what it did before: for INT, TERM and
   * HUP that is the JVM's own handler, which runs the shutdown hooks and exits.
   *
   * @param signal the name, with or without {@code SIG}, any case: {@code "INT"},
   *     {@code "SIGTERM"}, {@code "hup"}
   * @param callback what to run on the loop's thread
   * @throws IllegalArgumentException "invalid signal: ..." if the platform has no such signal
   *     (Python's {@code ValueError})
   * @throws UnsupportedOperationException "sig SIGQUIT cannot be caught: Signal already used by VM
   *     or OS: SIGQUIT" for a signal the JVM or the OS keeps (KILL, STOP, QUIT, USR2 on Linux, all
   *     of them under {@code -Xrs} for INT, TERM, HUP), or if the JDK's {@code sun.misc.Signal} is
   *     missing (Python's {@code RuntimeError})
   * @throws IllegalStateException "Event loop is closed"
   */
  public void addSignalHandler(String signal, Runnable callback) {
    checkOpen();
    SignalHandlers.add(this, signal, callback);
  }

  /**
   * Removes this loop's handler of {@code signal} and puts back the handler that was there before
   * (for INT, TERM and HUP the JVM's). Python's {@code loop.remove_signal_handler(sig)}, which
   * restores the default handler.
   *
   * @param signal the name, as for {@link #addSignalHandler}
   * @return true if this loop had a handler for it, false otherwise
   * @throws IllegalArgumentException "invalid signal: ..." if the platform has no such signal
   */
  public boolean removeSignalHandler(String signal) {
    return SignalHandlers.remove(this, signal);
  }
}
