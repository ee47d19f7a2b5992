package dev.stepwise.tests.network;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Connection;
import dev.stepwise.aio.Server;
import dev.stepwise.aio.StreamReader;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/** Whole scenarios of {@link StreamsTest}: a server and its clients on one loop. */
@Coroutine
public interface Scenario {
  Echo ECHO = EchoSteps.INSTANCE;

  default Coro<List<String>> echoOnce(List<String> lines) {
    return Coro.done(await(echoVia("127.0.0.1", lines)));
  }

  /** A server on 127.0.0.1; a client connecting through {@code host}. */
  default Coro<List<String>> echoVia(String host, List<String> lines) {
    Server server = await(Aio.startServer(ECHO::lines, "127.0.0.1", 0));
    List<String> got = await(ECHO.roundTripsVia(host, server.port(), lines));
    server.close();
    await(server.waitClosed());
    return Coro.done(got);
  }

  /**
   * {@code clients} concurrent connections, each sending its own random payload; returns how many
   * got back exactly what they sent (by CRC-32 and length).
   */
  default Coro<Integer> manyClients(int clients, int size, long seed) {
    Server server = await(Aio.startServer(ECHO::bytes, "127.0.0.1", 0, StreamReader.DEFAULT_LIMIT, clients));
    Random random = new Random(seed);
    List<Task<Long>> tasks = new ArrayList<>();
    long[] expected = new long[clients];
    for (int i = 0; i < clients; i++) {
      byte[] payload = new byte[size + random.nextInt(size)];
      random.nextBytes(payload);
      CRC32 crc = new CRC32();
      crc.update(payload);
      expected[i] = crc.getValue();
      tasks.add(Aio.createTask(ECHO.checksummed(server.port(), payload, 4096)));
    }
    int matched = 0;
    for (int i = 0; i < clients; i++) {
      long crc = await(tasks.get(i));
      if (crc == expected[i]) {
        matched++;
      }
    }
    server.close();
    await(server.waitClosed());
    return Coro.done(matched);
  }

  /** Opens and closes {@code cycles} connections one after the other. */
  default Coro<Integer> connectClose(int cycles) {
    Server server = await(Aio.startServer(ECHO::lines, "127.0.0.1", 0));
    int done = 0;
    for (int i = 0; i < cycles; i++) {
      Connection conn = await(Aio.openConnection("127.0.0.1", server.port()));
      conn.writer().close();
      await(conn.writer().waitClosed());
      done++;
    }
    server.close();
    await(server.waitClosed());
    return Coro.done(done);
  }
}
