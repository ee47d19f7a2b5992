package dev.stepwise.aio;

import dev.stepwise.Coro;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * How connections are made: name resolution off the loop's thread, connecting to each resolved
 * address in turn, and wiring a connected channel to a pair of streams. asyncio's
 * {@code getaddrinfo}, {@code create_connection} and {@code open_connection}.
 */
final class Network {
  private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private Network() {}

  /**
   * Resolves {@code host}: a numeric address at once, a name on the loop's default executor (the
   * loop never blocks on a lookup). Python's {@code loop.getaddrinfo()} with its numeric shortcut.
   */
  static Future<List<InetSocketAddress>> getaddrinfo(EventLoop loop, String host, int port) {
    if (port < 0 || port > 0xFFFF) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (host == null) {
      Future<List<InetSocketAddress>> any = loop.createFuture();
      any.complete(List.of(new InetSocketAddress(port)));
      return any;
    }
    if (isLiteral(host)) {
      Future<List<InetSocketAddress>> literal = loop.createFuture();
      try {
        literal.complete(addresses(host, port));
      } catch (UncheckedIOException e) {
        literal.fail(e);
      }
      return literal;
    }
    return loop.runInExecutor(null, () -> addresses(host, port));
  }

  private static boolean isLiteral(String host) {
    return IPV4_LITERAL.matcher(host).matches() || host.indexOf(':') >= 0;
  }

  private static List<InetSocketAddress> addresses(String host, int port) {
    try {
      Set<InetSocketAddress> unique = new LinkedHashSet<>();
      for (InetAddress a : InetAddress.getAllByName(host)) {
        unique.add(new InetSocketAddress(a, port));
      }
      return new ArrayList<>(unique);
    } catch (UnknownHostException e) {
      throw new UncheckedIOException("getaddrinfo failed for '" + host + "': " + e.getMessage(), e);
    }
  }

  /** The streams over a connected non-blocking channel; reading starts at once. */
  static Connection wrap(EventLoop loop, SocketChannel channel, int limit, Consumer<SocketTransport> onClosed) {
    StreamReader reader = new StreamReader(limit);
    StreamProtocol protocol = new StreamProtocol(loop, reader);
    SocketTransport transport = new SocketTransport(loop, loop.io(), channel, protocol, onClosed);
    return new Connection(reader, new StreamWriter(transport, protocol, reader));
  }

  /**
   * Python's {@code open_connection}: resolve, then try each address until one connects; if all
   * fail, raise the one error, or one naming them all ("Multiple exceptions: ...") with each as
   * a suppressed exception.
   */
  static Coro<Connection> openConnection(String host, int port, int limit) {
    if (host == null) {
      throw new NullPointerException("host");
    }
    if (limit <= 0) {
      throw new IllegalArgumentException("Limit cannot be <= 0");
    }
    return new LibraryCoro<Connection>("open_connection") {
      private List<InetSocketAddress> addresses;
      private int next;
      private SocketChannel channel;
      private final List<RuntimeException> errors = new ArrayList<>();

      @Override
      @SuppressWarnings("unchecked")
      protected int $resume(Throwable injected) throws Throwable {
        switch ($state) {
          case 0:
            if (injected != null) {
              throw injected;
            }
            return await(getaddrinfo(EventLoop.running(), host, port), 1);
          case 1:
            if (injected != null) {
              throw injected;
            }
            addresses = (List<InetSocketAddress>) sent();
            if (addresses.isEmpty()) {
              throw new UncheckedIOException("getaddrinfo() returned empty list for '" + host + "'", new UnknownHostException(host));
            }
            return tryNext();
          default:
            if (injected != null) {
              closeQuietly(channel);
              if (!(injected instanceof RuntimeException) || injected instanceof CancelledError) {
                throw injected;
              }
              errors.add((RuntimeException) injected);
              return tryNext();
            }
            return ret(wrap(EventLoop.running(), channel, limit, t -> {}));
        }
      }

      private int tryNext() throws IOException {
        if (next == addresses.size()) {
          throw combined(errors);
        }
        InetSocketAddress address = addresses.get(next++);
        channel = SocketChannel.open();
        try {
          channel.configureBlocking(false);
        } catch (IOException e) {
          closeQuietly(channel);
          throw e;
        }
        return await(EventLoop.running().sockConnect(channel, address), 2);
      }
    };
  }

  private static RuntimeException combined(List<RuntimeException> errors) {
    if (errors.size() == 1) {
      return errors.get(0);
    }
    Set<String> messages = new LinkedHashSet<>();
    for (RuntimeException e : errors) {
      messages.add(String.valueOf(e.getMessage()));
    }
    if (messages.size() == 1) {
      return errors.get(0);
    }
    UncheckedIOException all = new UncheckedIOException("Multiple exceptions: " + String.join(", ", messages),
        new IOException("every address failed"));
    for (RuntimeException e : errors) {
      all.addSuppressed(e);
    }
    return all;
  }

  static void closeQuietly(java.nio.channels.Channel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // Closing a channel that failed: nothing to report beyond the original error.
      }
    }
  }
}
