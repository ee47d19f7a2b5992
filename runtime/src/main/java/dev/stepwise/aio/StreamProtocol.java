package dev.stepwise.aio;

import dev.stepwise.Coro;
import java.io.UncheckedIOException;
import java.net.SocketException;
import java.util.ArrayDeque;

/**
 * What a transport tells the streams: data and end of stream go to the {@link StreamReader}, the
 * water marks pause and resume {@link StreamWriter#drain}, and the end of the connection finishes
 * both. asyncio's {@code StreamReaderProtocol} with its {@code FlowControlMixin}.
 */
final class StreamProtocol {
  private final EventLoop loop;
  private final StreamReader reader;
  private final Future<Void> closed;
  private final ArrayDeque<Future<Void>> drainWaiters = new ArrayDeque<>();
  private boolean paused;
  private boolean connectionLost;

  /** @param reader the reader fed by the transport, or null for a write-only pipe */
  StreamProtocol(EventLoop loop, StreamReader reader) {
    this.loop = loop;
    this.reader = reader;
    this.closed = loop.createFuture();
  }

  void connectionMade(Transport transport) {
    if (reader != null) {
      reader.setTransport(transport);
    }
  }

  void dataReceived(byte[] data, int off, int len) {
    if (reader != null) {
      reader.feedData(data, off, len);
    }
  }

  /** @return true to keep the transport open for writing (a half-closed TCP connection) */
  boolean eofReceived() {
    if (reader != null) {
      reader.feedEof();
    }
    return true;
  }

  void connectionLost(RuntimeException exc) {
    if (reader != null) {
      if (exc == null) {
        reader.feedEof();
      } else {
        reader.setException(exc);
      }
    }
    if (!closed.done()) {
      if (exc == null) {
        closed.complete(null);
      } else {
        closed.fail(exc);
        closed.exception(); // reported through the reader and drain, not as "never retrieved"
      }
    }
    connectionLost = true;
    if (!paused) {
      return;
    }
    paused = false;
    for (Future<Void> w : drainWaiters) {
      if (!w.done()) {
        if (exc == null) {
          w.complete(null);
        } else {
          w.fail(exc);
        }
      }
    }
  }

  void pauseWriting() {
    paused = true;
  }

  void resumeWriting() {
    paused = false;
    for (Future<Void> w : drainWaiters) {
      if (!w.done()) {
        w.complete(null);
      }
    }
  }

  boolean isConnectionLost() {
    return connectionLost;
  }

  /** Finished with null, or with the exception, when the connection ends. */
  Future<Void> closed() {
    return closed;
  }

  /** Python's {@code _drain_helper}. */
  Coro<Void> drainHelper() {
    return new LibraryCoro<Void>("StreamWriter.drain") {
      private Future<Void> waiter;

      @Override
      protected int $resume(Throwable injected) throws Throwable {
        if ($state == 0) {
          if (injected != null) {
            throw injected;
          }
          if (connectionLost) {
            throw connectionLostError();
          }
          if (!paused) {
            return ret(null);
          }
          waiter = loop.createFuture();
          drainWaiters.add(waiter);
          return await(waiter, 1);
        }
        drainWaiters.remove(waiter);
        if (injected != null) {
          throw injected;
        }
        return ret(null);
      }
    };
  }

  /** Python's {@code ConnectionResetError('Connection lost')}. */
  static UncheckedIOException connectionLostError() {
    return new UncheckedIOException("Connection lost", new SocketException("Connection lost"));
  }
}
