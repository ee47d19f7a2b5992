package dev.stepwise.aio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link StreamReader} fed by hand: the flow control that keeps its memory bounded (the transport
 * is paused above twice the limit and resumed at the limit), the buffer kept across waits, and
 * the wait rules. Python's {@code test_streams.py} cases on {@code feed_data}.
 */
class StreamReaderTest {
  private final EventLoop loop = new EventLoop(new VirtualClock());

  @AfterEach
  void close() {
    loop.close();
  }

  /** A transport that only records the reader's pause and resume calls. */
  static final class Recording implements Transport {
    final List<String> calls = new ArrayList<>();

    @Override public void write(byte[] data, int off, int len) {}
    @Override public void writeEof() {}
    @Override public boolean canWriteEof() {
      return false;
    }
    @Override public void close() {}
    @Override public void abort() {}
    @Override public boolean isClosing() {
      return false;
    }
    @Override public int writeBufferSize() {
      return 0;
    }
    @Override public void setWriteBufferLimits(int high, int low) {}
    @Override public int[] writeBufferLimits() {
      return new int[] {0, 0};
    }
    @Override public void pauseReading() {
      calls.add("pause");
    }
    @Override public void resumeReading() {
      calls.add("resume");
    }
    @Override public Object extraInfo(String name) {
      return null;
    }
  }

  /** Runs one iteration of the loop: the tasks created so far take their first step. */
  private void spin() {
    loop.runUntilComplete(LibraryCoro.awaiting(Aio.sleep(0)));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void theTransportIsPausedAboveTwiceTheLimitAndResumedAtTheLimit() {
    StreamReader reader = new StreamReader(10);
    Recording transport = new Recording();
    reader.setTransport(transport);
    reader.feedData(new byte[20]);
    assertEquals(List.of(), transport.calls, "exactly twice the limit is allowed");
    reader.feedData(new byte[1]);
    assertEquals(List.of("pause"), transport.calls);
    reader.feedData(new byte[5]); // data already in flight is still taken, without a second pause
    assertEquals(List.of("pause"), transport.calls);
    assertEquals(15, loop.runUntilComplete(reader.read(15)).length);
    assertEquals(List.of("pause"), transport.calls, "11 bytes left: still over the limit");
    assertEquals(1, loop.runUntilComplete(reader.read(1)).length);
    assertEquals(List.of("pause", "resume"), transport.calls);
  }

  @Test
  void aReadThatMustWaitResumesAPausedTransportFirst() {
    StreamReader reader = new StreamReader(4);
    Recording transport = new Recording();
    reader.setTransport(transport);
    reader.feedData(bytes("abcdefghi"));
    assertEquals(List.of("pause"), transport.calls);
    Task<byte[]> line = loop.createTask(reader.readline());
    spin();
    // readline found no separator within the limit: the buffer was cleared and the transport resumed
    assertTrue(line.done());
    IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, line.exception());
    assertEquals("Separator is not found, and chunk exceed the limit", e.getMessage());
    assertInstanceOf(LimitOverrunError.class, e.getCause());
    assertEquals(List.of("pause", "resume"), transport.calls);
  }

  @Test
  void readuntilKeepsItsPlaceAcrossWaitsAndFindsASeparatorSplitBetweenChunks() {
    StreamReader reader = new StreamReader();
    Task<byte[]> until = loop.createTask(reader.readuntil(bytes("\r\n")));
    spin();
    reader.feedData(bytes("hello\r"));
    spin();
    assertFalse(until.done());
    reader.feedData(bytes("\nrest"));
    assertArrayEquals(bytes("hello\r\n"), loop.runUntilComplete(until));
    assertArrayEquals(bytes("rest"), loop.runUntilComplete(reader.read(100)));
  }

  @Test
  void severalSeparatorsMatchTheOneThatEndsFirst() {
    StreamReader reader = new StreamReader();
    reader.feedData(bytes("a;b\nc"));
    assertArrayEquals(bytes("a;"), loop.runUntilComplete(reader.readuntil(bytes("\n"), bytes(";"))));
    assertArrayEquals(bytes("b\n"), loop.runUntilComplete(reader.readuntil(bytes("\n"), bytes(";"))));
    assertEquals("Separator should contain at least one element",
        assertThrows(IllegalArgumentException.class, () -> loop.runUntilComplete(reader.readuntil(new byte[0][]))).getMessage());
    assertEquals("Separator should be at least one-byte string",
        assertThrows(IllegalArgumentException.class, () -> loop.runUntilComplete(reader.readuntil(new byte[0]))).getMessage());
  }

  @Test
  void aSecondWaitingReaderIsRefusedAndACancelledReadLeavesNoWaiter() {
    StreamReader reader = new StreamReader();
    Task<byte[]> first = loop.createTask(reader.read(10));
    Task<byte[]> second = loop.createTask(reader.readexactly(3));
    spin();
    assertEquals("readexactly() called while another coroutine is already waiting for incoming data",
        assertInstanceOf(IllegalStateException.class, second.exception()).getMessage());
    first.cancel();
    spin();
    assertTrue(first.cancelled());
    Task<byte[]> third = loop.createTask(reader.read(10));
    spin();
    reader.feedData(bytes("xyz"));
    assertArrayEquals(bytes("xyz"), loop.runUntilComplete(third));
  }

  @Test
  void badArgumentsRaiseWhenTheReadIsAwaitedAsInPython() {
    StreamReader reader = new StreamReader();
    dev.stepwise.Coro<byte[]> read = reader.readexactly(-1); // creating it raises nothing
    assertEquals("readexactly size can not be less than zero",
        assertThrows(IllegalArgumentException.class, () -> loop.runUntilComplete(read)).getMessage());
  }

  @Test
  void asyncIterationYieldsTheLinesUntilTheEnd() {
    StreamReader reader = new StreamReader();
    reader.feedData(bytes("one\ntwo\nthree"));
    reader.feedEof();
    dev.stepwise.AsyncIterator<byte[]> lines = reader.aiter();
    assertArrayEquals(bytes("one\n"), loop.runUntilComplete(LibraryCoro.awaiting(lines.anext())));
    assertArrayEquals(bytes("two\n"), loop.runUntilComplete(LibraryCoro.awaiting(lines.anext())));
    assertArrayEquals(bytes("three"), loop.runUntilComplete(LibraryCoro.awaiting(lines.anext())));
    assertThrows(dev.stepwise.StopAsyncIteration.class, () -> loop.runUntilComplete(LibraryCoro.awaiting(lines.anext())));
  }

  @Test
  void feedDataAfterEofAndABadLimitAreRefused() {
    StreamReader reader = new StreamReader();
    reader.feedEof();
    assertEquals("feed_data after feed_eof", assertThrows(IllegalStateException.class, () -> reader.feedData(new byte[1])).getMessage());
    assertEquals("Limit cannot be <= 0", assertThrows(IllegalArgumentException.class, () -> new StreamReader(0)).getMessage());
  }

  @Test
  void aLargeBufferIsNotKeptOnceEmpty() {
    StreamBuffer buffer = new StreamBuffer();
    byte[] big = new byte[3 << 20];
    buffer.append(big, 0, big.length);
    assertEquals(big.length, buffer.take(big.length).length);
    buffer.append(new byte[] {1, 2, 3}, 0, 3);
    assertEquals(3, buffer.size());
    assertEquals(1, buffer.indexOf(new byte[] {2, 3}, 0));
    assertTrue(buffer.startsWith(new byte[] {3}, 2));
    assertFalse(buffer.startsWith(new byte[] {3, 4}, 2));
  }
}
