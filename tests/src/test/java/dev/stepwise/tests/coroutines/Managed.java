package dev.stepwise.tests.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.tests.coroutines.Tick.tick;

import dev.stepwise.AsyncContextManager;
import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/**
 * An asynchronous context manager whose enter and exit are coroutines of this interface (Python's
 * class with {@code async def __aenter__} and {@code __aexit__}); {@link Conn} is the object bound
 * by {@code Async.with}. Its exit suppresses the exception it receives when asked to, and fails
 * when its label starts with '!'.
 */
@Coroutine
public interface Managed extends AsyncContextManager<Managed.Conn>, Ticking {
  /** Where enter and exit log. */
  List<String> log();

  /** The manager's name in the log. */
  String label();

  /** Whether exit suppresses the exception leaving the block. */
  boolean suppresses();

  @Override
  default Coro<Conn> enter() {
    log().add("enter " + label());
    await(Aio.sleep(0));
    return Coro.done((Conn) this);
  }

  @Override
  default Coro<Boolean> exit(Throwable pending) {
    log().add("exit " + label() + " with " + (pending == null ? "null" : pending.getClass().getSimpleName() + " " + pending.getMessage()));
    await(Aio.sleep(0));
    if (label().startsWith("!")) {
      throw new IllegalStateException("exit of " + label() + " fails");
    }
    return Coro.done(suppresses() && pending != null);
  }

  /** A query through the connection: suspends once. */
  default Coro<String> query(String q) {
    String answer = await(tick(label() + ":" + q));
    log().add("query " + q + " -> " + answer);
    return Coro.done(answer);
  }

  /** What {@code Async.with(new Conn(...))} binds. */
  final class Conn extends ManagedSteps implements AutoCloseable {
    private final List<String> log;
    private final String label;
    private final boolean suppresses;

    public Conn(List<String> log, String label, boolean suppresses) {
      this.log = log;
      this.label = label;
      this.suppresses = suppresses;
    }

    @Override
    public List<String> log() {
      return log;
    }

    @Override
    public String label() {
      return label;
    }

    @Override
    public boolean suppresses() {
      return suppresses;
    }

    /** Never called: Async.with awaits exit() instead. */
    @Override
    public void close() {
      throw new IllegalStateException("Conn.close() called: use it through Async.with");
    }
  }
}
