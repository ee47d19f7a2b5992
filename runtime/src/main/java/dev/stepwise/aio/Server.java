package dev.stepwise.aio;

import dev.stepwise.AsyncContextManager;
import dev.stepwise.Awaitable;
import dev.stepwise.Coro;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A listening TCP server: each accepted connection gets a {@link StreamReader} and a
 * {@link StreamWriter} and a task running the handler on them. Python's {@code asyncio.Server}
 * as {@link Aio#startServer} returns it (3.12 semantics for {@link #waitClosed}, 3.13's
 * {@link #closeClients}).
 *
 * <p>A handler that fails is reported to the loop's exception handler ("Unhandled exception in
 * client_connected_cb") and its connection closed; the other connections go on. Closing the server
 * stops accepting; connections already made stay open until their handlers close them (or
 * {@link #closeClients}); {@link #waitClosed} returns once the server is closed and every one of
 * them has ended. {@code Async.with(server)} closes and waits on the way out.
 */
public final class Server implements AsyncContextManager<Server>, AutoCloseable {
  /**
   * What runs for each connection. Python's {@code client_connected_cb}.
   */
  @FunctionalInterface
  public interface ClientConnected {
    /**
     * Starts serving one connection.
     *
     * @param reader what the client sends
     * @param writer what goes back to it
     * @return the coroutine serving it, run as a task
     */
    Coro<?> handle(StreamReader reader, StreamWriter writer);
  }

  /** asyncio's pause after {@code accept()} runs out of descriptors: 1 second. */
  private static final double ACCEPT_RETRY_DELAY = 1.0;

  private final EventLoop loop;
  private final ClientConnected handler;
  private final int limit;
  private final int backlog;
  private List<ServerSocketChannel> sockets;
  private final List<InetSocketAddress> addresses = new ArrayList<>();
  private final List<SelectorIo.Waiter> acceptors = new ArrayList<>();
  private final Set<SocketTransport> clients = new LinkedHashSet<>();
  private List<Future<Void>> waiters = new ArrayList<>();
  private Future<Void> servingForever;
  private boolean serving;

  private Server(EventLoop loop, List<ServerSocketChannel> sockets, ClientConnected handler, int limit, int backlog) {
    this.loop = loop;
    this.sockets = sockets;
    this.handler = handler;
    this.limit = limit;
    this.backlog = backlog;
    for (ServerSocketChannel s : sockets) {
      try {
        addresses.add((InetSocketAddress) s.getLocalAddress());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Python's {@code start_server}: resolve, bind every address, start accepting. */
  static Coro<Server> start(ClientConnected handler, String host, int port, int limit, int backlog) {
    if (handler == null) {
      throw new NullPointerException("handler");
    }
    if (limit <= 0) {
      throw new IllegalArgumentException("Limit cannot be <= 0");
    }
    if (backlog <= 0) {
      throw new IllegalArgumentException("backlog must be positive: " + backlog);
    }
    return new LibraryCoro<Server>("start_server") {
      @Override
      @SuppressWarnings("unchecked")
      protected int $resume(Throwable injected) throws Throwable {
        if (injected != null) {
          throw injected;
        }
        EventLoop loop = EventLoop.running();
        if ($state == 0) {
          return await(Network.getaddrinfo(loop, host, port), 1);
        }
        List<ServerSocketChannel> bound = new ArrayList<>();
        try {
          for (InetSocketAddress address : (List<InetSocketAddress>) sent()) {
            bound.add(bind(address, backlog));
          }
        } catch (RuntimeException | Error e) {
          bound.forEach(Network::closeQuietly);
          throw e;
        }
        Server server = new Server(loop, bound, handler, limit, backlog);
        server.startAccepting();
        return ret(server);
      }
    };
  }

  private static ServerSocketChannel bind(InetSocketAddress address, int backlog) {
    ServerSocketChannel channel = null;
    try {
      channel = ServerSocketChannel.open();
      channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
      channel.bind(address, backlog);
      channel.configureBlocking(false);
      return channel;
    } catch (IOException e) {
      Network.closeQuietly(channel);
      throw new UncheckedIOException("error while attempting to bind on address " + address + ": " + e.getMessage(), e);
    }
  }

  /**
   * The loop the server runs on. Python's {@code get_loop()}.
   *
   * @return the loop
   */
  public EventLoop loop() {
    return loop;
  }

  /**
   * Whether it accepts connections. Python's {@code is_serving()}.
   *
   * @return false once closed
   */
  public boolean isServing() {
    return serving;
  }

  /**
   * The addresses it listens on (with the ports chosen for port 0). Python's
   * {@code [s.getsockname() for s in server.sockets]}.
   *
   * @return an unmodifiable list; empty once closed
   */
  public List<InetSocketAddress> addresses() {
    return sockets == null ? List.of() : Collections.unmodifiableList(addresses);
  }

  /**
   * The port of the first address it listens on: the one the OS chose when asked for port 0.
   *
   * @return the port
   * @throws IllegalStateException if the server is closed
   */
  public int port() {
    if (sockets == null) {
      throw new IllegalStateException("the server is closed");
    }
    return addresses.get(0).getPort();
  }

  /**
   * Stops accepting and closes the listening sockets; connections already made go on. Python's
   * {@code close()}. A {@link #serveForever} in progress ends with {@link CancelledError}.
   * Idempotent. (In {@code try (Server s = Async.with(server))} the way out awaits
   * {@link #exit}, which also waits until the server is closed; a plain try-with-resources only
   * closes.)
   */
  @Override
  public void close() {
    List<ServerSocketChannel> listening = sockets;
    if (listening == null) {
      return;
    }
    sockets = null;
    serving = false;
    for (int i = 0; i < listening.size(); i++) {
      if (i < acceptors.size()) {
        loop.io().remove(listening.get(i), SelectorIo.READ, acceptors.get(i));
      }
      Network.closeQuietly(listening.get(i));
    }
    loop.io().flushCancelledKeys(); // the listening sockets refuse connections from now on
    acceptors.clear();
    if (servingForever != null && !servingForever.done()) {
      servingForever.cancel();
      servingForever = null;
    }
    if (clients.isEmpty()) {
      wakeUp();
    }
  }

  /** Closes every connection once its buffer is flushed. Python 3.13's {@code close_clients()}. */
  public void closeClients() {
    for (SocketTransport t : new ArrayList<>(clients)) {
      t.close();
    }
  }

  /** Closes every connection at once, dropping what is buffered. Python 3.13's {@code abort_clients()}. */
  public void abortClients() {
    for (SocketTransport t : new ArrayList<>(clients)) {
      t.abort();
    }
  }

  /**
   * Waits until the server is closed and every connection it accepted has ended. Python's
   * {@code wait_closed()} (3.12.1 and later).
   *
   * @return a coroutine finished with null
   */
  public Coro<Void> waitClosed() {
    return new LibraryCoro<Void>("Server.wait_closed") {
      @Override
      protected int $resume(Throwable injected) throws Throwable {
        if (injected != null) {
          throw injected;
        }
        if ($state == 0 && waiters != null) {
          Future<Void> waiter = loop.createFuture();
          waiters.add(waiter);
          return await(waiter, 1);
        }
        return ret(null);
      }
    };
  }

  /**
   * Starts accepting if it does not already. Python's {@code start_serving()}; servers made by
   * {@link Aio#startServer} already serve.
   *
   * @return a coroutine finished with null
   */
  public Coro<Void> startServing() {
    return LibraryCoro.of("Server.start_serving", () -> {
      startAccepting();
      return null;
    });
  }

  /**
   * Accepts connections until the server is closed, or the awaiting task is cancelled (then it
   * closes the server and waits for it first). Python's {@code serve_forever()}.
   *
   * @return a coroutine that ends by raising {@link CancelledError}
   */
  public Coro<Void> serveForever() {
    return new LibraryCoro<Void>("Server.serve_forever") {
      private Future<Void> forever;
      private Throwable cancelled;

      @Override
      protected int $resume(Throwable injected) throws Throwable {
        switch ($state) {
          case 0:
            if (injected != null) {
              throw injected;
            }
            if (servingForever != null) {
              throw new IllegalStateException("server " + Server.this + " is already being awaited on serve_forever()");
            }
            if (sockets == null) {
              throw new IllegalStateException("server " + Server.this + " is closed");
            }
            startAccepting();
            forever = loop.createFuture();
            servingForever = forever;
            return await(forever, 1);
          case 1:
            if (servingForever == forever) {
              servingForever = null;
            }
            if (injected instanceof CancelledError) {
              cancelled = injected;
              close();
              return await(waitClosed(), 2);
            }
            if (injected != null) {
              throw injected;
            }
            return ret(null);
          default:
            throw cancelled;
        }
      }
    };
  }

  /**
   * @return a completed awaitable of this server; Python's {@code __aenter__}
   */
  @Override
  public Awaitable<Server> enter() {
    return LibraryCoro.of("Server.__aenter__", () -> this);
  }

  /**
   * Closes the server and waits until it is closed. Python's {@code __aexit__}.
   *
   * @param pending the exception leaving the block, or null
   * @return an awaitable of false: the exception is not suppressed
   */
  @Override
  public Awaitable<Boolean> exit(Throwable pending) {
    return LibraryCoro.then("Server.__aexit__", () -> {
      close();
      return waitClosed();
    }, v -> Boolean.FALSE);
  }

  @Override
  public String toString() {
    return "<Server sockets=" + addresses() + ">";
  }

  private void startAccepting() {
    if (serving || sockets == null) {
      return;
    }
    serving = true;
    for (ServerSocketChannel s : sockets) {
      SelectorIo.Waiter acceptor = new SelectorIo.Waiter() {
        @Override
        public void ready() {
          acceptReady(s, this);
        }

        @Override
        public void closed() {
          // The listening socket was closed behind the server's back: nothing more to accept.
        }
      };
      acceptors.add(acceptor);
      loop.io().add(s, SelectorIo.READ, SelectionKey.OP_ACCEPT, acceptor);
    }
  }

  /** asyncio's {@code _accept_connection}: takes up to {@code backlog} pending connections. */
  private void acceptReady(ServerSocketChannel socket, SelectorIo.Waiter acceptor) {
    for (int i = 0; i < backlog && sockets != null; i++) {
      SocketChannel channel;
      try {
        channel = socket.accept();
        if (channel == null) {
          return;
        }
        channel.configureBlocking(false);
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        // Out of descriptors or buffers: tell, stop accepting for a while, try again.
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("message", "socket.accept() out of system resource");
        context.put("exception", e);
        context.put("socket", socket);
        loop.callExceptionHandler(context);
        loop.io().remove(socket, SelectorIo.READ, acceptor);
        loop.callLater(ACCEPT_RETRY_DELAY, () -> {
          if (sockets != null && socket.isOpen()) {
            loop.io().add(socket, SelectorIo.READ, SelectionKey.OP_ACCEPT, acceptor);
          }
        });
        return;
      }
      serve(channel);
    }
  }

  private void serve(SocketChannel channel) {
    Connection conn = Network.wrap(loop, channel, limit, this::detach);
    SocketTransport transport = (SocketTransport) conn.writer().transport();
    clients.add(transport);
    Coro<?> coro;
    try {
      coro = handler.handle(conn.reader(), conn.writer());
    } catch (RuntimeException | Error e) {
      reportHandlerFailure(e, transport);
      return;
    }
    if (coro == null) {
      return;
    }
    Task<?> task = loop.createTask(coro);
    task.addDoneCallback(t -> {
      if (t.cancelled()) {
        transport.close();
        return;
      }
      Throwable exc = t.exception();
      if (exc != null) {
        reportHandlerFailure(exc, transport);
      }
    });
  }

  private void reportHandlerFailure(Throwable exc, SocketTransport transport) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("message", "Unhandled exception in client_connected_cb");
    context.put("exception", exc);
    context.put("transport", transport);
    loop.callExceptionHandler(context);
    transport.close();
  }

  private void detach(SocketTransport transport) {
    if (clients.remove(transport) && clients.isEmpty() && sockets == null) {
      wakeUp();
    }
  }

  private void wakeUp() {
    List<Future<Void>> ws = waiters;
    waiters = null;
    if (ws != null) {
      for (Future<Void> w : ws) {
        if (!w.done()) {
          w.complete(null);
        }
      }
    }
  }
}
