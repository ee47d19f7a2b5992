package dev.stepwise.tests.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stepwise.aio.Aio;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Future;
import java.net.InetSocketAddress;
import dev.stepwise.aio.IncompleteReadError;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Streams over real loopback TCP (127.0.0.1, ephemeral ports): servers from
 * {@code Aio.startServer}, clients from {@code Aio.openConnection}, all on one loop. Every test is
 * bounded in time; every loop in count.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StreamsTest {
  private static final Scenario SCENARIO = ScenarioSteps.INSTANCE;

  @Test
  void linesComeBackInOrder() {
    assertEquals(List.of("hello", "world", "ünïcödé"), Aio.run(SCENARIO.echoOnce(List.of("hello", "world", "ünïcödé"))));
  }

  @Test
  void aHostNameIsResolvedOffTheLoopAndEachAddressTriedInTurn() {
    // "localhost" may resolve to ::1 before 127.0.0.1, where the server listens: the first
    // address is refused and the next one connects.
    assertEquals(List.of("via name"), Aio.run(SCENARIO.echoVia("localhost", List.of("via name"))));
  }

  @Test
  void getaddrinfoParsesANumericAddressInPlace() {
    EventLoop loop = new EventLoop();
    try {
      Future<List<InetSocketAddress>> f = loop.getaddrinfo("127.0.0.1", 80);
      assertTrue(f.done(), "no lookup, no executor");
      assertEquals(List.of(new InetSocketAddress("127.0.0.1", 80)), f.result());
      assertThrows(IllegalArgumentException.class, () -> loop.getaddrinfo("127.0.0.1", 65536));
    } finally {
      loop.close();
    }
  }

  @Test
  void aThousandConcurrentClientsGetBackEveryByte() {
    assertEquals(1000, Aio.run(SCENARIO.manyClients(1000, 8 * 1024, 42)));
  }

  @Test
  void tenThousandConnectCloseCyclesLeaveNoDescriptorBehind() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds), "needs /proc/self/fd to count open files");
    Aio.run(SCENARIO.connectClose(10)); // the first run opens the JDK's own lasting descriptors
    long before = count(fds);
    assertEquals(10_000, Aio.run(SCENARIO.connectClose(10_000)));
    assertEquals(before, count(fds));
  }

  @Test
  void aPeerThatStopsReadingMakesDrainWaitAndTheBufferStaysUnderTheHighWaterMark() {
    int high = 64 * 1024;
    Backpressure.Report r = Aio.run(BackpressureSteps.INSTANCE.run(512, 64 * 1024, high));
    assertArrayEquals(new int[] {high / 4, high}, r.limits);
    assertTrue(r.sawPause, "the buffer never went over the high-water mark");
    assertTrue(r.drainWaitedForReader, "a drain over the high-water mark returned before the peer read");
    assertTrue(r.maxBufferedAfterDrain <= high, "after drain: " + r.maxBufferedAfterDrain);
    assertTrue(r.maxBufferedAfterWrite <= high + 64 * 1024, "after write: " + r.maxBufferedAfterWrite);
    assertEquals(512L * 64 * 1024, r.sent);
    assertEquals(r.sent, r.received);
    assertEquals(r.sentCrc, r.receivedCrc);
  }

  @Test
  void anOversizedLineGetsTheLimitErrorAndTheConnectionStaysUsable() {
    assertEquals(List.of("E:Separator is found, but chunk is longer than limit", "L:ping", "after EOF: ''"),
        Aio.run(FailuresSteps.INSTANCE.oversizedLine()));
  }

  @Test
  void aResetMidReadSurfacesAtTheAwaitWithItsCause() throws IOException {
    List<Object> seen = Aio.run(FailuresSteps.INSTANCE.resetMidRead());
    assertEquals(1, seen.size());
    UncheckedIOException e = assertInstanceOf(UncheckedIOException.class, seen.get(0));
    assertTrue(e.getMessage().startsWith("read on connection to /127.0.0.1:"), e.getMessage());
    assertTrue(e.getCause().getMessage().contains("reset"), e.getCause().toString());
  }

  @Test
  void anEofMidMessageIsAnIncompleteReadWithTheBytesThatCame() {
    List<Object> seen = Aio.run(FailuresSteps.INSTANCE.eofMidMessage());
    IncompleteReadError e = assertInstanceOf(IncompleteReadError.class, seen.get(0));
    assertEquals("4 bytes read on a total of 100 expected bytes", e.getMessage());
    assertEquals(4, e.partial().length);
    assertEquals(100, e.expected());
  }

  @Test
  void aRefusedConnectionRaisesWithTheConnectExceptionAsCause() throws IOException {
    UncheckedIOException e = assertInstanceOf(UncheckedIOException.class, Aio.run(FailuresSteps.INSTANCE.refused()));
    assertInstanceOf(ConnectException.class, e.getCause());
    assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
  }

  @Test
  void closingTheServerStopsAcceptingAndWaitClosedWaitsForEveryConnection() {
    assertEquals(List.of(
        "serving after close: false",
        "new connection refused: true",
        "waitClosed done before client closed: false, handlers ended: 0",
        "waitClosed done before client closed: false, handlers ended: 1",
        "waitClosed done before client closed: false, handlers ended: 2",
        "waitClosed done before client closed: false, handlers ended: 3",
        "waitClosed done before client closed: false, handlers ended: 4",
        "waitClosed returned; handlers ended: 5"), Aio.run(FailuresSteps.INSTANCE.serverClose()));
  }

  @Test
  void closeClientsEndsEveryHandler() {
    assertEquals("handlers ended: 5, clients at EOF: 5", Aio.run(FailuresSteps.INSTANCE.closeClients()));
  }

  @Test
  void aFailingHandlerIsReportedAndTheOtherConnectionsGoOn() {
    assertEquals(List.of(
        "Unhandled exception in client_connected_cb / handler failed on purpose",
        "bad connection reads: '' at EOF: true",
        "good connection echoes: fine"), Aio.run(FailuresSteps.INSTANCE.failingHandler()));
  }

  @Test
  void writingAfterCloseIsDroppedAndTheDrainAfterItRaisesConnectionLost() {
    assertEquals(List.of(
        "peer closed, read 0 bytes",
        "write after close returned",
        "drain after close: Connection lost (SocketException)"), Aio.run(FailuresSteps.INSTANCE.writeAfterClose()));
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }
}
