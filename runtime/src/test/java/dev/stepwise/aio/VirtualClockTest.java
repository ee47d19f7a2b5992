package dev.stepwise.aio;

import static dev.stepwise.aio.Scripted.await;
import static dev.stepwise.aio.Scripted.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.Coro;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How a loop moves a {@link VirtualClock}, and how it fails rather than hangs when nothing can
 * move it: it jumps to the next timer when nothing else can wake
 * the loop, and follows real time while a task waits for a socket or for work another thread will
 * finish, so that a timeout around such work fires no earlier than on the system clock, and one
 * around a silent socket fires at all. Work on other threads is released from the loop itself, so
 * no test waits for a real delay except the one whose subject is that delay (50 ms).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a stuck loop
class VirtualClockTest {
  private static final double LONG = 3600;

  @Test
  void aSleepWithNothingElseToWaitForJumpsToItsDeadline() {
    VirtualClock clock = new VirtualClock();
    EventLoop loop = new EventLoop(clock);
    Object result = loop.runUntilComplete(new Scripted<>("main",
        (v, e) -> await(Aio.sleep(LONG, "slept")),
        (v, e) -> done(v)));
    loop.close();
    assertEquals("slept", result);
    assertEquals(LONG, clock.now());
  }

  @Test
  void aTimeoutAroundAnExecutorJobWaitsForTheJobRatherThanJumpingPastIt() {
    VirtualClock clock = new VirtualClock();
    EventLoop loop = new EventLoop(clock);
    CountDownLatch release = new CountDownLatch(1);
    Object result = loop.runUntilComplete(new Scripted<>("main",
        (v, e) -> {
          Coro<String> job = Aio.toThread(() -> {
            release.await(10, TimeUnit.SECONDS);
            return "job done";
          });
          loop.callSoon(release::countDown); // the job can end only once the loop waits
          return await(Aio.waitFor(job, LONG));
        },
        (v, e) -> done(e != null ? e : v)));
    loop.close();
    assertEquals("job done", result, "the timeout fired before the job it guards could finish");
    assertTrue(clock.now() < LONG, "the clock jumped to the timeout: " + clock.now());
  }

  @Test
  void withNoTimerPendingTheClockStandsStillWhileTheLoopWaitsForAThread() {
    VirtualClock clock = new VirtualClock();
    EventLoop loop = new EventLoop(clock);
    CountDownLatch release = new CountDownLatch(1);
    Object result = loop.runUntilComplete(new Scripted<>("main",
        (v, e) -> {
          Coro<String> job = Aio.toThread(() -> {
            release.await(10, TimeUnit.SECONDS);
            Thread.sleep(20); // a job that takes real time, while the loop has nothing else to do
            return "job done";
          });
          loop.callSoon(release::countDown);
          return await(job);
        },
        (v, e) -> done(v)));
    loop.close();
    assertEquals("job done", result);
    assertEquals(0.0, clock.now(), "the clock moved with no timer to move toward");
  }

  @Test
  void aFutureTheUsersThreadFinishesHoldsTheClockOnceExpected() {
    VirtualClock clock = new VirtualClock();
    EventLoop loop = new EventLoop(clock);
    CountDownLatch release = new CountDownLatch(1);
    Object result = loop.runUntilComplete(new Scripted<>("main",
        (v, e) -> {
          Future<String> answer = loop.createFuture();
          loop.expectFromOtherThread(answer);
          Thread worker = new Thread(() -> {
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
              return;
            }
            loop.callSoonThreadsafe(() -> answer.setResult("from the worker"));
          }, "virtual-clock-test-worker");
          worker.setDaemon(true);
          worker.start();
          loop.callSoon(release::countDown);
          return await(Aio.waitFor(answer, LONG));
        },
        (v, e) -> done(e != null ? e : v)));
    loop.close();
    assertEquals("from the worker", result);
    assertTrue(clock.now() < LONG, "the clock jumped to the timeout: " + clock.now());
  }

  @Test
  void aTimeoutAroundASilentSocketFiresAtItsExactDeadlineAfterWaitingForReal() throws IOException {
    VirtualClock clock = new VirtualClock();
    EventLoop loop = new EventLoop(clock);
    try (ServerSocketChannel server = ServerSocketChannel.open();
        SocketChannel client = SocketChannel.open()) {
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      client.connect(server.getLocalAddress());
      try (SocketChannel silent = server.accept()) {
        silent.configureBlocking(false);
        long started = System.nanoTime();
        Object result = loop.runUntilComplete(new Scripted<>("main",
            (v, e) -> await(Aio.waitFor(loop.sockRecv(silent, 16), 0.05)),
            (v, e) -> done(e != null ? e : v)));
        double waited = (System.nanoTime() - started) / 1e9;
        loop.close();
        assertInstanceOf(TimeoutError.class, result);
        assertEquals(0.05, clock.now(), "the timer fires at its deadline on the virtual clock");
        assertTrue(waited >= 0.04, "the loop waited for the socket in real time: " + waited + " s");
      }
    }
  }

  @Test
  void aTimeoutAroundAChildProcessWaitsForItsExit() {
    VirtualClock clock = new VirtualClock();
    EventLoop loop = new EventLoop(clock);
    Object result = loop.runUntilComplete(new Scripted<>("main",
        (v, e) -> await(Aio.createSubprocessExec("sh", "-c", "exit 3")),
        (v, e) -> await(Aio.waitFor(((Subprocess) v).waitFor(), LONG)),
        (v, e) -> done(e != null ? e : v)));
    loop.close();
    assertEquals(3, result);
    assertTrue(clock.now() < LONG, "the clock jumped to the timeout: " + clock.now());
  }

  @Test
  void expectingAFutureThatIsAlreadyDoneChangesNothing() {
    VirtualClock clock = new VirtualClock();
    EventLoop loop = new EventLoop(clock);
    Object result = loop.runUntilComplete(new Scripted<>("main",
        (v, e) -> {
          Future<String> done = loop.createFuture();
          done.setResult("ready");
          loop.expectFromOtherThread(done);
          return await(Aio.sleep(LONG, "slept"));
        },
        (v, e) -> done(v)));
    loop.close();
    assertEquals("slept", result);
    assertEquals(LONG, clock.now(), "a done future left the clock waiting for real");
  }

  @Test
  void aLoopNothingCanWakeFailsWithItsTasksInsteadOfHanging() {
    EventLoop loop = new EventLoop(new VirtualClock());
    loop.stuckAfterSeconds = 0.05;
    Future<String> never = loop.createFuture();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> loop.runUntilComplete(new Scripted<>("forgotten",
        (v, x) -> await(never),
        (v, x) -> done(v))));
    assertTrue(e.getMessage().startsWith("The event loop is stuck: <Task pending name='Task-1'"), e.getMessage());
    assertTrue(e.getMessage().contains("Task-1") && e.getMessage().contains("waiting on <Future pending"), e.getMessage());
    never.setResult("late"); // the loop can still be used: the task finishes once it can
    assertEquals("late", loop.runUntilComplete(loop.allTasks().get(0)));
    loop.close();
  }

  @Test
  void aCallbackFromAnotherThreadWithinTheGraceKeepsTheLoopGoing() throws InterruptedException {
    EventLoop loop = new EventLoop(new VirtualClock());
    loop.stuckAfterSeconds = 10;
    Future<String> answer = loop.createFuture();
    CountDownLatch waiting = new CountDownLatch(1);
    Thread other = new Thread(() -> {
      try {
        if (waiting.await(10, TimeUnit.SECONDS)) {
          Thread.sleep(20); // let the loop reach its wait: no one told it this thread would call
          loop.callSoonThreadsafe(() -> answer.setResult("called back"));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "virtual-clock-test-caller");
    other.setDaemon(true);
    other.start();
    Object result = loop.runUntilComplete(new Scripted<>("main",
        (v, e) -> {
          loop.callSoon(waiting::countDown);
          return await(answer);
        },
        (v, e) -> done(v)));
    loop.close();
    other.join(10_000);
    assertEquals("called back", result);
  }

  @Test
  void aTaskWaitingForASocketCanStillBeWokenAfterTheGrace() throws IOException {
    EventLoop loop = new EventLoop(new VirtualClock());
    loop.stuckAfterSeconds = 0.05;
    try (ServerSocketChannel server = ServerSocketChannel.open();
        SocketChannel client = SocketChannel.open()) {
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      client.connect(server.getLocalAddress());
      try (SocketChannel peer = server.accept()) {
        peer.configureBlocking(false);
        Object result = loop.runUntilComplete(new Scripted<>("main",
            (v, e) -> {
              Thread writer = new Thread(() -> {
                try {
                  Thread.sleep(100); // longer than the grace: only the socket waiter keeps the loop waiting
                  client.write(java.nio.ByteBuffer.wrap(new byte[] {42}));
                } catch (IOException | InterruptedException ignored) {
                  // the test fails on the missing byte
                }
              });
              writer.setDaemon(true);
              writer.start();
              return await(loop.sockRecv(peer, 1));
            },
            (v, e) -> done(e != null ? e : ((byte[]) v)[0])));
        assertEquals((byte) 42, result);
      }
    } finally {
      loop.close();
    }
  }

  @Test
  void theGraceComesFromItsPropertyAndABadValueIsRefused() {
    String before = System.getProperty(EventLoop.STUCK_AFTER_PROPERTY);
    try {
      System.setProperty(EventLoop.STUCK_AFTER_PROPERTY, "2.5");
      EventLoop loop = new EventLoop(new VirtualClock());
      assertEquals(2.5, loop.stuckAfterSeconds);
      loop.close();
      System.setProperty(EventLoop.STUCK_AFTER_PROPERTY, "soon");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EventLoop(new VirtualClock()));
      assertTrue(e.getMessage().contains("'soon'"), e.getMessage());
    } finally {
      if (before == null) {
        System.clearProperty(EventLoop.STUCK_AFTER_PROPERTY);
      } else {
        System.setProperty(EventLoop.STUCK_AFTER_PROPERTY, before);
      }
    }
  }

  @Test
  void expectingNullIsRefused() {
    EventLoop loop = new EventLoop(new VirtualClock());
    try {
      assertThrows(NullPointerException.class, () -> loop.expectFromOtherThread(null));
    } finally {
      loop.close();
    }
  }
}
