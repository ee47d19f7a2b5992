package dev.stepwise.aio;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The writing end of a subprocess pipe (its stdin) on the loop. The JDK's process stream only
 * blocks, so {@link #write} copies the bytes into a queue and returns at once; a daemon thread
 * writes them to the process and reports each piece back to the loop's thread, where the buffered
 * count falls and {@link StreamProtocol#resumeWriting} is called at the low-water mark (16 KiB by
 * default; {@link StreamProtocol#pauseWriting} above the high-water mark, 64 KiB). asyncio's
 * {@code _UnixWritePipeTransport}.
 *
 * <p>{@link #writeEof} and {@link #close} are the same for a pipe, as in asyncio: the stream is
 * closed after the queued bytes, then the protocol learns of it with {@code connectionLost(null)}.
 * Bytes written after {@link #close} or a failure are dropped (logged from the fifth such write
 * on, as asyncio does); after {@link #writeEof} a write raises, as on a socket.
 * A failed write (the process exited: broken pipe, or the JDK's "Stream closed" once it has reaped
 * the process) drops the queue and ends the connection with an {@link UncheckedIOException} that
 * keeps the {@link IOException} as its cause; it is also set on {@code errors}, the writer's reader
 * slot, so that every later {@link StreamWriter#drain} raises it rather than a causeless
 * "Connection lost".
 *
 * <p>The thread starts with the first write (or close) and ends when the stream is closed, when a
 * write fails, when the process has exited and nothing is queued, or once the loop is closed.
 */
final class PipeWriteTransport implements Transport {
  /** The most bytes written to the process between two reports to the loop. */
  static final int PIECE = 64 * 1024;
  /** Queue marker: close the stream once what is before it is written. */
  private static final Object EOF = new Object();
  /** Queue marker: the process exited; end the thread if nothing else is queued. */
  private static final Object EXITED = new Object();
  /** asyncio's {@code LOG_THRESHOLD_FOR_CONNLOST_WRITES}. */
  private static final int LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5;
  private static final System.Logger LOG = System.getLogger("dev.stepwise.aio");

  private final EventLoop loop;
  private final OutputStream out;
  private final StreamProtocol protocol;
  private final WaterMarks marks;
  private final StreamReader errors;
  private final String name;
  /** Guarded by itself: byte arrays and markers for the thread, and whether the thread runs. */
  private final ArrayDeque<Object> queue = new ArrayDeque<>();
  private boolean threadRunning;
  /** Set by {@link #abort}: the thread stops writing at the next piece. */
  private volatile boolean aborted;
  // Loop-thread state.
  private long bufferSize;
  private boolean closing;
  private boolean eof;
  private boolean connectionLost;
  /** asyncio's {@code _conn_lost} as a count of the writes dropped after close or failure, plus one. */
  private int droppedWrites = 1;

  /**
   * @param errors the stdin writer's reader slot: never fed, it only carries the write error
   * @param name the thread's name, {@code stepwise-subprocess-<pid>-stdin}
   */
  PipeWriteTransport(EventLoop loop, OutputStream out, StreamProtocol protocol, StreamReader errors, String name) {
    this.loop = loop;
    this.out = out;
    this.protocol = protocol;
    this.marks = new WaterMarks(protocol);
    this.errors = errors;
    this.name = name;
    protocol.connectionMade(this);
  }

  @Override
  public void write(byte[] data, int off, int len) {
    if (eof) {
      throw new IllegalStateException("Cannot call write() after write_eof()");
    }
    if (len == 0) {
      return;
    }
    if (connectionLost || closing) {
      // The next drain raises; asyncio drops the bytes the same way and logs the fifth on.
      if (droppedWrites >= LOG_THRESHOLD_FOR_CONNLOST_WRITES) {
        LOG.log(System.Logger.Level.WARNING, "pipe closed by peer or os.write(pipe, data) raised exception.");
      }
      droppedWrites++;
      return;
    }
    enqueue(Arrays.copyOfRange(data, off, off + len));
    bufferSize += len;
    marks.grew(bufferSize);
  }

  /** Same as {@link #close} for a pipe; later writes raise "Cannot call write() after write_eof()". */
  @Override
  public void writeEof() {
    if (closing) {
      return;
    }
    eof = true;
    close();
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
    enqueue(EOF);
  }

  /** Drops the queue and ends the connection now; the thread closes the stream after its current piece. */
  @Override
  public void abort() {
    aborted = true;
    synchronized (queue) {
      queue.clear();
    }
    bufferSize = 0;
    closing = true;
    enqueue(EOF);
    if (!connectionLost) {
      connectionLost = true;
      loop.callSoon(() -> protocol.connectionLost(null));
    }
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
    throw new UnsupportedOperationException("a write pipe cannot read");
  }

  @Override
  public void resumeReading() {
    throw new UnsupportedOperationException("a write pipe cannot read");
  }

  @Override
  public Object extraInfo(String name) {
    return "pipe".equals(name) ? out : null;
  }

  /** The process exited: a thread waiting for more bytes may end. Any thread may call it. */
  void processExited() {
    synchronized (queue) {
      if (threadRunning) {
        queue.add(EXITED);
        queue.notifyAll();
      }
    }
  }

  /** Whether the protocol has learned of the end; loop thread. */
  boolean isConnectionLost() {
    return connectionLost;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("<PipeWriteTransport ").append(name);
    if (connectionLost) {
      s.append(" closed");
    } else if (closing) {
      s.append(" closing");
    }
    if (bufferSize > 0) {
      s.append(" buffered=").append(bufferSize);
    }
    return s.append('>').toString();
  }

  private void enqueue(Object item) {
    synchronized (queue) {
      queue.add(item);
      if (threadRunning) {
        queue.notifyAll();
        return;
      }
      threadRunning = true;
    }
    Thread t = new Thread(this::drainQueue, name);
    t.setDaemon(true);
    t.start();
  }

  /** The thread's body: writes what is queued, in order, reporting each piece to the loop. */
  private void drainQueue() {
    while (true) {
      Object item;
      synchronized (queue) {
        while (queue.isEmpty()) {
          try {
            queue.wait();
          } catch (InterruptedException e) {
            threadRunning = false;
            Thread.currentThread().interrupt();
            return;
          }
        }
        item = queue.poll();
        if (item == EXITED) {
          if (queue.isEmpty()) {
            threadRunning = false;
            return;
          }
          continue;
        }
      }
      if (item == EOF) {
        IOException failure = null;
        try {
          out.close();
        } catch (IOException e) {
          failure = e;
        }
        IOException f = failure;
        post(() -> closed(f));
        return; // threadRunning stays true: nothing is written after EOF
      }
      byte[] data = (byte[]) item;
      for (int off = 0; off < data.length && !aborted; off += PIECE) {
        int n = Math.min(PIECE, data.length - off);
        try {
          out.write(data, off, n);
          out.flush();
        } catch (IOException e) {
          synchronized (queue) {
            queue.clear();
          }
          try {
            out.close();
          } catch (IOException ignored) {
            // Already failing.
          }
          post(() -> failed(e));
          return;
        }
        if (!post(() -> written(n))) {
          try {
            out.close();
          } catch (IOException ignored) {
            // The loop is gone; so is everyone who could care.
          }
          return;
        }
      }
    }
  }

  private boolean post(Runnable r) {
    try {
      loop.callSoonThreadsafe(r);
      return true;
    } catch (IllegalStateException closed) {
      return false;
    }
  }

  private void written(int n) {
    if (connectionLost) {
      return;
    }
    bufferSize -= n;
    marks.shrank(bufferSize);
  }

  private void closed(IOException failure) {
    if (failure != null) {
      failed(failure);
      return;
    }
    if (connectionLost) {
      return;
    }
    connectionLost = true;
    bufferSize = 0;
    protocol.connectionLost(null);
  }

  private void failed(IOException cause) {
    if (connectionLost) {
      return;
    }
    connectionLost = true;
    closing = true;
    bufferSize = 0;
    String detail = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    UncheckedIOException exc = new UncheckedIOException("write to " + name + " failed: " + detail, cause);
    errors.setException(exc);
    protocol.connectionLost(exc);
  }
}
