package dev.stepwise.tests.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stepwise.aio.Future;
import java.net.InetSocketAddress;
import dev.stepwise.aio.IncompleteReadError;
import dev.stepwise.junit.AsyncTest;
import dev.stepwise.junit.TestLoop;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;

/**
 * Streams over real loopback TCP (127.0.0.1, ephemeral ports): servers from
 * {@code Aio.startServer}, clients from {@code Aio.openConnection}, all on one loop: the test's
 * {@link TestLoop}, on a virtual clock that follows real time while a task waits for a socket, so a
 * test also fails on a task left pending or an exception nobody retrieved. Every test is bounded in
 * time; every loop in count.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StreamsTest {
  private static final Scenario SCENARIO = ScenarioSteps.INSTANCE;

  @AsyncTest
  void linesComeBackInOrder(TestLoop loop) {
    assertEquals(List.of("hello", "world", "ünïcödé"), loop.run(SCENARIO.echoOnce(List.of("hello", "world", "ünïcödé"))));
  }

  @AsyncTest
  void aHostNameIsResolvedOffTheLoopAndEachAddressTriedInTurn(TestLoop loop) {
    // "localhost" may resolve to ::1 before 127.0.0.1, where the server listens: the first
    // address is refused and the next one connects.
    assertEquals(List.of("via name"), loop.run(SCENARIO.echoVia("localhost", List.of("via name"))));
  }

  @AsyncTest
  void getaddrinfoParsesANumericAddressInPlace(TestLoop loop) {
    Future<List<InetSocketAddress>> f = loop.loop().getaddrinfo("127.0.0.1", 80);
    assertTrue(f.done(), "no lookup, no executor");
    assertEquals(List.of(new InetSocketAddress("127.0.0.1", 80)), f.result());
    assertThrows(IllegalArgumentException.class, () -> loop.loop().getaddrinfo("127.0.0.1", 65536));
  }

  @AsyncTest
  void aThousandConcurrentClientsGetBackEveryByte(TestLoop loop) {
    assertEquals(1000, loop.run(SCENARIO.manyClients(1000, 8 * 1024, 42)));
  }

  @AsyncTest
  void tenThousandConnectCloseCyclesLeaveNoDescriptorBehind(TestLoop loop) throws IOException {
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds), "needs /proc/self/fd to count open files");
    loop.run(SCENARIO.connectClose(10)); // the first run opens the JDK's own lasting descriptors
    long before = count(fds);
    assertEquals(10_000, loop.run(SCENARIO.connectClose(10_000)));
    assertEquals(before, count(fds));
  }

  @AsyncTest
  void aPeerThatStopsReadingMakesDrainWaitAndTheBufferStaysUnderTheHighWaterMark(TestLoop loop) {
    int high = 64 * 1024;
    Backpressure.Report r = loop.run(BackpressureSteps.INSTANCE.run(512, 64 * 1024, high));
    assertArrayEquals(new int[] {high / 4, high}, r.limits);
    assertTrue(r.sawPause, "the buffer never went over the high-water mark");
    assertTrue(r.drainWaitedForReader, "a drain over the high-water mark returned before the peer read");
    assertTrue(r.maxBufferedAfterDrain <= high, "after drain: " + r.maxBufferedAfterDrain);
    assertTrue(r.maxBufferedAfterWrite <= high + 64 * 1024, "after write: " + r.maxBufferedAfterWrite);
    assertEquals(512L * 64 * 1024, r.sent);
    assertEquals(r.sent, r.received);
    assertEquals(r.sentCrc, r.receivedCrc);
  }

  @AsyncTest
  void anOversizedLineGetsTheLimitErrorAndTheConnectionStaysUsable(TestLoop loop) {
    assertEquals(List.of("E:Separator is found, but chunk is longer than limit", "L:ping", "after EOF: ''"),
        loop.run(FailuresSteps.INSTANCE.oversizedLine()));
  }

  @AsyncTest
  void aResetMidReadSurfacesAtTheAwaitWithItsCause(TestLoop loop) throws IOException {
    List<Object> seen = loop.run(FailuresSteps.INSTANCE.resetMidRead());
    assertEquals(1, seen.size());
    UncheckedIOException e = assertInstanceOf(UncheckedIOException.class, seen.get(0));
    assertTrue(e.getMessage().startsWith("read on connection to /127.0.0.1:"), e.getMessage());
    assertTrue(e.getCause().getMessage().contains("reset"), e.getCause().toString());
  }

  @AsyncTest
  void anEofMidMessageIsAnIncompleteReadWithTheBytesThatCame(TestLoop loop) {
    List<Object> seen = loop.run(FailuresSteps.INSTANCE.eofMidMessage());
    IncompleteReadError e = assertInstanceOf(IncompleteReadError.class, seen.get(0));
    assertEquals("4 bytes read on a total of 100 expected bytes", e.getMessage());
    assertEquals(4, e.partial().length);
    assertEquals(100, e.expected());
  }

  @AsyncTest
  void aRefusedConnectionRaisesWithTheConnectExceptionAsCause(TestLoop loop) throws IOException {
    UncheckedIOException e = assertInstanceOf(UncheckedIOException.class, loop.run(FailuresSteps.INSTANCE.refused()));
    assertInstanceOf(ConnectException.class, e.getCause());
    assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
  }

  @AsyncTest
  void closingTheServerStopsAcceptingAndWaitClosedWaitsForEveryConnection(TestLoop loop) {
    assertEquals(List.of(
        "serving after close: false",
        "new connection refused: true",
        "waitClosed done before client closed: false, handlers ended: 0",
        "waitClosed done before client closed: false, handlers ended: 1",
        "waitClosed done before client closed: false, handlers ended: 2",
        "waitClosed done before client closed: false, handlers ended: 3",
        "waitClosed done before client closed: false, handlers ended: 4",
        "waitClosed returned; handlers ended: 5"), loop.run(FailuresSteps.INSTANCE.serverClose()));
  }

  @AsyncTest
  void closeClientsEndsEveryHandler(TestLoop loop) {
    assertEquals("handlers ended: 5, clients at EOF: 5", loop.run(FailuresSteps.INSTANCE.closeClients()));
  }

  @AsyncTest
  void aFailingHandlerIsReportedAndTheOtherConnectionsGoOn(TestLoop loop) {
    assertEquals(List.of(
        "Unhandled exception in client_connected_cb / handler failed on purpose",
        "bad connection reads: '' at EOF: true",
        "good connection echoes: fine"), loop.run(FailuresSteps.INSTANCE.failingHandler()));
  }

  @AsyncTest
  void writingAfterCloseIsDroppedAndTheDrainAfterItRaisesConnectionLost(TestLoop loop) {
    assertEquals(List.of(
        "peer closed, read 0 bytes",
        "write after close returned",
        "drain after close: Connection lost (SocketException)"), loop.run(FailuresSteps.INSTANCE.writeAfterClose()));
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }
}
