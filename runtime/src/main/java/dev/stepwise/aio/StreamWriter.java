package dev.stepwise.aio;

import dev.stepwise.Coro;
import java.net.SocketAddress;

/**
 * The writing half of a connection. {@link #write} never blocks: bytes the OS does not take at once
 * wait in the transport's buffer, and {@link #drain} is where a writer lets a slow peer catch up —
 * it waits while that buffer is above the high-water mark (64 KiB by default) until it falls to
 * the low-water mark (16 KiB). A writer that awaits {@code drain()} after each write therefore
 * holds at most the high-water mark plus one write in memory. Python's
 * {@code asyncio.StreamWriter}.
 *
 * <p>Failures surface at the await: once the connection is lost, {@link #drain} raises the error
 * it was lost with (or an {@link java.io.UncheckedIOException} "Connection lost", Python's
 * {@code ConnectionResetError}). As in Python, bytes written after {@link #close} or after the
 * connection was lost are dropped (from the fifth such write on, each is logged) and the next
 * {@code drain()} raises. Its methods must be called on the loop's thread.
 */
public final class StreamWriter {
  private final Transport transport;
  private final StreamProtocol protocol;
  private final StreamReader reader;

  StreamWriter(Transport transport, StreamProtocol protocol, StreamReader reader) {
    this.transport = transport;
    this.protocol = protocol;
    this.reader = reader;
  }

  /**
   * Writes {@code data}, or buffers what cannot be written at once. Python's {@code write()}. The
   * caller may reuse the array when this returns. After {@link #close} or once the connection was
   * lost the bytes are dropped, and the next {@link #drain} raises "Connection lost".
   *
   * @param data the bytes
   * @throws IllegalStateException "Cannot call write() after write_eof()"
   */
  public void write(byte[] data) {
    write(data, 0, data.length);
  }

  /**
   * Writes {@code len} bytes of {@code data} from {@code off}; see {@link #write(byte[])}.
   *
   * @param data the array
   * @param off the first byte
   * @param len how many
   * @throws IllegalStateException "Cannot call write() after write_eof()"
   * @throws IndexOutOfBoundsException if the range is outside the array
   */
  public void write(byte[] data, int off, int len) {
    java.util.Objects.checkFromIndexSize(off, len, data.length);
    transport.write(data, off, len);
  }

  /**
   * Writes each array in turn. Python's {@code writelines()}.
   *
   * @param chunks the arrays
   * @throws IllegalStateException "Cannot call write() after write_eof()"
   */
  public void writelines(Iterable<byte[]> chunks) {
    for (byte[] chunk : chunks) {
      write(chunk);
    }
  }

  /**
   * Closes the writing side once the buffer is flushed (a TCP half-close); the peer's reader sees
   * the end of the stream while this side can still read. Python's {@code write_eof()}.
   *
   * @throws UnsupportedOperationException if the transport cannot (see {@link #canWriteEof})
   */
  public void writeEof() {
    if (!transport.canWriteEof()) {
      throw new UnsupportedOperationException("this transport cannot write EOF");
    }
    transport.writeEof();
  }

  /**
   * Whether {@link #writeEof} is supported. Python's {@code can_write_eof()}.
   *
   * @return true for sockets and pipes
   */
  public boolean canWriteEof() {
    return transport.canWriteEof();
  }

  /**
   * Waits until the peer has taken enough of the buffered bytes: returns at once while the buffer
   * is under the high-water mark, else once it falls to the low-water mark. Python's
   * {@code drain()}.
   *
   * @return a coroutine finished with null; it raises the exception the connection failed with
   *     (for example reset by peer), or {@link java.io.UncheckedIOException} "Connection lost"
   *     (Python's {@code ConnectionResetError}) once the connection has ended; a drain that was
   *     already waiting when the connection ended normally just returns
   */
  public Coro<Void> drain() {
    return new LibraryCoro<Void>("StreamWriter.drain") {
      @Override
      protected int $resume(Throwable injected) throws Throwable {
        if (injected != null) {
          throw injected;
        }
        switch ($state) {
          case 0:
            if (reader != null && reader.exception() != null) {
              throw reader.exception();
            }
            if (transport.isClosing()) {
              // Let connectionLost run first, so its error (if any) is the one raised.
              return await(Aio.sleep(0), 1);
            }
            return await(protocol.drainHelper(), 2);
          case 1:
            return await(protocol.drainHelper(), 2);
          default:
            return ret(null);
        }
      }
    };
  }

  /**
   * Closes the connection once the buffer is flushed. Python's {@code close()}. Idempotent.
   */
  public void close() {
    transport.close();
  }

  /**
   * Closes the connection at once, dropping what is buffered. Python's {@code transport.abort()}.
   */
  public void abort() {
    transport.abort();
  }

  /**
   * Whether the connection is closed or closing. Python's {@code is_closing()}.
   *
   * @return true after {@link #close}, or once the connection was lost
   */
  public boolean isClosing() {
    return transport.isClosing();
  }

  /**
   * Waits until the connection is closed. Python's {@code wait_closed()}.
   *
   * @return a coroutine finished with null; it raises the error the connection ended with, if any
   */
  public Coro<Void> waitClosed() {
    return LibraryCoro.then("StreamWriter.wait_closed", protocol::closed, v -> null);
  }

  /**
   * The number of bytes buffered, not yet taken by the OS. Python's
   * {@code transport.get_write_buffer_size()}.
   *
   * @return the byte count
   */
  public int writeBufferSize() {
    return transport.writeBufferSize();
  }

  /**
   * Sets the water marks {@link #drain} uses. Python's
   * {@code transport.set_write_buffer_limits(high, low)}.
   *
   * @param high the high-water mark in bytes; negative for the default, 64 KiB (or 4 x low)
   * @param low the low-water mark; negative for the default, high / 4
   * @throws IllegalArgumentException "high (...) must be >= low (...) must be >= 0"
   */
  public void setWriteBufferLimits(int high, int low) {
    transport.setWriteBufferLimits(high, low);
  }

  /**
   * The water marks, {@code {low, high}}. Python's {@code transport.get_write_buffer_limits()}.
   *
   * @return a new two-element array
   */
  public int[] writeBufferLimits() {
    return transport.writeBufferLimits();
  }

  /**
   * A detail of the transport. Python's {@code get_extra_info(name)}: {@code "peername"} and
   * {@code "sockname"} (a {@link SocketAddress}), {@code "socket"} (the channel).
   *
   * @param name the detail's name
   * @return it, or null if the transport does not know it
   */
  public Object getExtraInfo(String name) {
    return transport.extraInfo(name);
  }

  /**
   * The peer's address. Python's {@code get_extra_info('peername')}.
   *
   * @return it, or null for a pipe
   */
  public SocketAddress peername() {
    return (SocketAddress) transport.extraInfo("peername");
  }

  /**
   * This side's address. Python's {@code get_extra_info('sockname')}.
   *
   * @return it, or null for a pipe
   */
  public SocketAddress sockname() {
    return (SocketAddress) transport.extraInfo("sockname");
  }

  Transport transport() {
    return transport;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("<StreamWriter transport=").append(transport);
    if (reader != null) {
      s.append(" reader=").append(reader);
    }
    return s.append('>').toString();
  }
}
