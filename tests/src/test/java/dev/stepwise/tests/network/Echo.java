package dev.stepwise.tests.network;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Connection;
import dev.stepwise.aio.StreamReader;
import dev.stepwise.aio.StreamWriter;
import dev.stepwise.annotations.Coroutine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/** Echo servers and clients over streams, used by {@link StreamsTest}. */
@Coroutine
public interface Echo {
  /** Echoes each line until the end of the stream, then closes. */
  default Coro<Void> lines(StreamReader reader, StreamWriter writer) {
    while (true) {
      byte[] line = await(reader.readline());
      if (line.length == 0) {
        break;
      }
      writer.write(line);
      await(writer.drain());
    }
    writer.close();
    await(writer.waitClosed());
    return Coro.done();
  }

  /** Echoes every byte, in whatever chunks they come, until the end of the stream. */
  default Coro<Void> bytes(StreamReader reader, StreamWriter writer) {
    while (true) {
      byte[] chunk = await(reader.read(64 * 1024));
      if (chunk.length == 0) {
        break;
      }
      writer.write(chunk);
      await(writer.drain());
    }
    writer.close();
    await(writer.waitClosed());
    return Coro.done();
  }

  /** Sends each line, reads each echo back, then closes. */
  default Coro<List<String>> roundTrips(int port, List<String> lines) {
    return Coro.done(await(roundTripsVia("127.0.0.1", port, lines)));
  }

  /** Like {@link #roundTrips}, connecting to {@code host} (a name is resolved off the loop). */
  default Coro<List<String>> roundTripsVia(String host, int port, List<String> lines) {
    Connection conn = await(Aio.openConnection(host, port));
    List<String> echoed = new ArrayList<>();
    for (String line : lines) {
      conn.writer().write((line + "\n").getBytes(StandardCharsets.UTF_8));
      await(conn.writer().drain());
      byte[] back = await(conn.reader().readline());
      echoed.add(new String(back, StandardCharsets.UTF_8).strip());
    }
    conn.writer().close();
    await(conn.writer().waitClosed());
    return Coro.done(echoed);
  }

  /**
   * Sends {@code payload} in chunks of {@code chunk} bytes (draining after each), half-closes, reads
   * everything back until the server closes, and returns the CRC-32 of what came back.
   */
  default Coro<Long> checksummed(int port, byte[] payload, int chunk) {
    Connection conn = await(Aio.openConnection("127.0.0.1", port));
    for (int off = 0; off < payload.length; off += chunk) {
      conn.writer().write(payload, off, Math.min(chunk, payload.length - off));
      await(conn.writer().drain());
    }
    conn.writer().writeEof();
    CRC32 crc = new CRC32();
    long total = 0;
    while (true) {
      byte[] back = await(conn.reader().read(64 * 1024));
      if (back.length == 0) {
        break;
      }
      crc.update(back);
      total += back.length;
    }
    conn.writer().close();
    await(conn.writer().waitClosed());
    if (total != payload.length) {
      throw new AssertionError("echoed " + total + " of " + payload.length + " bytes");
    }
    return Coro.done(crc.getValue());
  }
}
