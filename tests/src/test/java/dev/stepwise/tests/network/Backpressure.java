package dev.stepwise.tests.network;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Connection;
import dev.stepwise.aio.Event;
import dev.stepwise.aio.Server;
import dev.stepwise.aio.StreamReader;
import dev.stepwise.aio.StreamWriter;
import dev.stepwise.annotations.Coroutine;
import java.util.zip.CRC32;

/**
 * A writer whose peer stops reading: {@code drain} must wait until the peer reads again, and the
 * writer's buffer must stay bounded by the high-water mark.
 */
@Coroutine
public interface Backpressure {
  /** What the writer observed. */
  final class Report {
    public long sent;
    public long received;
    public long sentCrc;
    public long receivedCrc;
    public int maxBufferedAfterDrain;
    public int maxBufferedAfterWrite;
    public boolean sawPause;
    public boolean drainWaitedForReader = true;
    public int[] limits;
  }

  /** Reads nothing until {@code go} is set, then everything, noting when it started. */
  default Coro<Void> lazyReader(Event go, boolean[] started, long[] received, CRC32 crc, StreamReader reader, StreamWriter writer) {
    await(go.waitAsync());
    started[0] = true;
    while (true) {
      byte[] chunk = await(reader.read(64 * 1024));
      if (chunk.length == 0) {
        break;
      }
      received[0] += chunk.length;
      crc.update(chunk);
    }
    writer.close();
    return Coro.done();
  }

  default Coro<Report> run(int chunks, int chunkSize, int high) {
    Event go = new Event();
    boolean[] started = {false};
    long[] received = {0};
    CRC32 receivedCrc = new CRC32();
    Server server = await(Aio.startServer((r, w) -> lazyReader(go, started, received, receivedCrc, r, w), "127.0.0.1", 0));
    Connection conn = await(Aio.openConnection("127.0.0.1", server.port()));
    StreamWriter writer = conn.writer();
    writer.setWriteBufferLimits(high, -1);
    Report report = new Report();
    report.limits = writer.writeBufferLimits();
    CRC32 sentCrc = new CRC32();
    byte[] chunk = new byte[chunkSize];
    for (int i = 0; i < chunks; i++) {
      for (int j = 0; j < chunk.length; j++) {
        chunk[j] = (byte) (i * 31 + j);
      }
      writer.write(chunk);
      sentCrc.update(chunk);
      report.sent += chunk.length;
      int buffered = writer.writeBufferSize();
      report.maxBufferedAfterWrite = Math.max(report.maxBufferedAfterWrite, buffered);
      boolean paused = buffered > high;
      if (paused && !report.sawPause) {
        report.sawPause = true;
        go.set(); // the reader starts only now: a drain that returns must have waited for it
      }
      await(writer.drain());
      if (paused && !started[0]) {
        report.drainWaitedForReader = false;
      }
      report.maxBufferedAfterDrain = Math.max(report.maxBufferedAfterDrain, writer.writeBufferSize());
    }
    go.set();
    writer.writeEof();
    await(writer.drain());
    byte[] rest = await(conn.reader().read());
    writer.close();
    await(writer.waitClosed());
    server.close();
    await(server.waitClosed());
    report.received = received[0] + rest.length;
    report.sentCrc = sentCrc.getValue();
    report.receivedCrc = receivedCrc.getValue();
    return Coro.done(report);
  }
}
