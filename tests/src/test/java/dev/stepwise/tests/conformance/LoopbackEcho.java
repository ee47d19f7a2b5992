package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Connection;
import dev.stepwise.aio.Future;
import dev.stepwise.aio.Server;
import dev.stepwise.aio.StreamReader;
import dev.stepwise.aio.StreamWriter;
import dev.stepwise.annotations.Coroutine;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * aio_047: streams over real loopback TCP (127.0.0.1, an ephemeral port): an echo server, a
 * half-close with writeEof, close and waitClosed on both sides, and {@code async with server}
 * ({@code Async.with(server)}). Python's {@code server.sockets} are {@link Server#addresses()};
 * {@code get_extra_info('peername')[0]} is the host of {@link StreamWriter#peername()}.
 */
@Coroutine
public interface LoopbackEcho {
  static byte[] b(String ascii) {
    return ascii.getBytes(StandardCharsets.ISO_8859_1);
  }

  static String host(SocketAddress address) {
    return ((InetSocketAddress) address).getAddress().getHostAddress();
  }

  default Coro<Void> echo(Trace t, Future<Integer> done, StreamReader reader, StreamWriter writer) {
    int lines = 0;
    while (true) {
      byte[] line = await(reader.readline());
      if (line.length == 0) {
        break;
      }
      lines += 1;
      t.print("server got", line);
      writer.write(line);
      await(writer.drain());
    }
    boolean atEof = reader.atEof();
    byte[] rest = await(reader.read());
    t.print("server: readline() -> b'' | at_eof():", atEof, "| read() ->", rest);
    t.print("server: the client's host:", host(writer.peername()));
    writer.write(b("bye after " + lines + " lines\n"));
    await(writer.drain());
    writer.close();
    await(writer.waitClosed());
    done.setResult(lines);
    return Coro.done();
  }

  default Coro<Void> roundTrip(Trace t, Future<Integer> done, int port, List<String> lines) {
    Connection conn = await(Aio.openConnection("127.0.0.1", port));
    StreamReader reader = conn.reader();
    StreamWriter writer = conn.writer();
    t.print("client: the server's host:", host(writer.peername()), "| own host:", host(writer.sockname()));
    for (String text : lines) {
      byte[] data = b(text);
      t.print("client sends", data);
      writer.write(data);
      await(writer.drain());
      long newlines = text.chars().filter(c -> c == '\n').count();
      for (long i = 0; i < newlines; i++) {
        byte[] got = await(reader.readline());
        t.print("client got", got);
      }
    }
    t.print("client: can_write_eof():", writer.canWriteEof());
    writer.writeEof();
    t.print("client: write_eof() sent");
    byte[] answer = await(reader.readline());
    t.print("client got", answer);
    byte[] rest = await(reader.read());
    t.print("client: read() ->", rest, "| at_eof():", reader.atEof());
    t.print("client: is_closing() before close():", writer.isClosing());
    writer.close();
    t.print("client: is_closing() after close():", writer.isClosing());
    await(writer.waitClosed());
    t.print("client: wait_closed() returned");
    int served = await(done);
    t.print("server handler finished after", served, "lines");
    return Coro.done();
  }

  @SuppressWarnings("try")
  default Coro<Void> main(Trace t) {
    Future<Integer> done = Aio.getRunningLoop().createFuture();
    Server server = await(Aio.startServer((r, w) -> echo(t, done, r, w), "127.0.0.1", 0));
    int port = server.port();
    t.print("is_serving():", server.isServing(), "| sockets:", server.addresses().size(),
        "| host:", host(server.addresses().get(0)));
    await(roundTrip(t, done, port, List.of("hello\n", "two\nlines\n")));
    server.close();
    t.print("after close(): is_serving():", server.isServing(), "| sockets:", server.addresses().size());
    await(server.waitClosed());
    t.print("wait_closed() returned");

    Future<Integer> again = Aio.getRunningLoop().createFuture();
    Server second = await(Aio.startServer((r, w) -> echo(t, again, r, w), "127.0.0.1", 0));
    try (Server s = Async.with(second)) {
      t.print("in async with: is_serving():", second.isServing());
      await(roundTrip(t, again, second.port(), List.of("once more\n")));
    }
    t.print("after async with: is_serving():", second.isServing(), "| sockets:", second.addresses().size());
    return Coro.done();
  }
}
