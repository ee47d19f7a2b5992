package dev.stepwise.aio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The reading end of a subprocess pipe (its stdout or stderr) on the loop. The JDK's process
 * streams only block, so a daemon thread reads chunks and hands each to the loop's thread through
 * {@link EventLoop#callSoonThreadsafe}, where it feeds a {@link StreamProtocol}. asyncio's
 * {@code _UnixReadPipeTransport}.
 *
 * <p>Memory stays bounded: the thread reads the next chunk only after the loop has fed the
 * previous one (one chunk in flight at most), and not at all while the reader has paused it
 * (buffer over twice its limit, see {@link StreamReader#feedData}). A reader's buffer therefore
 * never holds more than twice its limit plus one chunk ({@value #CHUNK} bytes); the rest waits in
 * the OS pipe, and the child blocks on a full pipe as it would with a slow reader in Python.
 *
 * <p>The thread ends with its pipe: at the end of the stream, on a read error, after
 * {@link #close} (when it next wakes: a read already blocked in the OS returns only once the child
 * writes or exits), or once the loop is closed. It closes the stream on its way out.
 */
final class PipeReadPump implements Transport {
  /** The most bytes one read hands to the loop. */
  static final int CHUNK = 64 * 1024;
  /** How often a waiting pump checks whether the loop was closed under it, in milliseconds. */
  private static final long POLL_MILLIS = 100;

  private final EventLoop loop;
  private final InputStream in;
  private final StreamProtocol protocol;
  private final String name;
  private final Object lock = new Object();
  /** Guarded by {@link #lock}: the reader asked to stop reading. */
  private boolean paused;
  /** Guarded by {@link #lock}: a chunk is on its way to the loop and not yet fed. */
  private boolean inFlight;
  /** Guarded by {@link #lock}: {@link #close} or {@link #abort} was called. */
  private boolean stopped;
  // Loop-thread state.
  private boolean closing;
  private boolean connectionLost;
  private long delivered;
  private int pauses;

  /**
   * @param name the thread's name, {@code stepwise-subprocess-<pid>-stdout} or {@code -stderr}
   */
  PipeReadPump(EventLoop loop, InputStream in, StreamProtocol protocol, String name) {
    this.loop = loop;
    this.in = in;
    this.protocol = protocol;
    this.name = name;
  }

  /** Tells the protocol and starts the thread; call on the loop's thread. */
  void start() {
    loop.outsideWorkStarted(); // until lost()
    protocol.connectionMade(this);
    Thread t = new Thread(this::pump, name);
    t.setDaemon(true);
    t.start();
  }

  private void pump() {
    byte[] buf = new byte[CHUNK];
    try {
      while (true) {
        if (!awaitTurn()) {
          return;
        }
        int n;
        try {
          n = in.read(buf, 0, buf.length);
        } catch (IOException e) {
          if (!isStopped()) {
            post(() -> lost(new UncheckedIOException("read from " + name + " failed: " + e.getMessage(), e)));
          }
          return;
        }
        if (n < 0) {
          post(this::endOfStream);
          return;
        }
        if (n == 0) {
          continue;
        }
        byte[] data = Arrays.copyOf(buf, n);
        synchronized (lock) {
          inFlight = true;
        }
        if (!post(() -> deliver(data))) {
          return;
        }
      }
    } finally {
      try {
        in.close();
      } catch (IOException e) {
        // The pipe is finished either way.
      }
    }
  }

  /** Waits while a chunk is in flight or the reader paused us; false once stopped or the loop closed. */
  private boolean awaitTurn() {
    synchronized (lock) {
      while ((paused || inFlight) && !stopped) {
        if (loop.isClosed()) {
          return false;
        }
        try {
          lock.wait(POLL_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return !stopped && !loop.isClosed();
    }
  }

  private boolean isStopped() {
    synchronized (lock) {
      return stopped;
    }
  }

  /** Hands {@code r} to the loop; false if the loop is closed (the pump then ends). */
  private boolean post(Runnable r) {
    try {
      loop.callSoonThreadsafe(r);
      return true;
    } catch (IllegalStateException closed) {
      return false;
    }
  }

  private void deliver(byte[] data) {
    try {
      if (!connectionLost && !closing) {
        delivered += data.length;
        protocol.dataReceived(data, 0, data.length);
      }
    } finally {
      synchronized (lock) {
        inFlight = false;
        lock.notifyAll();
      }
    }
  }

  private void endOfStream() {
    if (connectionLost) {
      return;
    }
    closing = true;
    protocol.eofReceived();
    lost(null);
  }

  private void lost(RuntimeException exc) {
    if (connectionLost) {
      return;
    }
    connectionLost = true;
    closing = true;
    loop.outsideWorkEnded();
    protocol.connectionLost(exc);
  }

  @Override
  public void write(byte[] data, int off, int len) {
    throw new UnsupportedOperationException("a read pipe cannot write");
  }

  @Override
  public void writeEof() {
    throw new UnsupportedOperationException("a read pipe cannot write");
  }

  @Override
  public boolean canWriteEof() {
    return false;
  }

  /** Stops reading; the protocol learns of it with {@code connectionLost(null)} in a callback. */
  @Override
  public void close() {
    if (closing) {
      return;
    }
    closing = true;
    synchronized (lock) {
      stopped = true;
      lock.notifyAll();
    }
    loop.callSoon(() -> lost(null));
  }

  @Override
  public void abort() {
    close();
  }

  @Override
  public boolean isClosing() {
    return closing;
  }

  @Override
  public int writeBufferSize() {
    return 0;
  }

  @Override
  public void setWriteBufferLimits(int high, int low) {
    throw new UnsupportedOperationException("a read pipe has no write buffer");
  }

  @Override
  public int[] writeBufferLimits() {
    return new int[] {0, 0};
  }

  @Override
  public void pauseReading() {
    pauses++;
    synchronized (lock) {
      paused = true;
    }
  }

  @Override
  public void resumeReading() {
    synchronized (lock) {
      paused = false;
      lock.notifyAll();
    }
  }

  @Override
  public Object extraInfo(String name) {
    return "pipe".equals(name) ? in : null;
  }

  /** Bytes fed to the protocol so far; read on the loop's thread (tests bound the reader with it). */
  long delivered() {
    return delivered;
  }

  /** How often the reader paused this pump; read on the loop's thread. */
  int pauses() {
    return pauses;
  }

  /** Whether the protocol has learned of the end (EOF, error or close); loop thread. */
  boolean isConnectionLost() {
    return connectionLost;
  }

  @Override
  public String toString() {
    return "<PipeReadPump " + name + (connectionLost ? " closed" : closing ? " closing" : "") + ">";
  }
}
