package dev.stepwise.aio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * The socket operations of {@link EventLoop}: each tries its operation at once and, only if it
 * would block, waits on the loop's {@link SelectorIo} until the channel is ready, then tries again.
 * asyncio's {@code _sock_recv}, {@code _sock_sendall}, {@code _sock_accept} and
 * {@code _sock_connect_cb} of {@code BaseSelectorEventLoop}.
 */
final class SocketOps {
  private SocketOps() {}

  static Future<byte[]> recv(EventLoop loop, SelectorIo io, SocketChannel channel, int maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("sockRecv: maxBytes is negative: " + maxBytes);
    }
    return new Op<byte[]>(loop, io, "sockRecv", channel, SelectorIo.READ, SelectionKey.OP_READ) {
      @Override
      boolean attempt() throws IOException {
        if (maxBytes == 0) {
          future.complete(new byte[0]);
          return true;
        }
        ByteBuffer buffer = ByteBuffer.allocate(maxBytes);
        int n = channel.read(buffer);
        if (n == 0) {
          return false;
        }
        future.complete(n < 0 ? new byte[0] : Arrays.copyOf(buffer.array(), n));
        return true;
      }
    }.start();
  }

  static Future<Integer> recvInto(EventLoop loop, SelectorIo io, SocketChannel channel, ByteBuffer buffer) {
    if (buffer == null) {
      throw new NullPointerException("buffer");
    }
    if (buffer.isReadOnly()) {
      throw new IllegalArgumentException("sockRecvInto: the buffer is read-only");
    }
    return new Op<Integer>(loop, io, "sockRecvInto", channel, SelectorIo.READ, SelectionKey.OP_READ) {
      @Override
      boolean attempt() throws IOException {
        if (!buffer.hasRemaining()) {
          future.complete(0);
          return true;
        }
        int n = channel.read(buffer);
        if (n == 0) {
          return false;
        }
        future.complete(Math.max(n, 0));
        return true;
      }
    }.start();
  }

  static Future<Void> sendall(EventLoop loop, SelectorIo io, SocketChannel channel, byte[] data) {
    if (data == null) {
      throw new NullPointerException("data");
    }
    return new Op<Void>(loop, io, "sockSendall", channel, SelectorIo.WRITE, SelectionKey.OP_WRITE) {
      private ByteBuffer rest = ByteBuffer.wrap(data);
      private boolean copied;

      @Override
      boolean attempt() throws IOException {
        while (rest.hasRemaining()) {
          if (channel.write(rest) == 0) {
            if (!copied) {
              // The caller may reuse its array once the call returns: keep our own copy of the rest.
              rest = ByteBuffer.wrap(Arrays.copyOfRange(data, rest.position(), data.length));
              copied = true;
            }
            return false;
          }
        }
        future.complete(null);
        return true;
      }
    }.start();
  }

  static Future<SocketChannel> accept(EventLoop loop, SelectorIo io, ServerSocketChannel server) {
    return new Op<SocketChannel>(loop, io, "sockAccept", server, SelectorIo.READ, SelectionKey.OP_ACCEPT) {
      @Override
      boolean attempt() throws IOException {
        SocketChannel accepted = server.accept();
        if (accepted == null) {
          return false;
        }
        try {
          accepted.configureBlocking(false);
        } catch (IOException | RuntimeException e) {
          accepted.close();
          throw e;
        }
        future.complete(accepted);
        return true;
      }
    }.start();
  }

  static Future<Void> connect(EventLoop loop, SelectorIo io, SocketChannel channel, SocketAddress address) {
    if (address == null) {
      throw new NullPointerException("address");
    }
    return new Op<Void>(loop, io, "sockConnect to " + address, channel, SelectorIo.WRITE, SelectionKey.OP_CONNECT) {
      private boolean started;

      @Override
      boolean attempt() throws IOException {
        boolean connected;
        if (!started) {
          started = true;
          connected = channel.connect(address);
        } else {
          connected = channel.finishConnect();
        }
        if (connected) {
          future.complete(null);
        }
        return connected;
      }
    }.start();
  }

  private static void requireNonBlocking(String name, SelectableChannel channel) {
    if (channel == null) {
      throw new NullPointerException("channel");
    }
    if (channel.isBlocking()) {
      throw new IllegalArgumentException(name + ": the channel must be non-blocking");
    }
  }

  /** One operation: its future, and its waiter while it waits. */
  private abstract static class Op<T> implements SelectorIo.Waiter {
    final Future<T> future;
    private final SelectorIo io;
    private final String name;
    private final SelectableChannel channel;
    private final int direction;
    private final int ops;

    Op(EventLoop loop, SelectorIo io, String name, SelectableChannel channel, int direction, int ops) {
      requireNonBlocking(name, channel);
      this.future = loop.createFuture();
      this.io = io;
      this.name = name;
      this.channel = channel;
      this.direction = direction;
      this.ops = ops;
    }

    /**
     * Tries the operation once without blocking.
     *
     * @return true if it finished the future, false if it would block
     */
    abstract boolean attempt() throws IOException;

    final Future<T> start() {
      if (!attemptOrFail()) {
        try {
          io.add(channel, direction, ops, this);
        } catch (RuntimeException e) {
          future.fail(e instanceof UncheckedIOException ? failure(((UncheckedIOException) e).getCause()) : e);
          return future;
        }
        // Runs before the awaiting task resumes (it was added first): a cancelled or finished
        // operation leaves no interest behind.
        future.addDoneCallback(f -> io.remove(channel, direction, this));
      }
      return future;
    }

    @Override
    public final void ready() {
      if (future.done()) {
        return;
      }
      if (attemptOrFail()) {
        io.remove(channel, direction, this);
      }
    }

    @Override
    public final void closed() {
      if (!future.done()) {
        future.fail(failure(new ClosedChannelException()));
      }
    }

    private boolean attemptOrFail() {
      try {
        return attempt();
      } catch (IOException e) {
        future.fail(failure(e));
      } catch (RuntimeException e) {
        future.fail(e);
      }
      return true;
    }

    private UncheckedIOException failure(IOException cause) {
      String detail = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
      return new UncheckedIOException(name + " failed: " + detail, cause);
    }
  }
}
