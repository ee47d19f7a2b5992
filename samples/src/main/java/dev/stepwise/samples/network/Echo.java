package dev.stepwise.samples.network;

import static dev.stepwise.Async.await;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.stepwise.Async;
import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Connection;
import dev.stepwise.aio.Server;
import dev.stepwise.aio.StreamReader;
import dev.stepwise.aio.StreamWriter;
import dev.stepwise.annotations.Coroutine;
import dev.stepwise.samples.coroutines.PyRepr;

/** asyncio's "TCP echo client and server using streams", server and client on one loop. */
@Coroutine
public interface Echo {
  /** Python's {@code handle_echo(reader, writer)}: echoes one line back. */
  default Coro<Void> handleEcho(StreamReader reader, StreamWriter writer) {
    byte[] data = await(reader.readline());
    String message = new String(data, UTF_8).replaceAll("\n$", "");
    System.out.println("Received " + PyRepr.repr(message) + " from client");

    System.out.println("Send: " + PyRepr.repr(message));
    writer.write(data);
    await(writer.drain());

    System.out.println("Close the connection");
    writer.close();
    await(writer.waitClosed());
    return Coro.done();
  }

  /** Python's {@code tcp_echo_client(message, port)}. */
  default Coro<Void> tcpEchoClient(String message, int port) {
    Connection conn = await(Aio.openConnection("127.0.0.1", port));

    System.out.println("Send: " + PyRepr.repr(message));
    conn.writer().write((message + "\n").getBytes(UTF_8));
    await(conn.writer().drain());

    byte[] data = await(conn.reader().readline());
    System.out.println("Received: " + PyRepr.repr(new String(data, UTF_8).strip()));

    System.out.println("Close the connection");
    conn.writer().close();
    await(conn.writer().waitClosed());
    return Coro.done();
  }

  /** Python's {@code main()}: serve on an ephemeral port, run the client, close the server. */
  @SuppressWarnings("try")
  default Coro<Void> main() {
    Server server = await(Aio.startServer(this::handleEcho, "127.0.0.1", 0));
    int port = server.port();
    System.out.println("Serving on 127.0.0.1");

    try (Server s = Async.with(server)) {
      await(tcpEchoClient("Hello World!", port));
    }
    System.out.println("Server closed");
    return Coro.done();
  }
}
