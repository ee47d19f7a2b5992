package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.LimitOverrunError;
import dev.stepwise.aio.StreamReader;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * aio_043: the StreamReader limit, fed by hand. {@code readline()} over the limit raises
 * {@link IllegalArgumentException} (Python's ValueError, the {@link LimitOverrunError} as its
 * cause) and discards the line; {@code readuntil()} raises {@link LimitOverrunError} and keeps
 * the data.
 *
 * <p>{@link #show} is given the read to make rather than the read made: Stepwise checks a read's
 * arguments when it is created ({@code readuntil(b'')} raises at the call), Python when it is
 * awaited, so the twin creates each read where Python awaits it.
 */
@Coroutine
public interface ReadlineLimit {
  static byte[] b(String ascii) {
    return ascii.getBytes(StandardCharsets.ISO_8859_1);
  }

  default Coro<Void> show(Trace t, String label, Supplier<Coro<byte[]>> read) {
    try {
      byte[] data = await(read.get());
      t.print(label, "->", data);
    } catch (RuntimeException e) {
      String extra = e instanceof LimitOverrunError
          ? " | consumed: " + ((LimitOverrunError) e).consumed() : "";
      t.print(label, "->", Py.exc(e) + extra);
    }
    return Coro.done();
  }

  static StreamReader fed(int limit, boolean eof, String... chunks) {
    StreamReader r = new StreamReader(limit);
    for (String c : chunks) {
      r.feedData(b(c));
    }
    if (eof) {
      r.feedEof();
    }
    return r;
  }

  default Coro<Void> main(Trace t) {
    // readline
    StreamReader r1 = fed(5, false, "abcde\nabcdef\nnext\n");
    await(show(t, "limit=5: readline() of 5 bytes + separator", r1::readline));
    await(show(t, "limit=5: readline() of 6 bytes + separator", r1::readline));
    await(show(t, "the next readline() (the long line is gone)", r1::readline));

    StreamReader r2 = fed(5, false, "abcdefgh");
    await(show(t, "limit=5: readline() with 8 bytes and no separator", r2::readline));
    r2.feedData(b("ijk\nlast\n"));
    await(show(t, "after feeding b'ijk\\nlast\\n': readline()", r2::readline));
    await(show(t, "readline()", r2::readline));
    r2.feedEof();
    t.print("at_eof():", r2.atEof());

    StreamReader r3 = fed(5, false, "abc");
    Task<Void> waiting = Aio.createTask(show(t, "limit=5: waiting readline()", r3::readline));
    await(Aio.sleep(0));
    t.print("readline() is waiting for data:", !waiting.done());
    r3.feedData(b("def"));
    await(waiting);
    r3.feedData(b("gh\n"));
    await(show(t, "after feeding b'gh\\n': readline()", r3::readline));

    // readuntil
    StreamReader r4 = fed(10, true, "0123456789|0123456789abc|rest");
    await(show(t, "limit=10: readuntil(b'|') of 10 bytes + separator", () -> r4.readuntil(b("|"))));
    try {
      await(r4.readuntil(b("|")));
    } catch (LimitOverrunError e) {
      t.print("limit=10: readuntil(b'|') of 13 bytes + separator ->", Py.exc(e),
          "| consumed:", e.consumed(), "| is a ValueError:", IllegalArgumentException.class.isInstance(e));
    }
    await(show(t, "the data is kept: read(-1)", () -> r4.read(-1)));

    StreamReader r5 = fed(10, true, "0123456789AB");
    await(show(t, "limit=10: readuntil(b'|') with 12 bytes and no separator",
        () -> r5.readuntil(b("|"))));
    await(show(t, "the data is kept: read(-1)", () -> r5.read(-1)));

    StreamReader r6 = fed(10, true, "0123456789ABC");
    await(show(t, "limit=10: readuntil(b'END') with 13 bytes and no separator",
        () -> r6.readuntil(b("END"))));
    await(show(t, "the data is kept: read(-1)", () -> r6.read(-1)));

    StreamReader r7 = fed(10, true, "0123456789\r\n");
    await(show(t, "limit=10: readuntil(b'\\r\\n') of 10 bytes + separator", () -> r7.readuntil(b("\r\n"))));

    StreamReader r8 = fed(10, false, "data\n");
    await(show(t, "readuntil(b'')", () -> r8.readuntil(new byte[0])));
    try {
      new StreamReader(0);
    } catch (IllegalArgumentException e) {
      t.print("StreamReader(limit=0) ->", Py.exc(e));
    }
    return Coro.done();
  }
}
