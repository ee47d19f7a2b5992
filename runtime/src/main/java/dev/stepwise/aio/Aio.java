package dev.stepwise.aio;

import dev.stepwise.Awaitable;
import dev.stepwise.Coro;
import dev.stepwise.internal.CoroFrame;
import dev.stepwise.internal.YieldOnce;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The entry points of the asyncio-like library, as static methods to import: Python's
 * {@code asyncio} module functions.
 *
 * <pre>{@code
 * import static dev.stepwise.Async.await;
 * import static dev.stepwise.aio.Aio.*;
 *
 * Aio.run(ChainSteps.INSTANCE.printSum(1, 2));
 * }</pre>
 */
public final class Aio {
  private Aio() {}

  /**
   * Runs {@code coro} on a new event loop and returns its result: the loop is created on the
   * calling thread, still-pending tasks are cancelled and awaited when {@code coro} returns,
   * asynchronous generators left open are closed ({@link EventLoop#shutdownAsyncgens()}), the
   * default executor's threads are waited for, and the loop is closed. Python's
   * {@code asyncio.run()}.
   *
   * @param coro the main coroutine
   * @param <T> its result type
   * @return its result
   * @throws RuntimeException "asyncio.run() cannot be called from a running event loop"
   * @throws IllegalArgumentException "a coroutine was expected, got ..."
   */
  public static <T> T run(Coro<T> coro) {
    return run(coro, Clock.SYSTEM);
  }

  /**
   * {@link #run(Coro)} on a loop with the given clock (a {@link VirtualClock} in tests).
   *
   * @param coro the main coroutine
   * @param clock the loop's clock
   * @param <T> its result type
   * @return its result
   */
  public static <T> T run(Coro<T> coro, Clock clock) {
    if (EventLoop.runningOrNull() != null) {
      throw new RuntimeException("asyncio.run() cannot be called from a running event loop");
    }
    if (!(coro instanceof CoroFrame)) {
      throw new IllegalArgumentException("a coroutine was expected, got " + coro);
    }
    EventLoop loop = new EventLoop(clock);
    try {
      return loop.runUntilComplete(loop.createTask(coro));
    } finally {
      loop.shutdown();
    }
  }

  /**
   * Suspends the current task for {@code seconds}; {@code sleep(0)} just lets every other ready
   * task run once. Python's {@code asyncio.sleep()}. The timer starts when {@code sleep} is called.
   *
   * @param seconds how long, on the loop's clock
   * @return an awaitable that produces null
   * @throws IllegalStateException "no running event loop" for a positive delay outside a loop
   */
  public static Awaitable<Void> sleep(double seconds) {
    return sleep(seconds, null);
  }

  /**
   * Like {@link #sleep(double)}, producing {@code result}. Python's {@code asyncio.sleep(d, result)}.
   *
   * @param seconds how long
   * @param result what the await produces
   * @param <T> its type
   * @return the awaitable
   */
  public static <T> Awaitable<T> sleep(double seconds, T result) {
    if (!(seconds > 0)) {
      return result == null ? YieldOnce.none() : new YieldOnce<>(result);
    }
    return new SleepFuture<>(EventLoop.running(), seconds, result);
  }

  /**
   * Schedules {@code coro} as a task on the running loop. Python's {@code asyncio.create_task()}.
   *
   * @param coro the coroutine
   * @param <T> its result type
   * @return the task
   * @throws IllegalStateException "no running event loop" (the coroutine is then closed)
   */
  public static <T> Task<T> createTask(Coro<T> coro) {
    return createTask(coro, null);
  }

  /**
   * Schedules {@code coro} as a named task. Python's {@code asyncio.create_task(coro, name=...)}.
   *
   * @param coro the coroutine
   * @param name the name, or null
   * @param <T> its result type
   * @return the task
   */
  public static <T> Task<T> createTask(Coro<T> coro, String name) {
    EventLoop loop = EventLoop.runningOrNull();
    if (loop == null) {
      coro.close();
      throw new IllegalStateException("no running event loop");
    }
    return loop.createTask(coro, name);
  }

  /**
   * The running loop. Python's {@code asyncio.get_running_loop()}.
   *
   * @return the loop
   * @throws IllegalStateException "no running event loop"
   */
  public static EventLoop getRunningLoop() {
    return EventLoop.running();
  }

  /**
   * The task running now, or null. Python's {@code asyncio.current_task()}.
   *
   * @return the task or null
   * @throws IllegalStateException "no running event loop"
   */
  public static Task<?> currentTask() {
    return EventLoop.running().currentTask();
  }

  /**
   * The running loop's unfinished tasks. Python's {@code asyncio.all_tasks()}.
   *
   * @return a snapshot
   * @throws IllegalStateException "no running event loop"
   */
  public static List<Task<?>> allTasks() {
    return new ArrayList<>(EventLoop.running().allTasks());
  }

  /**
   * The future for an awaitable: a {@link Future} (or {@link Task}) as it is, a coroutine wrapped in
   * a new task on the running loop, any other awaitable in a task whose coroutine awaits it.
   * Python's {@code asyncio.ensure_future()}.
   *
   * @param awaitable a future, a coroutine or another awaitable
   * @param <T> the result type
   * @return the future
   * @throws IllegalStateException "no running event loop" when a task is needed and no loop runs
   *     on this thread (a coroutine is then closed)
   * @throws IllegalArgumentException "An asyncio.Future, a coroutine or an awaitable is required"
   *     for null
   */
  public static <T> Future<T> ensureFuture(Awaitable<T> awaitable) {
    return ensureFuture(awaitable, null);
  }

  /** {@link #ensureFuture(Awaitable)} on {@code loop} when it is not null. */
  static <T> Future<T> ensureFuture(Awaitable<T> awaitable, EventLoop loop) {
    if (awaitable instanceof Future) {
      Future<T> f = (Future<T>) awaitable;
      if (loop != null && f.loop() != loop) {
        throw new IllegalArgumentException(
            "The future belongs to a different loop than the one specified as the loop argument");
      }
      return f;
    }
    if (awaitable == null) {
      throw new IllegalArgumentException("An asyncio.Future, a coroutine or an awaitable is required");
    }
    boolean isCoroutine = awaitable instanceof CoroFrame;
    Coro<T> coro = isCoroutine ? (Coro<T>) awaitable : LibraryCoro.awaiting(awaitable);
    if (loop == null) {
      loop = EventLoop.runningOrNull();
      if (loop == null) {
        coro.close();
        throw new IllegalStateException("no running event loop");
      }
    }
    return loop.createTask(coro);
  }

  /**
   * Runs awaitables concurrently and collects their results in argument order. Python's
   * {@code asyncio.gather(*aws)}.
   *
   * <p>Coroutines are wrapped in tasks, in argument order; futures and tasks are used as they are;
   * an awaitable given twice runs once and appears twice in the results. The first exception of a
   * child finishes the returned future at once with that exception; the other children are not
   * cancelled and go on running. A child cancelled from outside counts as raising
   * {@link CancelledError}: awaiting the gather then raises it, but the gather future itself is not
   * {@linkplain Future#cancelled() cancelled}. Cancelling the gather future cancels every unfinished
   * child, and it finishes with {@code CancelledError} when they are done. With no argument the
   * result is an empty list.
   *
   * @param aws the awaitables
   * @return a future of the list of results, in argument order
   * @throws IllegalStateException "no running event loop" when a coroutine needs a task and no
   *     loop runs on this thread
   */
  public static Future<List<Object>> gather(Awaitable<?>... aws) {
    return gather(false, Arrays.asList(aws));
  }

  /**
   * {@link #gather(Awaitable...)} with Python's {@code return_exceptions}: when true, failures are
   * not propagated but returned in the list, each where its awaitable's result would be (a
   * cancelled future gives a new {@link CancelledError} carrying its cancel message or {@code ""},
   * a cancelled task always {@code CancelledError("")}, as in CPython).
   * Python's {@code asyncio.gather(*aws, return_exceptions=...)}.
   *
   * @param returnExceptions whether to return exceptions as results
   * @param aws the awaitables
   * @return a future of the list of outcomes, in argument order
   */
  public static Future<List<Object>> gather(boolean returnExceptions, Awaitable<?>... aws) {
    return gather(returnExceptions, Arrays.asList(aws));
  }

  /**
   * {@link #gather(Awaitable...)} over a collection, in its iteration order.
   *
   * @param aws the awaitables
   * @return a future of the list of results, in iteration order
   */
  public static Future<List<Object>> gather(Collection<? extends Awaitable<?>> aws) {
    return gather(false, aws);
  }

  /**
   * {@link #gather(boolean, Awaitable...)} over a collection, in its iteration order.
   *
   * @param returnExceptions whether to return exceptions as results
   * @param aws the awaitables
   * @return a future of the list of outcomes, in iteration order
   */
  public static Future<List<Object>> gather(boolean returnExceptions, Collection<? extends Awaitable<?>> aws) {
    if (aws.isEmpty()) {
      Future<List<Object>> outer = EventLoop.running().createFuture();
      outer.setResult(new ArrayList<>());
      return outer;
    }
    return GatheringFuture.gather(returnExceptions, aws);
  }

  /**
   * Awaits {@code awaitable} with a time limit. Python's {@code asyncio.wait_for()} (3.12+, built
   * on {@link #timeout}).
   *
   * <p>A coroutine runs inside the awaiting task, as {@code await} would run it. When the time is
   * up the work is cancelled, its cleanup (including awaits in its finally blocks) completes, and
   * then {@link TimeoutError} is raised with the {@link CancelledError} as its cause; if the work
   * swallows the cancellation and returns a value, that value is returned instead. With a timeout
   * of zero or less the awaitable is wrapped in a task that is cancelled before it starts (a
   * coroutine never runs), unless it is a future that is already done. Cancelling the awaiting
   * task cancels the work. A null timeout just awaits.
   *
   * @param awaitable what to await
   * @param timeout seconds, or null for no limit
   * @param <T> the result type
   * @return a coroutine producing the result; awaiting it throws {@link TimeoutError}, or what the
   *     awaitable throws
   */
  public static <T> Coro<T> waitFor(Awaitable<T> awaitable, Double timeout) {
    return new WaitFor<>(awaitable, timeout);
  }

  /**
   * {@link #waitFor(Awaitable, Double)} with a timeout that is always set.
   *
   * @param awaitable what to await
   * @param timeout seconds
   * @param <T> the result type
   * @return a coroutine producing the result
   */
  public static <T> Coro<T> waitFor(Awaitable<T> awaitable, double timeout) {
    return new WaitFor<>(awaitable, timeout);
  }

  /**
   * A timeout {@code delay} seconds from now, for {@code Async.with}. Python's
   * {@code asyncio.timeout(delay)}.
   *
   * @param delay seconds from now, or null for no deadline (it can be set later with
   *     {@link Timeout#reschedule})
   * @return the timeout, not yet entered
   * @throws IllegalStateException "no running event loop"
   */
  public static Timeout timeout(Double delay) {
    EventLoop loop = EventLoop.running();
    return new Timeout(delay != null ? loop.time() + delay : null);
  }

  /**
   * A timeout {@code delay} seconds from now. Python's {@code asyncio.timeout(delay)}.
   *
   * @param delay seconds from now
   * @return the timeout, not yet entered
   * @throws IllegalStateException "no running event loop"
   */
  public static Timeout timeout(double delay) {
    return timeout(Double.valueOf(delay));
  }

  /**
   * A timeout at loop time {@code when}. Python's {@code asyncio.timeout_at(when)}.
   *
   * @param when the deadline on the loop's clock ({@link EventLoop#time()}), or null for none
   * @return the timeout, not yet entered
   */
  public static Timeout timeoutAt(Double when) {
    return new Timeout(when);
  }

  /**
   * A timeout at loop time {@code when}. Python's {@code asyncio.timeout_at(when)}.
   *
   * @param when the deadline on the loop's clock
   * @return the timeout, not yet entered
   */
  public static Timeout timeoutAt(double when) {
    return new Timeout(when);
  }

  /**
   * The outcomes of awaitables in the order they finish. Python's {@code asyncio.as_completed()}
   * used with a plain {@code for}.
   *
   * <p>Coroutines are wrapped in tasks at once (in iteration order; an awaitable given twice runs
   * once). Each element handed out is a new awaitable, not one of the originals: awaiting it
   * produces the result of the next one to finish, or raises its exception, or raises
   * {@link TimeoutError} when the timeout expired first (the work is not cancelled). The iterable
   * is one-shot, like Python's iterator. In {@code for (Future<T> f : Async.iter(...))} (Python
   * 3.13's {@code async for}) it produces the finished futures themselves instead.
   *
   * @param aws the awaitables
   * @param timeout seconds for all of them, or null for no limit
   * @param <T> the result type
   * @return as many awaitables as there are distinct futures, to be awaited in turn
   * @throws IllegalStateException "no running event loop"
   */
  public static <T> AsCompletedIterator<T> asCompleted(Iterable<? extends Awaitable<? extends T>> aws, Double timeout) {
    return new AsCompleted<>(aws, timeout);
  }

  /**
   * {@link #asCompleted(Iterable, Double)} with a time limit that is always set.
   *
   * @param aws the awaitables
   * @param timeout seconds for all of them
   * @param <T> the result type
   * @return the awaitables in completion order
   */
  public static <T> AsCompletedIterator<T> asCompleted(Iterable<? extends Awaitable<? extends T>> aws, double timeout) {
    return new AsCompleted<>(aws, timeout);
  }

  /**
   * {@link #asCompleted(Iterable, Double)} without a time limit.
   *
   * @param aws the awaitables
   * @param <T> the result type
   * @return the awaitables in completion order
   */
  public static <T> AsCompletedIterator<T> asCompleted(Iterable<? extends Awaitable<? extends T>> aws) {
    return new AsCompleted<>(aws, null);
  }

  /**
   * Waits until all futures are done. Python's {@code asyncio.wait(fs)}; see
   * {@link #wait(Collection, Double, ReturnWhen)}.
   *
   * @param fs the futures or tasks
   * @param <F> their type
   * @return a future of the done and pending sets
   */
  public static <F extends Future<?>> Future<Done<F>> wait(Collection<? extends F> fs) {
    return wait(fs, null, ReturnWhen.ALL_COMPLETED);
  }

  /**
   * Waits until {@code returnWhen} holds for the futures. Python's
   * {@code asyncio.wait(fs, return_when=...)}; see {@link #wait(Collection, Double, ReturnWhen)}.
   *
   * @param fs the futures or tasks
   * @param returnWhen when to return
   * @param <F> their type
   * @return a future of the done and pending sets
   */
  public static <F extends Future<?>> Future<Done<F>> wait(Collection<? extends F> fs, ReturnWhen returnWhen) {
    return wait(fs, null, returnWhen);
  }

  /**
   * {@link #wait(Collection, Double, ReturnWhen)} with a time limit that is always set.
   *
   * @param fs the futures or tasks, not empty
   * @param timeout seconds
   * @param returnWhen when to return
   * @param <F> their type
   * @return a future of the done and pending sets
   */
  public static <F extends Future<?>> Future<Done<F>> wait(Collection<? extends F> fs, double timeout, ReturnWhen returnWhen) {
    return wait(fs, Double.valueOf(timeout), returnWhen);
  }

  /**
   * Waits until {@code returnWhen} holds for the futures, or the timeout passes, and produces the
   * futures that are done and those still pending. Python's
   * {@code asyncio.wait(fs, timeout=..., return_when=...)}.
   *
   * <p>It never raises the futures' exceptions and never cancels the pending ones; a timeout is not
   * an error (the pending set is simply not empty). Coroutines are refused, as since Python 3.11:
   * wrap them in tasks. Call it as {@code Aio.wait(...)}: inside a class or interface the simple
   * name {@code wait} means {@code Object.wait}.
   *
   * <p>Unlike Python's coroutine, this returns a future; arguments are checked when it is called,
   * and the sets are taken when the condition is met (Python takes them when the awaiting task
   * resumes, one loop iteration later). Cancelling the returned future stops the waiting.
   *
   * @param fs the futures or tasks, not empty; duplicates count once
   * @param timeout seconds, or null for no limit
   * @param returnWhen when to return
   * @param <F> their type
   * @return a future of the done and pending sets, each in the order of {@code fs}
   * @throws IllegalArgumentException "Set of Tasks/Futures is empty." (Python's ValueError), or
   *     "Passing coroutines is forbidden, use tasks explicitly." (Python's TypeError) when an
   *     element is not a future
   * @throws NullPointerException if {@code returnWhen} is null
   * @throws IllegalStateException "no running event loop"
   */
  public static <F extends Future<?>> Future<Done<F>> wait(Collection<? extends F> fs, Double timeout, ReturnWhen returnWhen) {
    if (returnWhen == null) {
      throw new NullPointerException("returnWhen");
    }
    if (fs.isEmpty()) {
      throw new IllegalArgumentException("Set of Tasks/Futures is empty.");
    }
    Set<F> futures = new LinkedHashSet<>();
    for (Object f : fs) {
      if (!(f instanceof Future)) {
        throw new IllegalArgumentException(f instanceof Coro
            ? "Passing coroutines is forbidden, use tasks explicitly."
            : "expect a list of futures, not " + (f == null ? "NoneType" : f.getClass().getSimpleName()));
      }
      @SuppressWarnings("unchecked")
      F future = (F) f;
      futures.add(future);
    }
    EventLoop loop = EventLoop.running();
    return new Waiter<>(loop, futures, timeout, returnWhen).result;
  }

  /** The callbacks of one {@link #wait(Collection, Double, ReturnWhen)}: Python's {@code _wait}. */
  private static final class Waiter<F extends Future<?>> {
    final Future<Done<F>> result;
    private final Set<F> futures;
    private final ReturnWhen returnWhen;
    private final TimerHandle timeoutHandle;
    private final Consumer<Future<?>> onCompletion = this::onCompletion;
    private int counter;

    Waiter(EventLoop loop, Set<F> futures, Double timeout, ReturnWhen returnWhen) {
      this.result = loop.createFuture();
      this.futures = futures;
      this.returnWhen = returnWhen;
      this.counter = futures.size();
      this.timeoutHandle = timeout != null ? loop.callLater(timeout, this::release) : null;
      for (F f : futures) {
        f.addDoneCallback(onCompletion);
      }
      result.addDoneCallback(r -> cleanUp());
    }

    private void onCompletion(Future<?> f) {
      counter--;
      if (counter <= 0
          || returnWhen == ReturnWhen.FIRST_COMPLETED
          || (returnWhen == ReturnWhen.FIRST_EXCEPTION && !f.cancelled() && f.exception() != null)) {
        release();
      }
    }

    private void release() {
      if (result.done()) {
        return;
      }
      cleanUp();
      Set<F> done = new LinkedHashSet<>();
      Set<F> pending = new LinkedHashSet<>();
      for (F f : futures) {
        (f.done() ? done : pending).add(f);
      }
      result.setResult(new Done<>(done, pending));
    }

    private void cleanUp() {
      if (timeoutHandle != null) {
        timeoutHandle.cancel();
      }
      for (F f : futures) {
        f.removeDoneCallback(onCompletion);
      }
    }
  }

  /**
   * Protects {@code awaitable} from the cancellation of the task awaiting it: cancelling that task
   * raises {@link CancelledError} in it, but the work (a task) goes on running. Cancelling the work
   * itself still cancels the returned future. Python's {@code asyncio.shield()}.
   *
   * @param awaitable the work; a coroutine is wrapped in a task
   * @param <T> the result type
   * @return a new future mirroring the work's outcome, or the work's own future when it is already
   *     done
   * @throws IllegalStateException "no running event loop" when a coroutine needs a task
   */
  public static <T> Future<T> shield(Awaitable<T> awaitable) {
    Future<T> inner = ensureFuture(awaitable);
    if (inner.done()) {
      return inner;
    }
    Future<T> outer = inner.loop().createFuture();
    Consumer<Future<T>> innerDone = i -> {
      if (outer.cancelled()) {
        if (!i.cancelled()) {
          i.exception(); // mark it retrieved
        }
        return;
      }
      if (i.cancelled()) {
        outer.cancel();
      } else {
        Throwable e = i.exception();
        if (e != null) {
          outer.setException(e);
        } else {
          outer.setResult(i.result());
        }
      }
    };
    inner.addDoneCallback(innerDone);
    outer.addDoneCallback(o -> {
      if (!inner.done()) {
        inner.removeDoneCallback(innerDone);
      }
    });
    return outer;
  }

  /**
   * Runs the blocking function {@code fn} on the running loop's default executor and produces its
   * result. Python's {@code asyncio.to_thread()} (Java has no context variables to copy).
   *
   * @param fn the blocking function; its exception, checked or not, is raised at the await
   * @param <T> its result type
   * @return a coroutine; {@code fn} is submitted when it is awaited
   */
  public static <T> Coro<T> toThread(Callable<T> fn) {
    if (fn == null) {
      throw new NullPointerException("fn");
    }
    return new LibraryCoro<T>("to_thread") {
      @Override
      protected int $resume(Throwable injected) throws Throwable {
        if (injected != null) {
          throw injected;
        }
        if ($state == 0) {
          return await(EventLoop.running().runInExecutor(null, fn), 1);
        }
        return ret(sent());
      }
    };
  }

  /**
   * Connects to {@code host}:{@code port} over TCP and returns the connection's streams. Python's
   * {@code asyncio.open_connection(host, port)}. A host name is resolved off the loop's thread;
   * each resolved address is tried in turn.
   *
   * @param host a host name or numeric address
   * @param port the port
   * @return a coroutine of the streams, the reader with the default 64 KiB limit; it raises an
   *     {@link java.io.UncheckedIOException} whose cause is the {@link java.io.IOException}: a
   *     {@link java.net.ConnectException} when refused, an {@link java.net.UnknownHostException}
   *     when the name does not resolve, or "Multiple exceptions: ..." when several addresses
   *     failed differently
   */
  public static Coro<Connection> openConnection(String host, int port) {
    return Network.openConnection(host, port, StreamReader.DEFAULT_LIMIT);
  }

  /**
   * Like {@link #openConnection(String, int)}, with the reader's limit. Python's
   * {@code open_connection(host, port, limit=limit)}.
   *
   * @param host a host name or numeric address
   * @param port the port
   * @param limit the reader's limit in bytes, positive
   * @return a coroutine of the streams
   * @throws IllegalArgumentException "Limit cannot be <= 0"
   */
  public static Coro<Connection> openConnection(String host, int port, int limit) {
    return Network.openConnection(host, port, limit);
  }

  /**
   * Starts a TCP server on {@code host}:{@code port}; each connection runs {@code handler} as a
   * task. Python's {@code asyncio.start_server(client_connected_cb, host, port)} (the listening
   * sockets reuse addresses, the backlog is 100).
   *
   * @param handler the coroutine serving each connection
   * @param host where to listen: a name or numeric address ({@code "127.0.0.1"} for this machine
   *     only), or null for every interface
   * @param port the port; 0 lets the OS choose (see {@link Server#port()})
   * @return a coroutine of the server, already accepting; it raises an
   *     {@link java.io.UncheckedIOException} "error while attempting to bind on address ..." whose
   *     cause is the {@link java.net.BindException}
   */
  public static Coro<Server> startServer(Server.ClientConnected handler, String host, int port) {
    return Server.start(handler, host, port, StreamReader.DEFAULT_LIMIT, 100);
  }

  /**
   * Like {@link #startServer(Server.ClientConnected, String, int)}, with the readers' limit and the
   * listening backlog. Python's {@code start_server(..., limit=limit, backlog=backlog)}.
   *
   * @param handler the coroutine serving each connection
   * @param host where to listen, or null for every interface
   * @param port the port; 0 lets the OS choose
   * @param limit each reader's limit in bytes, positive
   * @param backlog the listening backlog, positive
   * @return a coroutine of the server
   * @throws IllegalArgumentException if {@code limit} or {@code backlog} is not positive
   */
  public static Coro<Server> startServer(Server.ClientConnected handler, String host, int port, int limit, int backlog) {
    return Server.start(handler, host, port, limit, backlog);
  }

  /**
   * Starts {@code program} with {@code args}, no shell involved, its streams inherited from this
   * process. Python's {@code asyncio.create_subprocess_exec(program, *args)}. The program is found
   * on the {@code PATH} as {@link ProcessBuilder} finds it; it starts when the coroutine is awaited,
   * on the loop's thread (as Python's does).
   *
   * @param program the program
   * @param args its arguments
   * @return a coroutine of the started process; it raises an {@link java.io.UncheckedIOException}
   *     "[Errno 2] No such file or directory: 'program'" (Python's {@code FileNotFoundError}) whose
   *     cause is the JDK's {@link java.io.IOException} when the program cannot be started
   * @throws NullPointerException if the program or an argument is null
   */
  public static Coro<Subprocess> createSubprocessExec(String program, String... args) {
    return createSubprocessExec(new Subprocess.Options(), program, args);
  }

  /**
   * Like {@link #createSubprocessExec(String, String...)}, with pipes, directory, environment or
   * limit from {@code options}. Python's {@code create_subprocess_exec(program, *args, stdin=...,
   * stdout=..., stderr=..., cwd=..., env=..., limit=...)}.
   *
   * @param options how to start it
   * @param program the program
   * @param args its arguments
   * @return a coroutine of the started process; it raises like
   *     {@link #createSubprocessExec(String, String...)}'s
   * @throws NullPointerException if the options, the program or an argument is null
   */
  public static Coro<Subprocess> createSubprocessExec(Subprocess.Options options, String program, String... args) {
    List<String> argv = new ArrayList<>(1 + args.length);
    argv.add(java.util.Objects.requireNonNull(program, "program"));
    argv.addAll(Arrays.asList(args));
    return Subprocess.create("create_subprocess_exec", options, argv);
  }

  /**
   * Runs {@code command} through the shell, {@code /bin/sh -c} on Unix and {@code cmd /c} on
   * Windows, its streams inherited. Python's {@code asyncio.create_subprocess_shell(cmd)}. Quoting
   * the command is the caller's job.
   *
   * @param command the shell command line
   * @return a coroutine of the started shell process; it raises an
   *     {@link java.io.UncheckedIOException} if the shell cannot be started
   * @throws NullPointerException if the command is null
   */
  public static Coro<Subprocess> createSubprocessShell(String command) {
    return createSubprocessShell(new Subprocess.Options(), command);
  }

  /**
   * Like {@link #createSubprocessShell(String)}, with {@code options}. Python's
   * {@code create_subprocess_shell(cmd, stdin=..., stdout=..., stderr=..., ...)}.
   *
   * @param options how to start it
   * @param command the shell command line
   * @return a coroutine of the started shell process
   * @throws NullPointerException if the options or the command is null
   */
  public static Coro<Subprocess> createSubprocessShell(Subprocess.Options options, String command) {
    return Subprocess.create("create_subprocess_shell", options, Subprocess.shell(command));
  }
}
