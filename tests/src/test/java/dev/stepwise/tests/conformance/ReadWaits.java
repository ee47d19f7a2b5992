package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.StreamReader;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;
import java.io.UncheckedIOException;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * aio_045: a read on an empty StreamReader waits until feedData or feedEof wakes it (in the next
 * loop iteration); a second reader meanwhile gets {@link IllegalStateException} (Python's
 * RuntimeError, same message); setException fails the pending read and every later one. Python's
 * {@code ConnectionResetError('peer went away')} is what a Stepwise transport fails a reader with
 * on a reset: an {@link UncheckedIOException} caused by the {@link SocketException}.
 */
@Coroutine
public interface ReadWaits {
  static byte[] b(String ascii) {
    return ascii.getBytes(StandardCharsets.ISO_8859_1);
  }

  default Coro<Void> reader(Trace t, String label, Coro<byte[]> read) {
    t.print(label, "starts");
    try {
      byte[] data = await(read);
      t.print(label, "got", data);
    } catch (RuntimeException e) {
      t.print(label, "raised", Py.exc(e));
    }
    return Coro.done();
  }

  default Coro<Void> main(Trace t) {
    StreamReader r = new StreamReader();
    Task<Void> task = Aio.createTask(reader(t, "read(100)", r.read(100)));
    await(Aio.sleep(0));
    await(Aio.sleep(0));
    t.print("the reader is still waiting:", !task.done());
    t.print("feed_data(b'hello')");
    r.feedData(b("hello"));
    t.print("feed_data returned");
    await(Aio.sleep(0));
    t.print("after one iteration, done:", task.done());

    task = Aio.createTask(reader(t, "read(100)", r.read(100)));
    await(Aio.sleep(0));
    t.print("feed_eof()");
    r.feedEof();
    await(task);

    r = new StreamReader();
    task = Aio.createTask(reader(t, "readline()", r.readline()));
    await(Aio.sleep(0));
    for (String chunk : new String[] {"par", "tial ", "line\nmore"}) {
      t.print("feed_data(" + Py.repr(b(chunk)) + ")");
      r.feedData(b(chunk));
      await(Aio.sleep(0));
    }
    await(task);

    r = new StreamReader();
    Task<Void> first = Aio.createTask(reader(t, "first read()", r.read(10)));
    await(Aio.sleep(0));
    await(reader(t, "second read()", r.read(10)));
    await(reader(t, "readline()", r.readline()));
    await(reader(t, "readexactly(3)", r.readexactly(3)));
    t.print("feed_data(b'data')");
    r.feedData(b("data"));
    await(first);

    r = new StreamReader();
    task = Aio.createTask(reader(t, "pending readline()", r.readline()));
    await(Aio.sleep(0));
    r.feedData(b("buffered, no newline"));
    await(Aio.sleep(0));
    UncheckedIOException boom =
        new UncheckedIOException("peer went away", new SocketException("Connection reset"));
    t.print("set_exception(ConnectionResetError('peer went away'))");
    r.setException(boom);
    await(task);
    t.print("exception() is it:", r.exception() == boom);
    await(reader(t, "later read(5)", r.read(5)));
    await(reader(t, "later read(0)", r.read(0)));
    await(reader(t, "later readexactly(1)", r.readexactly(1)));
    r.feedEof();
    await(reader(t, "later readline() after feed_eof()", r.readline()));
    return Coro.done();
  }
}
