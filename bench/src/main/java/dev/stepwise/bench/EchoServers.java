package dev.stepwise.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import dev.stepwise.aio.Aio;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;
import java.util.concurrent.ThreadFactory;

/**
 * N1's Java echo servers on 127.0.0.1. Each prints {@code READY <port>} once listening and ends
 * by itself after {@code seconds} at most (the driver kills it sooner).
 *
 * <p>Usage: {@code EchoServers stepwise|selector|netty|vthreads PORT SECONDS}
 */
public final class EchoServers {
  private EchoServers() {}

  public static void main(String[] args) throws Exception {
    String kind = args[0];
    int port = Integer.parseInt(args[1]);
    double seconds = Double.parseDouble(args[2]);
    Thread deadline = new Thread(() -> {
      try {
        Thread.sleep((long) (seconds * 1000) + 2000);
      } catch (InterruptedException e) {
        return;
      }
      Runtime.getRuntime().halt(3);
    });
    deadline.setDaemon(true);
    deadline.start();
    switch (kind) {
      case "stepwise" -> Aio.run(EchoSteps.INSTANCE.serve(port, seconds));
      case "selector" -> selector(port, seconds);
      case "netty" -> netty(port, seconds);
      case "vthreads" -> vthreads(port, seconds);
      default -> throw new IllegalArgumentException(kind);
    }
    Runtime.getRuntime().halt(0);
  }

  static void ready(int port) {
    System.out.println("READY " + port);
    System.out.flush();
  }

  /** The floor: one thread, one Selector, read and write back at once (OP_WRITE only on a partial write). */
  static void selector(int port, double seconds) throws IOException {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    try (Selector sel = Selector.open(); ServerSocketChannel ss = ServerSocketChannel.open()) {
      ss.bind(new InetSocketAddress("127.0.0.1", port), 1024);
      ss.configureBlocking(false);
      ss.register(sel, SelectionKey.OP_ACCEPT);
      ready(((InetSocketAddress) ss.getLocalAddress()).getPort());
      while (System.nanoTime() < end) {
        sel.select(100);
        Iterator<SelectionKey> it = sel.selectedKeys().iterator();
        while (it.hasNext()) {
          SelectionKey key = it.next();
          it.remove();
          if (!key.isValid()) {
            continue;
          }
          if (key.isAcceptable()) {
            SocketChannel c = ss.accept();
            if (c != null) {
              c.configureBlocking(false);
              c.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
              c.register(sel, SelectionKey.OP_READ, ByteBuffer.allocateDirect(4096));
            }
            continue;
          }
          SocketChannel c = (SocketChannel) key.channel();
          ByteBuffer buf = (ByteBuffer) key.attachment();
          try {
            if (key.isReadable()) {
              int n = c.read(buf);
              if (n < 0) {
                key.cancel();
                c.close();
                continue;
              }
            }
            buf.flip();
            c.write(buf);
            buf.compact();
            key.interestOps(buf.position() > 0 ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
          } catch (IOException e) {
            key.cancel();
            c.close();
          }
        }
      }
    }
  }

  /** Netty, one NIO event loop for accepting and for every connection; write on read, flush on read complete. */
  static void netty(int port, double seconds) throws InterruptedException {
    EventLoopGroup group = new NioEventLoopGroup(1);
    try {
      ChannelHandler echo = new ChannelInboundHandlerAdapter() {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
          ctx.write(msg);
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
          ctx.flush();
        }

        @Override
        public boolean isSharable() {
          return true;
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
          ctx.close();
        }
      };
      Channel server = new ServerBootstrap()
          .group(group, group)
          .channel(NioServerSocketChannel.class)
          .option(ChannelOption.SO_BACKLOG, 1024)
          .childOption(ChannelOption.TCP_NODELAY, true)
          .childHandler(echo)
          .bind("127.0.0.1", port)
          .sync()
          .channel();
      ready(((InetSocketAddress) server.localAddress()).getPort());
      server.closeFuture().await((long) (seconds * 1000));
    } finally {
      group.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
  }

  /** A blocking echo: one virtual thread per connection (JDK 21+). */
  static void vthreads(int port, double seconds) throws Exception {
    ThreadFactory threads = VThreads.factory();
    try (ServerSocket ss = new ServerSocket()) {
      ss.bind(new InetSocketAddress("127.0.0.1", port), 1024);
      ready(ss.getLocalPort());
      Thread acceptor = threads.newThread(() -> {
        while (true) {
          Socket s;
          try {
            s = ss.accept();
            s.setTcpNoDelay(true);
          } catch (IOException e) {
            return;
          }
          threads.newThread(() -> {
            byte[] buf = new byte[4096];
            try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
              int n;
              while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
              }
            } catch (IOException e) {
              // the client went away
            }
          }).start();
        }
      });
      acceptor.start();
      Thread.sleep((long) (seconds * 1000));
    }
  }
}
