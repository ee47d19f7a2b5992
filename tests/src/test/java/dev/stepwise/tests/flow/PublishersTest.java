package dev.stepwise.tests.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.stepwise.AsyncGen;
import dev.stepwise.GenState;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Publishers;
import dev.stepwise.tests.ReferenceExecutor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Publishers.of over real asynchronous generators: the loop runs on a thread of its own, and the
 * test thread is the subscriber's other side (it requests and cancels; the signals arrive on the
 * loop's thread).
 */
class PublishersTest {
  private static final FlowGens GENS = FlowGensSteps.INSTANCE;
  private static final String LOOP_THREAD = "flow-test-loop";

  private EventLoop loop;
  private Thread loopThread;
  private final List<Map<String, Object>> reported = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void startLoop() {
    loop = new EventLoop();
    loop.setExceptionHandler((l, context) -> reported.add(context));
    loopThread = new Thread(loop::runForever, LOOP_THREAD);
    loopThread.setDaemon(true);
    loopThread.start();
  }

  @AfterEach
  void stopLoop() throws InterruptedException {
    loop.callSoonThreadsafe(loop::stop);
    loopThread.join(5000);
    assertTrue(!loopThread.isAlive(), "the loop did not stop");
    loop.runUntilComplete(loop.shutdownAsyncgens());
    loop.close();
  }

  /** Records every signal as a line, and the threads they came on. */
  static class Recorder<T> implements Flow.Subscriber<T> {
    final BlockingQueue<String> signals = new LinkedBlockingQueue<>();
    final Set<String> threads = ConcurrentHashMap.newKeySet();
    volatile Flow.Subscription subscription;
    volatile Throwable error;

    @Override
    public void onSubscribe(Flow.Subscription s) {
      threads.add(Thread.currentThread().getName());
      subscription = s;
      signals.add("onSubscribe");
    }

    @Override
    public void onNext(T item) {
      threads.add(Thread.currentThread().getName());
      signals.add("onNext " + item);
    }

    @Override
    public void onError(Throwable e) {
      threads.add(Thread.currentThread().getName());
      error = e;
      signals.add("onError " + e.getClass().getSimpleName());
    }

    @Override
    public void onComplete() {
      threads.add(Thread.currentThread().getName());
      signals.add("onComplete");
    }

    String next() throws InterruptedException {
      String s = signals.poll(5, TimeUnit.SECONDS);
      assertNotNull(s, "no signal within 5 s");
      return s;
    }

    void expectNone(long millis) throws InterruptedException {
      String s = signals.poll(millis, TimeUnit.MILLISECONDS);
      assertNull(s, "unexpected signal");
    }
  }

  private <V> V onLoop(Callable<V> body) throws Exception {
    CompletableFuture<V> result = new CompletableFuture<>();
    loop.callSoonThreadsafe(() -> {
      try {
        result.complete(body.call());
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    });
    return result.get(5, TimeUnit.SECONDS);
  }

  private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("not within 5 s: " + what);
      }
      Thread.sleep(2);
    }
  }

  private static List<String> snapshot(List<String> log) {
    synchronized (log) {
      return new ArrayList<>(log);
    }
  }

  private static long yields(List<String> log) {
    return snapshot(log).stream().filter(s -> s.startsWith("yield ")).count();
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void requestingOneAtATimeRunsTheGeneratorOneYieldAtATime(boolean reference) throws Exception {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    AtomicLong requested = new AtomicLong();
    AsyncGen<Integer, Object, Void> gen = ReferenceExecutor.created(reference, () -> GENS.logged(log, requested, 5, 0.005));
    Recorder<Integer> subscriber = new Recorder<>();
    Publishers.of(gen, loop).subscribe(subscriber);
    assertEquals("onSubscribe", subscriber.next());
    subscriber.expectNone(50);
    assertEquals(List.of(), snapshot(log), "the generator ran before the first request");
    for (int i = 0; i < 5; i++) {
      requested.incrementAndGet(); // before request: the generator checks it when it yields
      subscriber.subscription.request(1);
      assertEquals("onNext " + i, subscriber.next());
      // The generator needs 5 ms per element: given 40 ms it would run ahead if it could.
      subscriber.expectNone(40);
      assertEquals(i + 1, yields(log), "yields after " + (i + 1) + " requests: " + snapshot(log));
      assertEquals(onLoop(gen::state), GenState.SUSPENDED);
    }
    requested.incrementAndGet();
    subscriber.subscription.request(1);
    assertEquals("onComplete", subscriber.next());
    assertEquals(List.of("yield 0", "yield 1", "yield 2", "yield 3", "yield 4", "finally"), snapshot(log));
    assertEquals(Set.of(LOOP_THREAD), subscriber.threads);
    assertEquals(List.of(), reported);
  }

  @Test
  void demandAddsUpAndSaturatesAtLongMaxValue() throws Exception {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    AtomicLong requested = new AtomicLong();
    Recorder<Integer> subscriber = new Recorder<>();
    Publishers.of(GENS.logged(log, requested, 6, 0.001), loop).subscribe(subscriber);
    assertEquals("onSubscribe", subscriber.next());
    requested.addAndGet(3);
    subscriber.subscription.request(2);
    subscriber.subscription.request(1);
    for (int i = 0; i < 3; i++) {
      assertEquals("onNext " + i, subscriber.next());
    }
    subscriber.expectNone(50);
    assertEquals(3, yields(log));
    requested.set(Long.MAX_VALUE);
    subscriber.subscription.request(Long.MAX_VALUE);
    subscriber.subscription.request(Long.MAX_VALUE);
    for (int i = 3; i < 6; i++) {
      assertEquals("onNext " + i, subscriber.next());
    }
    assertEquals("onComplete", subscriber.next());
    subscriber.expectNone(20);
    assertTrue(snapshot(log).stream().noneMatch(s -> s.startsWith("AHEAD")), snapshot(log).toString());
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void cancelClosesTheGeneratorSoItsFinallyRuns(boolean reference) throws Exception {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    AtomicLong requested = new AtomicLong(2);
    AsyncGen<Integer, Object, Void> gen = ReferenceExecutor.created(reference, () -> GENS.logged(log, requested, 10, 0));
    Recorder<Integer> subscriber = new Recorder<>();
    Publishers.of(gen, loop).subscribe(subscriber);
    assertEquals("onSubscribe", subscriber.next());
    subscriber.subscription.request(2);
    assertEquals("onNext 0", subscriber.next());
    assertEquals("onNext 1", subscriber.next());
    subscriber.subscription.cancel();
    eventually("the generator's finally block ran", () -> snapshot(log).contains("finally"));
    assertEquals(List.of("yield 0", "yield 1", "finally"), snapshot(log));
    assertEquals(GenState.CLOSED, onLoop(gen::state));
    subscriber.subscription.request(5); // a no-op after cancel (rule 3.6)
    subscriber.subscription.cancel(); // also a no-op (rule 3.7)
    subscriber.expectNone(50);
    assertEquals(List.of(), reported);
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void cancelWhileTheGeneratorAwaitsCancelsThatAwaitAndClosesIt(boolean reference) throws Exception {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    AtomicLong requested = new AtomicLong(1);
    // Each element takes 60 s: the cancellation must not wait for it.
    AsyncGen<Integer, Object, Void> gen = ReferenceExecutor.created(reference, () -> GENS.logged(log, requested, 10, 60));
    Recorder<Integer> subscriber = new Recorder<>();
    Publishers.of(gen, loop).subscribe(subscriber);
    assertEquals("onSubscribe", subscriber.next());
    subscriber.subscription.request(1);
    eventually("the generator awaits its sleep", () -> {
      try {
        return onLoop(gen::awaiting) != null;
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    subscriber.subscription.cancel();
    eventually("the generator's finally block ran", () -> snapshot(log).contains("finally"));
    assertEquals(List.of("finally"), snapshot(log));
    assertEquals(GenState.CLOSED, onLoop(gen::state));
    subscriber.expectNone(50);
    assertEquals(List.of(), reported);
  }

  @Test
  void cancelBeforeTheFirstAnextRunsLeavesNothingBehind() throws Exception {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    AsyncGen<Integer, Object, Void> gen = GENS.logged(log, new AtomicLong(1), 10, 0);
    BlockingQueue<String> signals = new LinkedBlockingQueue<>();
    Publishers.of(gen, loop).subscribe(new Flow.Subscriber<Integer>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        s.request(1);
        s.cancel(); // both reach the loop in order: the anext task is cancelled before its first step
        signals.add("onSubscribe");
      }

      @Override
      public void onNext(Integer item) {
        signals.add("onNext " + item);
      }

      @Override
      public void onError(Throwable e) {
        signals.add("onError " + e);
      }

      @Override
      public void onComplete() {
        signals.add("onComplete");
      }
    });
    assertEquals("onSubscribe", signals.poll(5, TimeUnit.SECONDS));
    eventually("the generator is closed", () -> {
      try {
        return onLoop(gen::state) == GenState.CLOSED;
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    assertNull(signals.poll(50, TimeUnit.MILLISECONDS));
    assertEquals(List.of(), snapshot(log), "the body never started, so its finally does not run");
    assertEquals(List.of(), reported);
  }

  @ParameterizedTest(name = "reference executor: {0}")
  @ValueSource(booleans = {false, true})
  void anExceptionOfTheGeneratorIsSignalledWithOnError(boolean reference) throws Exception {
    Recorder<Integer> subscriber = new Recorder<>();
    Publishers.of(ReferenceExecutor.created(reference, () -> GENS.failing(2)), loop).subscribe(subscriber);
    assertEquals("onSubscribe", subscriber.next());
    subscriber.subscription.request(10);
    assertEquals("onNext 0", subscriber.next());
    assertEquals("onNext 1", subscriber.next());
    assertEquals("onError IllegalStateException", subscriber.next());
    assertEquals("boom", subscriber.error.getMessage());
    subscriber.subscription.request(1); // after the terminal signal: nothing
    subscriber.expectNone(50);
    assertEquals(List.of(), reported);
  }

  @Test
  void anEmptyGeneratorCompletesAtTheFirstRequest() throws Exception {
    Recorder<Integer> subscriber = new Recorder<>();
    Publishers.of(GENS.counting(0), loop).subscribe(subscriber);
    assertEquals("onSubscribe", subscriber.next());
    subscriber.expectNone(30);
    subscriber.subscription.request(1);
    assertEquals("onComplete", subscriber.next());
  }

  @Test
  void requestZeroOrNegativeSignalsIllegalArgumentAndClosesTheGenerator() throws Exception {
    for (long bad : new long[] {0, -1, Long.MIN_VALUE}) {
      List<String> log = Collections.synchronizedList(new ArrayList<>());
      Recorder<Integer> subscriber = new Recorder<>();
      Publishers.of(GENS.logged(log, new AtomicLong(1), 10, 0), loop).subscribe(subscriber);
      assertEquals("onSubscribe", subscriber.next());
      subscriber.subscription.request(1);
      assertEquals("onNext 0", subscriber.next());
      subscriber.subscription.request(bad);
      assertEquals("onError IllegalArgumentException", subscriber.next());
      assertTrue(subscriber.error.getMessage().contains("3.9"), subscriber.error.getMessage());
      eventually("the generator's finally block ran", () -> snapshot(log).contains("finally"));
      subscriber.subscription.request(1);
      subscriber.expectNone(20);
    }
    assertEquals(List.of(), reported);
  }

  @Test
  void aNullElementIsAnErrorAndClosesTheGenerator() throws Exception {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    Recorder<Integer> subscriber = new Recorder<>();
    Publishers.of(GENS.yieldingNull(log), loop).subscribe(subscriber);
    assertEquals("onSubscribe", subscriber.next());
    subscriber.subscription.request(5);
    assertEquals("onNext 1", subscriber.next());
    assertEquals("onError NullPointerException", subscriber.next());
    eventually("the generator's finally block ran", () -> snapshot(log).contains("finally"));
    subscriber.expectNone(20);
  }

  @Test
  void aSubscriberThatThrowsIsCancelledAndReported() throws Exception {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    List<Integer> got = Collections.synchronizedList(new ArrayList<>());
    Publishers.of(GENS.logged(log, new AtomicLong(Long.MAX_VALUE), 10, 0), loop).subscribe(new Flow.Subscriber<Integer>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        s.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(Integer item) {
        got.add(item);
        if (item == 1) {
          throw new IllegalStateException("subscriber bug");
        }
      }

      @Override
      public void onError(Throwable e) {
        got.add(-1);
      }

      @Override
      public void onComplete() {
        got.add(-2);
      }
    });
    eventually("the generator's finally block ran", () -> snapshot(log).contains("finally"));
    eventually("the error was reported", () -> reported.size() == 1);
    assertEquals(List.of(0, 1), got);
    assertEquals("subscriber bug", ((Throwable) reported.get(0).get("exception")).getMessage());
    assertTrue(String.valueOf(reported.get(0).get("message")).contains("onNext raised"), reported.toString());
    reported.clear();
  }

  @Test
  void aGeneratorHasOneSubscriberAndTheNextOnesGetOnError() throws Exception {
    Flow.Publisher<Integer> publisher = Publishers.of(GENS.counting(2), loop);
    Recorder<Integer> first = new Recorder<>();
    Recorder<Integer> second = new Recorder<>();
    publisher.subscribe(first);
    publisher.subscribe(second);
    assertEquals("onSubscribe", second.next());
    assertEquals("onError IllegalStateException", second.next());
    assertTrue(second.error.getMessage().contains("already has a subscriber"), second.error.getMessage());
    second.subscription.request(1); // no-op
    second.expectNone(20);
    assertEquals("onSubscribe", first.next());
    first.subscription.request(3);
    assertEquals("onNext 0", first.next());
    assertEquals("onNext 1", first.next());
    assertEquals("onComplete", first.next());
    assertEquals(Set.of(LOOP_THREAD), second.threads);
  }

  @Test
  void anAsyncIterableGivesEachSubscriberAFreshGenerator() throws Exception {
    Flow.Publisher<Integer> publisher = Publishers.of(() -> GENS.counting(3), loop);
    List<Recorder<Integer>> subscribers = List.of(new Recorder<>(), new Recorder<>(), new Recorder<>());
    for (Recorder<Integer> s : subscribers) {
      publisher.subscribe(s);
    }
    for (Recorder<Integer> s : subscribers) {
      assertEquals("onSubscribe", s.next());
      s.subscription.request(Long.MAX_VALUE);
    }
    for (Recorder<Integer> s : subscribers) {
      assertEquals(List.of("onNext 0", "onNext 1", "onNext 2", "onComplete"),
          List.of(s.next(), s.next(), s.next(), s.next()));
    }
  }

  @Test
  void anAiterThatThrowsIsSignalledAfterOnSubscribe() throws Exception {
    Recorder<Integer> subscriber = new Recorder<>();
    Publishers.<Integer>of(() -> {
      throw new UnsupportedOperationException("no iterator");
    }, loop).subscribe(subscriber);
    assertEquals("onSubscribe", subscriber.next());
    assertEquals("onError UnsupportedOperationException", subscriber.next());
  }

  @Test
  void aNullSubscriberOrArgumentThrowsNullPointerException() {
    Flow.Publisher<Integer> publisher = Publishers.of(GENS.counting(1), loop);
    assertThrows(NullPointerException.class, () -> publisher.subscribe(null));
    assertThrows(NullPointerException.class, () -> Publishers.of(null, loop));
    assertThrows(NullPointerException.class, () -> Publishers.of(GENS.counting(1), null));
    assertThrows(IllegalStateException.class, () -> Publishers.of(GENS.counting(1)), "no running loop here");
  }

  @Test
  void withoutALoopArgumentThePublisherUsesTheRunningLoop() throws Exception {
    Flow.Publisher<Integer> publisher = onLoop(() -> Publishers.of(GENS.counting(2)));
    Recorder<Integer> subscriber = new Recorder<>();
    publisher.subscribe(subscriber);
    assertEquals("onSubscribe", subscriber.next());
    subscriber.subscription.request(5);
    assertEquals(List.of("onNext 0", "onNext 1", "onComplete"), List.of(subscriber.next(), subscriber.next(), subscriber.next()));
    assertEquals(Set.of(LOOP_THREAD), subscriber.threads);
  }

  @Test
  void onAClosedLoopSubscribeAndRequestSignalOnErrorOnTheCallingThread() throws Exception {
    EventLoop closed = new EventLoop();
    Flow.Publisher<Integer> publisher = Publishers.of(() -> GENS.counting(3), closed);
    Recorder<Integer> early = new Recorder<>();
    CompletableFuture<Void> stopped = new CompletableFuture<>();
    Thread runner = new Thread(() -> {
      closed.callSoon(() -> {
        publisher.subscribe(early);
        closed.callLater(0.05, closed::stop);
      });
      closed.runForever();
      stopped.complete(null);
    });
    runner.start();
    stopped.get(5, TimeUnit.SECONDS);
    runner.join();
    assertEquals("onSubscribe", early.next()); // delivered while the loop ran
    closed.close();
    early.subscription.request(1);
    assertEquals("onError IllegalStateException", early.next());
    assertEquals("Event loop is closed", early.error.getMessage());
    assertEquals(Set.of(runner.getName(), Thread.currentThread().getName()), early.threads);

    Recorder<Integer> late = new Recorder<>();
    publisher.subscribe(late);
    assertEquals("onSubscribe", late.next());
    assertEquals("onError IllegalStateException", late.next());
    assertEquals(Set.of(Thread.currentThread().getName()), late.threads);
    late.subscription.cancel(); // nothing to do
  }

  @Test
  void requestFromOnNextDoesNotRecurse() throws Exception {
    int n = 2000;
    AtomicLong depth = new AtomicLong();
    AtomicLong maxDepth = new AtomicLong();
    CompletableFuture<Integer> done = new CompletableFuture<>();
    Publishers.of(GENS.counting(n), loop).subscribe(new Flow.Subscriber<Integer>() {
      Flow.Subscription subscription;
      int count;

      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
      }

      @Override
      public void onNext(Integer item) {
        maxDepth.accumulateAndGet(depth.incrementAndGet(), Math::max);
        count++;
        subscription.request(1);
        depth.decrementAndGet();
      }

      @Override
      public void onError(Throwable e) {
        done.completeExceptionally(e);
      }

      @Override
      public void onComplete() {
        done.complete(count);
      }
    });
    assertEquals(n, done.get(10, TimeUnit.SECONDS));
    assertEquals(1, maxDepth.get());
  }

  @Test
  void anOnCompleteThatThrowsIsReportedOnce() throws Exception {
    Recorder<Integer> subscriber = new Recorder<>() {
      @Override
      public void onComplete() {
        super.onComplete();
        throw new IllegalStateException("onComplete bug");
      }
    };
    Publishers.of(GENS.counting(0), loop).subscribe(subscriber);
    assertEquals("onSubscribe", subscriber.next());
    subscriber.subscription.request(1);
    assertEquals("onComplete", subscriber.next());
    eventually("the error was reported", () -> reported.size() == 1);
    assertInstanceOf(IllegalStateException.class, reported.get(0).get("exception"));
    subscriber.expectNone(20);
    reported.clear();
  }
}
