package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.IncompleteReadError;
import dev.stepwise.aio.StreamReader;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * aio_044: a StreamReader at EOF, fed by hand: {@link IncompleteReadError} (Python's subclass of
 * EOFError; here an unchecked exception whose cause is an {@link EOFException}) with its
 * {@code partial()} and {@code expected()}, readline's partial last line, read(n) and
 * {@code atEof()}.
 *
 * <p>Stepwise's StreamReader is not an {@code AsyncIterable}, so Python's
 * {@code async for line in reader} is written as what it runs: readline() until the empty line.
 * As in {@link ReadlineLimit}, {@link #show} creates each read where Python awaits it:
 * {@code readexactly(-1)} raises when created in Stepwise, when awaited in Python.
 */
@Coroutine
public interface EofIncomplete {
  static byte[] b(String ascii) {
    return ascii.getBytes(StandardCharsets.ISO_8859_1);
  }

  default Coro<Void> show(Trace t, String label, Supplier<Coro<byte[]>> read) {
    try {
      byte[] data = await(read.get());
      t.print(label, "->", data);
    } catch (RuntimeException e) {
      String extra = "";
      if (e instanceof IncompleteReadError) {
        IncompleteReadError i = (IncompleteReadError) e;
        extra = " | partial: " + Py.repr(i.partial()) + " | expected: " + Py.repr(i.expected())
            + " | is an EOFError: " + Py.str(e.getCause() instanceof EOFException);
      }
      t.print(label, "->", Py.exc(e) + extra);
    }
    return Coro.done();
  }

  default Coro<Void> feeder(Trace t, StreamReader r) {
    for (String chunk : new String[] {"one ", "two ", "three"}) {
      await(Aio.sleep(0));
      t.print("feeding", b(chunk));
      r.feedData(b(chunk));
    }
    await(Aio.sleep(0));
    t.print("feeding EOF");
    r.feedEof();
    return Coro.done();
  }

  default Coro<Void> main(Trace t) {
    StreamReader r1 = new StreamReader();
    r1.feedData(b("abcd"));
    r1.feedEof();
    await(show(t, "readexactly(10) with 4 bytes before EOF", () -> r1.readexactly(10)));
    t.print("buffer emptied, at_eof():", r1.atEof());
    await(show(t, "readexactly(10) again", () -> r1.readexactly(10)));

    StreamReader r2 = new StreamReader();
    r2.feedData(b("no separator here\r"));
    r2.feedEof();
    await(show(t, "readuntil(b'\\r\\n') before EOF", () -> r2.readuntil(b("\r\n"))));
    await(show(t, "readuntil(b'\\r\\n') again", () -> r2.readuntil(b("\r\n"))));

    StreamReader r3 = new StreamReader();
    r3.feedData(b("line 1\npartial"));
    r3.feedEof();
    await(show(t, "readline()", r3::readline));
    await(show(t, "readline()", r3::readline));
    await(show(t, "readline()", r3::readline));
    StreamReader r4 = new StreamReader();
    r4.feedData(b("x\ny\nz"));
    r4.feedEof();
    List<byte[]> lines = new ArrayList<>();
    byte[] line;
    while ((line = await(r4.readline())).length > 0) {
      lines.add(line);
    }
    t.print("async for:", lines);

    StreamReader r5 = new StreamReader();
    r5.feedData(b("abc"));
    await(show(t, "read(0)", () -> r5.read(0)));
    await(show(t, "read(2) of 3 buffered bytes", () -> r5.read(2)));
    await(show(t, "read(10) of 1 buffered byte", () -> r5.read(10)));
    r5.feedData(b("de"));
    r5.feedData(b("fg"));
    await(show(t, "read(10) after two feeds", () -> r5.read(10)));
    t.print("at_eof() with an empty buffer, no EOF:", r5.atEof());
    r5.feedData(b("h"));
    r5.feedEof();
    t.print("at_eof() with EOF fed, 1 byte buffered:", r5.atEof());
    await(show(t, "read(10)", () -> r5.read(10)));
    t.print("at_eof() with EOF fed, empty buffer:", r5.atEof());
    await(show(t, "read(10) at EOF", () -> r5.read(10)));
    await(show(t, "read() at EOF", r5::read));

    StreamReader r6 = new StreamReader(4);
    Task<Void> feeding = Aio.createTask(feeder(t, r6));
    await(show(t, "read(-1) (limit=4) waits for EOF", () -> r6.read(-1)));
    await(feeding);

    StreamReader r7 = new StreamReader();
    r7.feedData(b("xy"));
    await(show(t, "readexactly(0)", () -> r7.readexactly(0)));
    await(show(t, "readexactly(-1)", () -> r7.readexactly(-1)));
    await(show(t, "readexactly(2)", () -> r7.readexactly(2)));
    return Coro.done();
  }
}
