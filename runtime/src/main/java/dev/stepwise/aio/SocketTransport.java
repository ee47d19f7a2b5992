package dev.stepwise.aio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A connected TCP socket on the loop: reads whenever the socket is readable (unless paused) and
 * feeds a {@link StreamProtocol}; writes at once what the OS takes and buffers the rest, waiting
 * for writability only while something is buffered. asyncio's {@code _SelectorSocketTransport}.
 *
 * <p>Reads go through the loop's one shared read buffer, so an idle connection holds no buffer.
 * The protocol learns of the end exactly once, in a callback: {@code connectionLost(null)} after a
 * {@link #close} has flushed, or {@code connectionLost(error)} when the socket fails; the channel
 * is closed right after.
 */
final class SocketTransport implements Transport {
  /** asyncio's {@code max_size} of one socket read: 256 KiB. */
  static final int MAX_READ = 256 * 1024;
  /** asyncio's {@code LOG_THRESHOLD_FOR_CONNLOST_WRITES}. */
  private static final int LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5;
  private static final System.Logger LOG = System.getLogger("dev.stepwise.aio");

  private final EventLoop loop;
  private final SelectorIo io;
  private final SocketChannel channel;
  private final StreamProtocol protocol;
  private final WaterMarks marks;
  private final Consumer<SocketTransport> onClosed;
  private final ArrayDeque<ByteBuffer> buffer = new ArrayDeque<>();
  private final SelectorIo.Waiter readWaiter = new SelectorIo.Waiter() {
    @Override
    public void ready() {
      readReady();
    }

    @Override
    public void closed() {
      forceClose(failure("read", new java.nio.channels.ClosedChannelException()));
    }
  };
  private final SelectorIo.Waiter writeWaiter = new SelectorIo.Waiter() {
    @Override
    public void ready() {
      writeReady();
    }

    @Override
    public void closed() {
      forceClose(failure("write", new java.nio.channels.ClosedChannelException()));
    }
  };
  private long bufferSize;
  private boolean closing;
  private boolean eof;
  private boolean reading;
  private boolean writing;
  private int connLost;
  private java.net.SocketAddress peername;
  private java.net.SocketAddress sockname;

  /**
   * Wraps a connected non-blocking channel, tells the protocol, and starts reading.
   *
   * @param onClosed told once the channel is closed (a server counts its connections with it)
   */
  SocketTransport(EventLoop loop, SelectorIo io, SocketChannel channel, StreamProtocol protocol,
      Consumer<SocketTransport> onClosed) {
    this.loop = loop;
    this.io = io;
    this.channel = channel;
    this.protocol = protocol;
    this.marks = new WaterMarks(protocol);
    this.onClosed = onClosed;
    try {
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true); // as asyncio does for TCP
      peername = channel.getRemoteAddress();
      sockname = channel.getLocalAddress();
    } catch (IOException e) {
      // Already failing: the first read says so.
    }
    protocol.connectionMade(this);
    startReading();
  }

  @Override
  public void write(byte[] data, int off, int len) {
    if (eof) {
      throw new IllegalStateException("Cannot call write() after write_eof()");
    }
    if (len == 0) {
      return;
    }
    if (connLost > 0) {
      // The next drain raises; asyncio drops the bytes the same way and logs the fifth on.
      if (connLost >= LOG_THRESHOLD_FOR_CONNLOST_WRITES) {
        LOG.log(System.Logger.Level.WARNING, "socket.send() raised exception.");
      }
      connLost++;
      return;
    }
    if (buffer.isEmpty()) {
      ByteBuffer src = ByteBuffer.wrap(data, off, len);
      try {
        channel.write(src);
      } catch (IOException e) {
        fatalError(failure("write", e));
        return;
      }
      if (!src.hasRemaining()) {
        return;
      }
      off = src.position();
      len = src.remaining();
      startWriting();
    }
    buffer.add(ByteBuffer.wrap(Arrays.copyOfRange(data, off, off + len)));
    bufferSize += len;
    marks.grew(bufferSize);
  }

  @Override
  public void writeEof() {
    if (closing || eof) {
      return;
    }
    eof = true;
    if (buffer.isEmpty()) {
      shutdownOutput();
    }
  }

  @Override
  public boolean canWriteEof() {
    return true;
  }

  @Override
  public void close() {
    if (closing) {
      return;
    }
    closing = true;
    stopReading();
    if (buffer.isEmpty()) {
      connLost++;
      stopWriting();
      loop.callSoon(() -> callConnectionLost(null));
    }
  }

  @Override
  public void abort() {
    forceClose(null);
  }

  @Override
  public boolean isClosing() {
    return closing;
  }

  @Override
  public int writeBufferSize() {
    return (int) Math.min(Integer.MAX_VALUE, bufferSize);
  }

  @Override
  public void setWriteBufferLimits(int high, int low) {
    marks.set(high, low, bufferSize);
  }

  @Override
  public int[] writeBufferLimits() {
    return marks.limits();
  }

  @Override
  public void pauseReading() {
    stopReading();
  }

  @Override
  public void resumeReading() {
    if (!closing) {
      startReading();
    }
  }

  @Override
  public Object extraInfo(String name) {
    switch (name) {
      case "peername":
        return peername;
      case "sockname":
        return sockname;
      case "socket":
        return channel;
      default:
        return null;
    }
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("<SocketTransport");
    if (!channel.isOpen()) {
      s.append(" closed");
    } else if (closing) {
      s.append(" closing");
    }
    s.append(" peer=").append(peername);
    if (bufferSize > 0) {
      s.append(" buffered=").append(bufferSize);
    }
    return s.append('>').toString();
  }

  private void readReady() {
    if (connLost > 0 || !reading) {
      return;
    }
    ByteBuffer shared = loop.sharedReadBuffer();
    shared.clear();
    int n;
    try {
      n = channel.read(shared);
    } catch (IOException e) {
      fatalError(failure("read", e));
      return;
    }
    if (n > 0) {
      byte[] data = new byte[n];
      shared.flip();
      shared.get(data);
      protocol.dataReceived(data, 0, n);
    } else if (n < 0) {
      stopReading();
      if (!protocol.eofReceived()) {
        close();
      }
    }
  }

  private void writeReady() {
    if (connLost > 0) {
      return;
    }
    try {
      ByteBuffer[] pending = buffer.toArray(new ByteBuffer[0]);
      long n = channel.write(pending);
      bufferSize -= n;
      while (!buffer.isEmpty() && !buffer.peek().hasRemaining()) {
        buffer.poll();
      }
    } catch (IOException e) {
      fatalError(failure("write", e));
      return;
    }
    marks.shrank(bufferSize);
    if (buffer.isEmpty()) {
      stopWriting();
      if (closing) {
        connLost++;
        callConnectionLost(null);
      } else if (eof) {
        shutdownOutput();
      }
    }
  }

  private void shutdownOutput() {
    try {
      channel.shutdownOutput();
    } catch (IOException e) {
      fatalError(failure("shutdown", e));
    }
  }

  private void fatalError(RuntimeException exc) {
    forceClose(exc);
  }

  /** asyncio's {@code _force_close}: drops the buffer and ends the connection with {@code exc}. */
  private void forceClose(RuntimeException exc) {
    if (connLost > 0) {
      return;
    }
    if (!buffer.isEmpty()) {
      buffer.clear();
      bufferSize = 0;
    }
    stopWriting();
    if (!closing) {
      closing = true;
      stopReading();
    }
    connLost++;
    loop.callSoon(() -> callConnectionLost(exc));
  }

  private void callConnectionLost(RuntimeException exc) {
    try {
      protocol.connectionLost(exc);
    } finally {
      stopReading();
      stopWriting();
      try {
        channel.close();
      } catch (IOException e) {
        // Nothing more to tell: the connection is over.
      }
      onClosed.accept(this);
    }
  }

  private void startReading() {
    if (!reading && channel.isOpen()) {
      try {
        io.add(channel, SelectorIo.READ, SelectionKey.OP_READ, readWaiter);
        reading = true;
      } catch (UncheckedIOException e) {
        fatalError(failure("read", e.getCause()));
      }
    }
  }

  private void stopReading() {
    if (reading) {
      reading = false;
      io.remove(channel, SelectorIo.READ, readWaiter);
    }
  }

  private void startWriting() {
    if (!writing) {
      try {
        io.add(channel, SelectorIo.WRITE, SelectionKey.OP_WRITE, writeWaiter);
        writing = true;
      } catch (UncheckedIOException e) {
        fatalError(failure("write", e.getCause()));
      }
    }
  }

  private void stopWriting() {
    if (writing) {
      writing = false;
      io.remove(channel, SelectorIo.WRITE, writeWaiter);
    }
  }

  /** The connection's error: unchecked, naming the operation and the peer, keeping the cause. */
  private UncheckedIOException failure(String operation, IOException cause) {
    String detail = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    return new UncheckedIOException(operation + " on connection to " + peername + " failed: " + detail, cause);
  }
}
