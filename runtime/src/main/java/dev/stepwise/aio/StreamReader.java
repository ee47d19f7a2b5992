package dev.stepwise.aio;

import dev.stepwise.Coro;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The reading half of a connection: bytes arrive from the transport ({@link #feedData},
 * {@link #feedEof}) and coroutines take them ({@link #read}, {@link #readline},
 * {@link #readexactly}, {@link #readuntil}). Python's {@code asyncio.StreamReader}, with its
 * limit rules and messages.
 *
 * <p>The limit (default 64 KiB) bounds a line: {@link #readline} over it discards the over-long
 * line and raises {@link IllegalArgumentException} (Python's {@code ValueError}); {@link #readuntil}
 * over it raises {@link LimitOverrunError} and keeps the data. It also bounds memory: once the
 * buffer holds more than twice the limit, the transport stops reading from the socket until a read
 * takes the buffer back under the limit, so a fast peer cannot fill the heap.
 *
 * <p>One coroutine at a time may wait for data. Its methods must be called on the loop's thread.
 */
public final class StreamReader implements dev.stepwise.AsyncIterable<byte[]> {
  /** asyncio's {@code _DEFAULT_LIMIT}: 64 KiB. */
  public static final int DEFAULT_LIMIT = 1 << 16;
  private static final byte[] EMPTY = {};
  private static final byte[] NEWLINE = {'\n'};

  private final int limit;
  private final StreamBuffer buffer = new StreamBuffer();
  private boolean eof;
  private Future<Void> waiter;
  private RuntimeException exception;
  private Transport transport;
  private boolean paused;

  /** A reader with the default limit. Python's {@code StreamReader()}. */
  public StreamReader() {
    this(DEFAULT_LIMIT);
  }

  /**
   * A reader whose lines are at most {@code limit} bytes. Python's {@code StreamReader(limit)}.
   *
   * @param limit the limit, positive
   * @throws IllegalArgumentException "Limit cannot be <= 0"
   */
  public StreamReader(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("Limit cannot be <= 0");
    }
    this.limit = limit;
  }

  /**
   * The limit given at construction.
   *
   * @return the limit in bytes
   */
  public int limit() {
    return limit;
  }

  /**
   * The exception set with {@link #setException}. Python's {@code exception()}.
   *
   * @return it, or null
   */
  public RuntimeException exception() {
    return exception;
  }

  /**
   * Makes the waiting read and every later read raise {@code exc}; the transport does this when
   * the connection fails. Python's {@code set_exception()}.
   *
   * @param exc the exception
   */
  public void setException(RuntimeException exc) {
    if (exc == null) {
      throw new NullPointerException("exc");
    }
    exception = exc;
    Future<Void> w = waiter;
    if (w != null) {
      waiter = null;
      if (!w.cancelled()) {
        w.fail(exc);
        w.exception(); // the reader raises it; the waiter's copy is not "never retrieved"
      }
    }
  }

  /**
   * Adds bytes at the end of the buffer and wakes the waiting read. Python's {@code feed_data()}.
   *
   * @param data the bytes; copied
   * @throws IllegalStateException "feed_data after feed_eof"
   */
  public void feedData(byte[] data) {
    feedData(data, 0, data.length);
  }

  /**
   * Adds {@code len} bytes of {@code data} from {@code off}; see {@link #feedData(byte[])}.
   *
   * @param data the array
   * @param off the first byte
   * @param len how many
   * @throws IllegalStateException "feed_data after feed_eof"
   */
  public void feedData(byte[] data, int off, int len) {
    if (eof) {
      throw new IllegalStateException("feed_data after feed_eof");
    }
    if (len == 0) {
      return;
    }
    buffer.append(data, off, len);
    wakeUpWaiter();
    if (transport != null && !paused && buffer.size() > 2 * limit) {
      transport.pauseReading();
      paused = true;
    }
  }

  /** Marks the end of the stream and wakes the waiting read. Python's {@code feed_eof()}. */
  public void feedEof() {
    eof = true;
    wakeUpWaiter();
  }

  /**
   * Whether the stream ended and every byte was read. Python's {@code at_eof()}.
   *
   * @return true once {@link #feedEof} was called and the buffer is empty
   */
  public boolean atEof() {
    return eof && buffer.isEmpty();
  }

  /** The transport to pause while the buffer is over twice the limit. */
  void setTransport(Transport transport) {
    this.transport = transport;
  }

  /**
   * Reads up to {@code n} bytes: what the buffer holds, waiting only if it is empty. Python's
   * {@code read(n)}; {@code n < 0} reads until the end of the stream.
   *
   * @param n the most bytes to return, or negative for all
   * @return a coroutine of the bytes; empty at the end of the stream (or for {@code n == 0})
   */
  public Coro<byte[]> read(int n) {
    return new ReadOp<byte[]>("StreamReader.read", "read") {
      private java.io.ByteArrayOutputStream all;

      @Override
      Object attempt(boolean first) {
        raiseIfFailed(first);
        if (n == 0) {
          return EMPTY;
        }
        if (n < 0) {
          if (!buffer.isEmpty()) {
            if (all == null) {
              all = new java.io.ByteArrayOutputStream();
            }
            byte[] block = buffer.take(buffer.size());
            all.write(block, 0, block.length);
            maybeResumeTransport();
          }
          if (!eof) {
            return MORE;
          }
          return all == null ? EMPTY : all.toByteArray();
        }
        if (buffer.isEmpty() && !eof) {
          return MORE;
        }
        byte[] data = buffer.take(n);
        maybeResumeTransport();
        return data;
      }
    };
  }

  /**
   * Reads until the end of the stream. Python's {@code read()} (that is, {@code read(-1)}).
   *
   * @return a coroutine of every remaining byte
   */
  public Coro<byte[]> read() {
    return read(-1);
  }

  /**
   * Reads one line, up to and including {@code \n}. Python's {@code readline()}.
   *
   * <p>At the end of the stream it returns the partial last line, then empty arrays. A line longer
   * than the limit is discarded with its separator (or, if no separator is in sight, the whole
   * buffer), so the next call reads the next line.
   *
   * @return a coroutine of the line; it raises {@link IllegalArgumentException} "Separator is
   *     found, but chunk is longer than limit" or "Separator is not found, and chunk exceed the
   *     limit" (Python's {@code ValueError}, with the {@link LimitOverrunError} as its cause), or
   *     the exception the connection failed with
   */
  public Coro<byte[]> readline() {
    return new ReadOp<byte[]>("StreamReader.readline", "readuntil") {
      private final Until until = new Until(new byte[][] {NEWLINE});

      @Override
      Object attempt(boolean first) {
        try {
          return until.attempt(first);
        } catch (IncompleteReadError e) {
          return e.partial();
        } catch (LimitOverrunError e) {
          if (buffer.startsWith(NEWLINE, e.consumed())) {
            buffer.discard(e.consumed() + NEWLINE.length);
          } else {
            buffer.clear();
          }
          maybeResumeTransport();
          throw new IllegalArgumentException(e.getMessage(), e);
        }
      }
    };
  }

  /**
   * Reads up to and including the first newline; see {@link #readuntil(byte[]...)}. Python's
   * {@code readuntil()}.
   *
   * @return a coroutine of the bytes
   */
  public Coro<byte[]> readuntil() {
    return readuntil(NEWLINE);
  }

  /**
   * Reads up to and including the first of {@code separators} to end in the stream. Python's
   * {@code readuntil(separator)} and, with several, the tuple form of Python 3.13.
   *
   * @param separators one or more non-empty separators
   * @return a coroutine of the bytes, separator included; it raises {@link IncompleteReadError}
   *     (with the whole rest of the stream as {@code partial} and {@code expected} null) if the
   *     stream ends first, {@link LimitOverrunError} if the separator is not within the limit (the
   *     data stays in the buffer), or, as Python does when it is awaited,
   *     {@link IllegalArgumentException} "Separator should contain at least one element" or
   *     "Separator should be at least one-byte string"
   */
  public Coro<byte[]> readuntil(byte[]... separators) {
    return new ReadOp<byte[]>("StreamReader.readuntil", "readuntil") {
      private Until until;

      @Override
      Object attempt(boolean first) {
        if (until == null) {
          until = new Until(separators);
        }
        return until.attempt(first);
      }
    };
  }

  /**
   * Reads exactly {@code n} bytes. Python's {@code readexactly(n)}.
   *
   * @param n how many, not negative
   * @return a coroutine of the bytes; it raises {@link IncompleteReadError} with the bytes there
   *     were if the stream ends first (they are taken from the buffer), or, as Python does when it
   *     is awaited, {@link IllegalArgumentException} "readexactly size can not be less than zero"
   */
  public Coro<byte[]> readexactly(int n) {
    return new ReadOp<byte[]>("StreamReader.readexactly", "readexactly") {
      @Override
      Object attempt(boolean first) {
        if (n < 0) {
          throw new IllegalArgumentException("readexactly size can not be less than zero");
        }
        raiseIfFailed(first);
        if (n == 0) {
          return EMPTY;
        }
        if (buffer.size() < n) {
          if (eof) {
            throw new IncompleteReadError(buffer.take(buffer.size()), n);
          }
          return MORE;
        }
        byte[] data = buffer.take(n);
        maybeResumeTransport();
        return data;
      }
    };
  }

  /**
   * Iterates over the lines: {@code for (byte[] line : Async.iter(reader))} reads with
   * {@link #readline} until the end of the stream. Python's {@code async for line in reader}.
   *
   * @return an asynchronous iterator of lines (each with its {@code \n}, the last one maybe without)
   */
  @Override
  public dev.stepwise.AsyncIterator<byte[]> aiter() {
    return () -> LibraryCoro.then("StreamReader.__anext__", this::readline, line -> {
      if (line.length == 0) {
        throw new dev.stepwise.StopAsyncIteration();
      }
      return line;
    });
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("<StreamReader");
    if (!buffer.isEmpty()) {
      s.append(' ').append(buffer.size()).append(" bytes");
    }
    if (eof) {
      s.append(" eof");
    }
    if (limit != DEFAULT_LIMIT) {
      s.append(" limit=").append(limit);
    }
    if (waiter != null) {
      s.append(" waiter=").append(waiter);
    }
    if (exception != null) {
      s.append(" exception=").append(exception);
    }
    if (transport != null) {
      s.append(" transport=").append(transport);
    }
    if (paused) {
      s.append(" paused");
    }
    return s.append('>').toString();
  }

  private void raiseIfFailed(boolean first) {
    if (first && exception != null) {
      throw exception;
    }
  }

  private void wakeUpWaiter() {
    Future<Void> w = waiter;
    if (w != null) {
      waiter = null;
      if (!w.cancelled()) {
        w.complete(null);
      }
    }
  }

  private void maybeResumeTransport() {
    if (paused && buffer.size() <= limit) {
      paused = false;
      transport.resumeReading();
    }
  }

  /** Python's {@code _wait_for_data}: the future the one waiting read awaits. */
  private Future<Void> waitForData(String functionName) {
    if (waiter != null) {
      throw new IllegalStateException(functionName
          + "() called while another coroutine is already waiting for incoming data");
    }
    if (paused) {
      paused = false;
      transport.resumeReading();
    }
    waiter = new Future<>(EventLoop.running());
    return waiter;
  }

  /** The search of {@code readuntil}, kept across waits (it resumes where it stopped looking). */
  private final class Until {
    private final byte[][] separators;
    private int offset;

    Until(byte[][] separators) {
      if (separators.length == 0) {
        throw new IllegalArgumentException("Separator should contain at least one element");
      }
      byte[][] sorted = separators.clone();
      Arrays.sort(sorted, Comparator.comparingInt(sep -> sep.length));
      if (sorted[0].length == 0) {
        throw new IllegalArgumentException("Separator should be at least one-byte string");
      }
      this.separators = sorted;
    }

    Object attempt(boolean first) {
      raiseIfFailed(first);
      int minLength = separators[0].length;
      int maxLength = separators[separators.length - 1].length;
      int size = buffer.size();
      if (size - offset >= minLength) {
        int matchStart = -1;
        int matchEnd = -1;
        for (byte[] sep : separators) {
          int at = buffer.indexOf(sep, offset);
          if (at != -1 && (matchEnd == -1 || at + sep.length < matchEnd)) {
            matchStart = at;
            matchEnd = at + sep.length;
          }
        }
        if (matchEnd != -1) {
          if (matchStart > limit) {
            throw new LimitOverrunError("Separator is found, but chunk is longer than limit", matchStart);
          }
          byte[] chunk = buffer.take(matchEnd);
          maybeResumeTransport();
          return chunk;
        }
        offset = Math.max(0, size + 1 - maxLength);
        if (offset > limit) {
          throw new LimitOverrunError("Separator is not found, and chunk exceed the limit", offset);
        }
      }
      if (eof) {
        throw new IncompleteReadError(buffer.take(buffer.size()), null);
      }
      return MORE;
    }
  }

  /** Marker of {@link ReadOp#attempt}: the buffer cannot answer yet; wait for data and retry. */
  private static final Object MORE = new Object();

  /**
   * A read: tries to answer from the buffer and, while it cannot, waits for data. The waiter is
   * dropped however the wait ends (Python's {@code finally: self._waiter = None}).
   */
  private abstract class ReadOp<R> extends LibraryCoro<R> {
    private final String waitName;

    ReadOp(String name, String waitName) {
      super(name);
      this.waitName = waitName;
    }

    /**
     * @param first whether this is the first attempt (Python checks the exception only then; a
     *     later failure arrives through the waiter)
     * @return the result, or {@link #MORE}
     */
    abstract Object attempt(boolean first);

    @Override
    protected int $resume(Throwable injected) throws Throwable {
      boolean first = $state == 0;
      if (!first) {
        waiter = null;
      }
      if (injected != null) {
        throw injected;
      }
      Object r = attempt(first);
      if (r == MORE) {
        return await(waitForData(waitName), 1);
      }
      return ret(r);
    }
  }
}
