package dev.stepwise.tests.network;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Connection;
import dev.stepwise.aio.Event;
import dev.stepwise.aio.Server;
import dev.stepwise.aio.StreamReader;
import dev.stepwise.aio.StreamWriter;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;
import java.io.UncheckedIOException;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** How connections fail, each scenario returning what it observed as lines. */
@Coroutine
public interface Failures {
  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  static String text(byte[] b) {
    return new String(b, StandardCharsets.US_ASCII);
  }

  /** Answers each line with "L:<line>" and each limit error with "E:<message>". */
  default Coro<Void> limitedLines(StreamReader reader, StreamWriter writer) {
    while (true) {
      String answer;
      try {
        byte[] line = await(reader.readline());
        if (line.length == 0) {
          break;
        }
        answer = "L:" + text(line).strip();
      } catch (IllegalArgumentException e) {
        answer = "E:" + e.getMessage();
      }
      writer.write(ascii(answer + "\n"));
      await(writer.drain());
    }
    writer.close();
    return Coro.done();
  }

  /** A line over the server's 1 KiB limit, then a normal one on the same connection. */
  default Coro<List<String>> oversizedLine() {
    Server server = await(Aio.startServer(this::limitedLines, "127.0.0.1", 0, 1024, 100));
    Connection conn = await(Aio.openConnection("127.0.0.1", server.port()));
    List<String> seen = new ArrayList<>();
    conn.writer().write(ascii("x".repeat(5000) + "\nping\n"));
    await(conn.writer().drain());
    seen.add(text(await(conn.reader().readline())).strip());
    seen.add(text(await(conn.reader().readline())).strip());
    conn.writer().writeEof();
    seen.add("after EOF: '" + text(await(conn.reader().read())) + "'");
    conn.writer().close();
    await(conn.writer().waitClosed());
    server.close();
    await(server.waitClosed());
    return Coro.done(seen);
  }

  /** Reads 100 bytes; the peer sends 10 and resets the connection. */
  default Coro<Void> expectHundred(List<Object> seen, Event done, StreamReader reader, StreamWriter writer) {
    try {
      await(reader.readexactly(100));
      seen.add("read 100 bytes");
    } catch (RuntimeException e) {
      seen.add(e);
    }
    done.set();
    writer.close();
    return Coro.done();
  }

  default Coro<List<Object>> resetMidRead() throws java.io.IOException {
    List<Object> seen = new ArrayList<>();
    Event done = new Event();
    Server server = await(Aio.startServer((r, w) -> expectHundred(seen, done, r, w), "127.0.0.1", 0));
    Connection conn = await(Aio.openConnection("127.0.0.1", server.port()));
    conn.writer().write(new byte[10]);
    await(conn.writer().drain());
    await(Aio.sleep(0.05));
    ((SocketChannel) conn.writer().getExtraInfo("socket")).setOption(StandardSocketOptions.SO_LINGER, 0);
    conn.writer().abort();
    await(done.waitAsync());
    server.close();
    await(server.waitClosed());
    return Coro.done(seen);
  }

  /** Reads 10 bytes; the peer sends 4 and closes normally. */
  default Coro<List<Object>> eofMidMessage() {
    List<Object> seen = new ArrayList<>();
    Event done = new Event();
    Server server = await(Aio.startServer((r, w) -> expectHundred(seen, done, r, w), "127.0.0.1", 0));
    Connection conn = await(Aio.openConnection("127.0.0.1", server.port()));
    conn.writer().write(new byte[4]);
    conn.writer().close();
    await(conn.writer().waitClosed());
    await(done.waitAsync());
    server.close();
    await(server.waitClosed());
    return Coro.done(seen);
  }

  default Coro<Object> refused() throws java.io.IOException {
    ServerSocketChannel probe = ServerSocketChannel.open();
    probe.bind(new java.net.InetSocketAddress("127.0.0.1", 0));
    int port = ((java.net.InetSocketAddress) probe.getLocalAddress()).getPort();
    probe.close();
    try {
      await(Aio.openConnection("127.0.0.1", port));
      return Coro.done("connected");
    } catch (UncheckedIOException e) {
      return Coro.done(e);
    }
  }

  /** Waits for a line, then closes; counts how many handlers ended. */
  default Coro<Void> waitForLine(int[] ended, StreamReader reader, StreamWriter writer) {
    try {
      await(reader.readline());
    } finally {
      ended[0]++;
      writer.close();
    }
    return Coro.done();
  }

  /**
   * Five clients connected; the server closes: it stops accepting at once, but waitClosed returns
   * only after every connection has ended (the clients close theirs one by one).
   */
  default Coro<List<String>> serverClose() {
    int[] ended = {0};
    Server server = await(Aio.startServer((r, w) -> waitForLine(ended, r, w), "127.0.0.1", 0));
    int port = server.port();
    List<Connection> clients = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Connection c = await(Aio.openConnection("127.0.0.1", port));
      clients.add(c);
    }
    await(Aio.sleep(0.05));
    List<String> seen = new ArrayList<>();
    server.close();
    seen.add("serving after close: " + server.isServing());
    Task<Void> waiter = Aio.createTask(server.waitClosed());
    try {
      await(Aio.openConnection("127.0.0.1", port));
      seen.add("a new connection was accepted");
    } catch (UncheckedIOException e) {
      seen.add("new connection refused: " + (e.getCause() instanceof java.net.ConnectException));
    }
    for (Connection c : clients) {
      await(Aio.sleep(0.01));
      seen.add("waitClosed done before client closed: " + waiter.done() + ", handlers ended: " + ended[0]);
      c.writer().close();
      await(c.writer().waitClosed());
    }
    await(waiter);
    seen.add("waitClosed returned; handlers ended: " + ended[0]);
    return Coro.done(seen);
  }

  /** closeClients ends every connection, so every handler sees the end of its stream. */
  default Coro<String> closeClients() {
    int[] ended = {0};
    Server server = await(Aio.startServer((r, w) -> waitForLine(ended, r, w), "127.0.0.1", 0));
    List<Connection> clients = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Connection c = await(Aio.openConnection("127.0.0.1", server.port()));
      clients.add(c);
    }
    await(Aio.sleep(0.05));
    server.close();
    server.closeClients();
    await(server.waitClosed());
    int eofs = 0;
    for (Connection c : clients) {
      byte[] rest = await(c.reader().read());
      if (rest.length == 0 && c.reader().atEof()) {
        eofs++;
      }
      c.writer().close();
    }
    return Coro.done("handlers ended: " + ended[0] + ", clients at EOF: " + eofs);
  }

  /** A handler that fails on its first line. */
  default Coro<Void> failOnLine(StreamReader reader, StreamWriter writer) {
    byte[] line = await(reader.readline());
    if (text(line).startsWith("boom")) {
      throw new IllegalStateException("handler failed on purpose");
    }
    writer.write(line);
    await(writer.drain());
    writer.close();
    return Coro.done();
  }

  default Coro<List<String>> failingHandler() {
    List<String> seen = new ArrayList<>();
    Aio.getRunningLoop().setExceptionHandler((loop, context) -> seen.add(context.get("message") + " / "
        + ((Throwable) context.get("exception")).getMessage()));
    Server server = await(Aio.startServer(this::failOnLine, "127.0.0.1", 0));
    Connection bad = await(Aio.openConnection("127.0.0.1", server.port()));
    Connection good = await(Aio.openConnection("127.0.0.1", server.port()));
    bad.writer().write(ascii("boom\n"));
    seen.add("bad connection reads: '" + text(await(bad.reader().read())) + "' at EOF: " + bad.reader().atEof());
    good.writer().write(ascii("fine\n"));
    seen.add("good connection echoes: " + text(await(good.reader().readline())).strip());
    bad.writer().close();
    good.writer().close();
    server.close();
    await(server.waitClosed());
    return Coro.done(seen);
  }

  /** Writing after close drops the bytes; the drain after it raises "Connection lost". */
  default Coro<List<String>> writeAfterClose() {
    List<String> seen = new ArrayList<>();
    Server server = await(Aio.startServer((r, w) -> {
      w.close();
      return null;
    }, "127.0.0.1", 0));
    Connection conn = await(Aio.openConnection("127.0.0.1", server.port()));
    byte[] rest = await(conn.reader().read());
    seen.add("peer closed, read " + rest.length + " bytes");
    conn.writer().close();
    conn.writer().write(ascii("late")); // dropped, as in Python
    seen.add("write after close returned");
    await(conn.writer().waitClosed());
    try {
      await(conn.writer().drain());
      seen.add("drain after close returned");
    } catch (UncheckedIOException e) {
      seen.add("drain after close: " + e.getMessage() + " (" + e.getCause().getClass().getSimpleName() + ")");
    }
    server.close();
    await(server.waitClosed());
    return Coro.done(seen);
  }
}
