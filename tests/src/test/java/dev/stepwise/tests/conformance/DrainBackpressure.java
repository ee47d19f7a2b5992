package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Connection;
import dev.stepwise.aio.Event;
import dev.stepwise.aio.Future;
import dev.stepwise.aio.Server;
import dev.stepwise.aio.StreamReader;
import dev.stepwise.aio.StreamWriter;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * aio_046: flow control of a StreamWriter over real loopback TCP (127.0.0.1, an ephemeral port,
 * small socket buffers): write never blocks, drain waits above the high-water mark, every byte
 * arrives; a drain pending when the connection ends normally returns, after a reset it raises the
 * reset. Python's {@code writer.transport.set_write_buffer_limits/get_write_buffer_size/abort} are
 * {@link StreamWriter#setWriteBufferLimits}, {@link StreamWriter#writeBufferSize} and
 * {@link StreamWriter#abort}; SO_SNDBUF, SO_RCVBUF and SO_LINGER (1, 0) are set on the channel
 * {@code getExtraInfo("socket")} returns. The payload is random bytes from {@link Random} (the
 * program prints only whether the checksums match).
 *
 * <p>The server's 32 KiB receive buffer: Python binds its own listening socket with SO_RCVBUF set
 * and gives it to {@code start_server(sock=...)}; Stepwise's startServer takes a host and port, so
 * the handler sets SO_RCVBUF on each accepted socket instead, before the client sends a byte (the
 * client waits for the handler to start).
 */
@Coroutine
public interface DrainBackpressure {
  int HIGH = 64 * 1024;
  int LOW = 16 * 1024;
  int CHUNK = 64 * 1024;
  int TOTAL = 4 * 1024 * 1024;

  /** The server's side of one connection: Python's {@code conn} dict. */
  final class Conn {
    final Event go = new Event();
    final Future<long[]> done;
    boolean reset;

    Conn(Future<long[]> done) {
      this.done = done;
    }
  }

  /** The client's streams and the server's side of the same connection. */
  final class Client {
    final StreamReader reader;
    final StreamWriter writer;
    final Conn conn;

    Client(StreamReader reader, StreamWriter writer, Conn conn) {
      this.reader = reader;
      this.writer = writer;
      this.conn = conn;
    }
  }

  /** What the chunked writer did: Python's {@code progress} dict. */
  final class Progress {
    int paused;
    boolean inDrain;
    int written;
    int maxAfterDrain;
  }

  static long crc32(byte[]... parts) {
    CRC32 crc = new CRC32();
    for (byte[] p : parts) {
      crc.update(p);
    }
    return crc.getValue();
  }

  /** Python's {@code writer.get_extra_info("socket").setsockopt(...)}. */
  static <T> void setOption(StreamWriter writer, SocketOption<T> option, T value) {
    try {
      ((SocketChannel) writer.getExtraInfo("socket")).setOption(option, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  default Coro<Void> handler(List<Conn> handlers, StreamReader reader, StreamWriter writer) {
    setOption(writer, StandardSocketOptions.SO_RCVBUF, 32 * 1024);
    Conn conn = new Conn(Aio.getRunningLoop().createFuture());
    handlers.add(conn);
    await(conn.go.waitAsync());
    if (conn.reset) {
      // SO_LINGER (on, 0): closing sends a RST instead of a FIN
      setOption(writer, StandardSocketOptions.SO_LINGER, 0);
      writer.abort();
      conn.done.setResult(null);
      return Coro.done();
    }
    long total = 0;
    CRC32 crc = new CRC32();
    try {
      while (true) {
        byte[] data = await(reader.read(CHUNK));
        if (data.length == 0) {
          break;
        }
        total += data.length;
        crc.update(data);
      }
    } catch (UncheckedIOException e) {
      // Python's ConnectionError: the peer went away
    }
    writer.close();
    conn.done.setResult(new long[] {total, crc.getValue()});
    return Coro.done();
  }

  default Coro<Client> connect(List<Conn> handlers, int expected, int port) {
    Connection c = await(Aio.openConnection("127.0.0.1", port));
    setOption(c.writer(), StandardSocketOptions.SO_SNDBUF, 32 * 1024);
    c.writer().setWriteBufferLimits(HIGH, LOW);
    while (handlers.size() < expected) {
      await(Aio.sleep(0.01));
    }
    return Coro.done(new Client(c.reader(), c.writer(), handlers.get(handlers.size() - 1)));
  }

  default Coro<Void> chunkedWriter(byte[] payload, StreamWriter writer, Progress progress) {
    for (int i = 0; i < TOTAL; i += CHUNK) {
      writer.write(Arrays.copyOfRange(payload, i, i + CHUNK));
      if (writer.writeBufferSize() > HIGH) {
        progress.paused += 1;
      }
      progress.inDrain = true;
      await(writer.drain());
      progress.inDrain = false;
      progress.written += CHUNK;
      progress.maxAfterDrain = Math.max(progress.maxAfterDrain, writer.writeBufferSize());
    }
    writer.writeEof();
    return Coro.done();
  }

  default Coro<Void> main(Trace t) {
    byte[] payload = new byte[TOTAL];
    new Random(46).nextBytes(payload);
    List<Conn> handlers = new ArrayList<>();
    Server server = await(Aio.startServer((r, w) -> handler(handlers, r, w), "127.0.0.1", 0));
    int port = server.port();

    // 1. drain() while not paused does not suspend
    Client c = await(connect(handlers, 1, port));
    c.writer.write("small".getBytes(StandardCharsets.US_ASCII));
    Coro<Void> drain = c.writer.drain();
    t.call("drain() with 5 bytes written, first send(None)", () -> drain.send(null));

    // 2. 64 KiB chunks, drain() after each, the peer reads only after 0.3 s
    Progress progress = new Progress();
    Task<Void> w = Aio.createTask(chunkedWriter(payload, c.writer, progress));
    await(Aio.sleep(0.3));
    t.print("after 0.3 s without the peer reading: writer blocked in drain():",
        progress.inDrain && !w.done(), "| written < 4 MiB:", progress.written < TOTAL);
    c.conn.go.set();
    await(w);
    long[] read = await(c.conn.done);
    t.print("the peer read", read[0], "bytes (5 + 4 MiB) | checksum matches:",
        read[1] == crc32("small".getBytes(StandardCharsets.US_ASCII), payload));
    t.print("drain() had to wait:", progress.paused > 0,
        "| buffer after each drain() <= high-water mark:", progress.maxAfterDrain <= HIGH);
    byte[] rest = await(c.reader.read());
    t.print("read() after the peer closed:", rest);
    c.writer.close();
    await(c.writer.waitClosed());

    // 3. one 4 MiB write(); a drain() pending at connection_lost(None)
    c = await(connect(handlers, 2, port));
    c.writer.write(payload);
    t.print("write(4 MiB) returned, buffered above the high-water mark:", c.writer.writeBufferSize() > HIGH);
    Task<Void> pending = Aio.createTask(c.writer.drain());
    await(Aio.sleep(0.1));
    t.print("drain() pending:", !pending.done());
    c.writer.abort();
    t.print("after abort(): is_closing():", c.writer.isClosing(),
        "| drain() still pending:", !pending.done());
    Void returned = await(pending);
    t.print("the pending drain() returned:", returned);
    try {
      await(c.writer.drain());
      t.print("a later drain() returned");
    } catch (RuntimeException e) {
      t.print("a later drain() ->", Py.exc(e));
    }
    rest = await(c.reader.read());
    t.print("read() ->", rest);
    await(c.writer.waitClosed());
    t.print("wait_closed() returned");
    c.conn.go.set();
    await(c.conn.done);

    // 4. the peer resets the connection while a drain() is pending: connection_lost(exc)
    c = await(connect(handlers, 3, port));
    c.writer.write(payload);
    pending = Aio.createTask(c.writer.drain());
    await(Aio.sleep(0.1));
    t.print("drain() pending:", !pending.done());
    c.conn.reset = true;
    c.conn.go.set();
    await(c.conn.done);
    RuntimeException first = null;
    try {
      await(pending);
      t.print("the pending drain() returned");
    } catch (RuntimeException e) {
      first = e;
      t.print("the pending drain() raised", Py.name(e));
    }
    try {
      await(c.writer.drain());
    } catch (RuntimeException e) {
      t.print("a later drain() raised", Py.name(e), "| the same object:", e == first,
          "| reader.exception() is it:", c.reader.exception() == e);
    }
    try {
      await(c.reader.read());
    } catch (RuntimeException e) {
      t.print("read() raised", Py.name(e));
    }
    c.writer.close();
    try {
      await(c.writer.waitClosed());
      t.print("wait_closed() returned");
    } catch (RuntimeException e) {
      t.print("wait_closed() raised", Py.name(e));
    }

    server.close();
    await(server.waitClosed());
    return Coro.done();
  }
}
