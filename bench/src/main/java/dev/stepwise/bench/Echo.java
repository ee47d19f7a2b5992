package dev.stepwise.bench;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Server;
import dev.stepwise.aio.StreamReader;
import dev.stepwise.aio.StreamWriter;
import dev.stepwise.annotations.Coroutine;

/** N1's Stepwise server: asyncio's streams echo server, written the same way. */
@Coroutine
public interface Echo {
  /** {@code data = await reader.read(4096); writer.write(data); await writer.drain()} until EOF. */
  default Coro<Void> handle(StreamReader reader, StreamWriter writer) {
    while (true) {
      byte[] data = await(reader.read(4096));
      if (data.length == 0) {
        break;
      }
      writer.write(data);
      await(writer.drain());
    }
    writer.close();
    return Coro.done();
  }

  /** Serves on 127.0.0.1:{@code port} for at most {@code seconds}, then closes. */
  default Coro<Void> serve(int port, double seconds) {
    Server server = await(Aio.startServer(this::handle, "127.0.0.1", port));
    System.out.println("READY " + server.port());
    System.out.flush();
    await(Aio.sleep(seconds));
    server.close();
    return Coro.done();
  }
}
