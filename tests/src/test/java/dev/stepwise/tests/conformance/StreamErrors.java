package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Connection;
import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.IncompleteReadError;
import dev.stepwise.aio.Queue;
import dev.stepwise.aio.Server;
import dev.stepwise.aio.StreamReader;
import dev.stepwise.aio.StreamWriter;
import dev.stepwise.annotations.Coroutine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * aio_101: stream errors over real loopback TCP (127.0.0.1, ephemeral ports). Python's
 * exceptions are Stepwise's: ConnectionRefusedError an {@link UncheckedIOException} caused by a
 * {@link java.net.ConnectException} (Python's OSError is Java's {@link IOException}, raised
 * unchecked), ConnectionResetError one whose cause tells of the reset, or "Connection lost";
 * RuntimeError('Cannot call write() after write_eof()') an {@link IllegalStateException} with
 * that message. SO_LINGER (1, 0) is {@code setOption(SO_LINGER, 0)} on the channel that
 * {@code getExtraInfo("socket")} returns; the asyncio logger is the {@code java.util.logging}
 * logger "dev.stepwise.aio".
 */
@Coroutine
public interface StreamErrors {
  /** Keeps the messages of what the loop logs, as the Python program's logging handler does. */
  final class Capture extends Handler {
    final List<String> messages = new ArrayList<>();

    @Override
    public void publish(LogRecord record) {
      messages.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  static byte[] b(String ascii) {
    return ascii.getBytes(StandardCharsets.ISO_8859_1);
  }

  static String text(byte[] data) {
    return new String(data, StandardCharsets.ISO_8859_1);
  }

  default Coro<Void> handler(Trace t, Queue<String> events, StreamReader reader, StreamWriter writer) {
    String kind = text(await(reader.readline()));
    if (kind.equals("reset\n")) {
      try {
        byte[] line = await(reader.readline());
        t.print("server: readline() ->", line);
      } catch (RuntimeException e) {
        t.print("server: readline() raised", Py.name(e));
      }
      writer.close();
      try {
        await(writer.waitClosed());
      } catch (RuntimeException e) {
        t.print("server: wait_closed() raised", Py.name(e));
      }
    } else if (kind.equals("short\n")) {
      writer.write(b("abcd"));
      await(writer.drain());
      writer.close();
    } else if (kind.equals("fail\n")) {
      await(events.put("handler raises"));
      throw new Py.ValueError("handler failed");
    } else if (kind.equals("echo\n")) {
      byte[] line = await(reader.readline());
      writer.write(line);
      await(writer.drain());
      byte[] rest = await(reader.read());
      t.print("server: read after the client closed ->", rest);
      writer.close();
    } else if (kind.equals("closed\n")) {
      byte[] rest = await(reader.read());
      t.print("server: reads ->", rest, "| at_eof():", reader.atEof());
      writer.close();
    }
    if (!kind.equals("reset\n")) {
      await(writer.waitClosed());
    }
    await(events.put("handler done"));
    return Coro.done();
  }

  default Coro<Connection> open(int port, String kind) {
    Connection conn = await(Aio.openConnection("127.0.0.1", port));
    conn.writer().write(b(kind + "\n"));
    await(conn.writer().drain());
    return Coro.done(conn);
  }

  default Coro<Void> main(Trace t) throws IOException {
    EventLoop loop = Aio.getRunningLoop();
    Queue<String> events = new Queue<>();

    // connection refused
    int freePort;
    try (SocketChannel s = SocketChannel.open()) {
      s.bind(new InetSocketAddress("127.0.0.1", 0));
      freePort = ((InetSocketAddress) s.getLocalAddress()).getPort();
    }
    try {
      await(Aio.openConnection("127.0.0.1", freePort));
    } catch (RuntimeException e) {
      t.print("open_connection() to a closed port raised", Py.name(e),
          "| an OSError:", e instanceof UncheckedIOException);
    }

    Server server = await(Aio.startServer((r, w) -> handler(t, events, r, w), "127.0.0.1", 0));
    int port = server.port();

    // the peer resets the connection while the server is in readline()
    Connection conn = await(open(port, "reset"));
    conn.writer().write(b("half a line"));
    await(conn.writer().drain());
    await(Aio.sleep(0.1));
    ((SocketChannel) conn.writer().getExtraInfo("socket")).setOption(StandardSocketOptions.SO_LINGER, 0);
    conn.writer().close();
    await(conn.writer().waitClosed());
    t.print("event:", await(events.get()));

    // EOF in the middle of a message
    conn = await(open(port, "short"));
    try {
      await(conn.reader().readexactly(10));
    } catch (IncompleteReadError e) {
      t.print("readexactly(10) ->", Py.exc(e), "| partial:", e.partial(), "| expected:", e.expected());
    }
    conn.writer().close();
    await(conn.writer().waitClosed());
    t.print("event:", await(events.get()));

    // a failing client_connected_cb, while another connection is served
    loop.setExceptionHandler((lp, context) -> t.print(Py.handlerLine(context)));
    Connection other = await(open(port, "echo"));
    conn = await(open(port, "fail"));
    t.print("event:", await(events.get()));
    byte[] reads = await(conn.reader().read());
    t.print("the failed handler's client reads:", reads);
    conn.writer().close();
    await(conn.writer().waitClosed());
    other.writer().write(b("still served\n"));
    await(other.writer().drain());
    byte[] echoed = await(other.reader().readline());
    t.print("the other client got", echoed);
    other.writer().close();
    await(other.writer().waitClosed());
    t.print("event:", await(events.get()));
    loop.setExceptionHandler(null);

    // write() and drain() after close()
    conn = await(open(port, "closed"));
    StreamWriter writer = conn.writer();
    writer.write(b("last words"));
    writer.close();
    Logger logger = Logger.getLogger("dev.stepwise.aio");
    Capture capture = new Capture();
    boolean parents = logger.getUseParentHandlers();
    logger.addHandler(capture);
    logger.setUseParentHandlers(false);
    List<String> outcomes = new ArrayList<>();
    for (int i = 1; i < 7; i++) {
      try {
        writer.write(b("after close " + i));
        outcomes.add("write " + i + ": returned, logged " + Py.str(capture.messages));
      } catch (RuntimeException e) {
        outcomes.add("write " + i + ": " + Py.exc(e));
      }
      capture.messages.clear();
    }
    logger.removeHandler(capture);
    logger.setUseParentHandlers(parents);
    for (String o : outcomes) {
      t.print(o);
    }
    try {
      await(writer.drain());
      t.print("drain() after close() returned");
    } catch (RuntimeException e) {
      t.print("drain() after close() ->", Py.exc(e));
    }
    await(writer.waitClosed());
    t.print("event:", await(events.get()));

    // write() after write_eof()
    conn = await(open(port, "closed"));
    conn.writer().writeEof();
    try {
      conn.writer().write(b("more"));
      t.print("write() after write_eof() returned");
    } catch (RuntimeException e) {
      t.print("write() after write_eof() ->", Py.exc(e));
    }
    t.print("event:", await(events.get()));
    byte[] last = await(conn.reader().read());
    t.print("read() ->", last);
    conn.writer().close();
    await(conn.writer().waitClosed());

    server.close();
    await(server.waitClosed());
    return Coro.done();
  }
}
