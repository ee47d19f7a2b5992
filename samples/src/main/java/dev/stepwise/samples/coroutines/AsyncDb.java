package dev.stepwise.samples.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.aio.Aio.sleep;

import dev.stepwise.AsyncContextManager;
import dev.stepwise.Coro;
import dev.stepwise.annotations.Coroutine;

/**
 * The seeds' {@code AsyncDB}: an asynchronous context manager. Its coroutine methods live in this
 * interface; {@link Connection} is the class users get (Python's class with {@code __aenter__}
 * and {@code __aexit__}).
 */
@Coroutine
public interface AsyncDb extends AsyncContextManager<AsyncDb.Connection> {
  /** Python's {@code __aenter__}: connects. */
  @Override
  default Coro<Connection> enter() {
    System.out.println("Connecting...");
    await(sleep(0.5)); // establishing the connection
    return Coro.done((Connection) this);
  }

  /** Python's {@code __aexit__}: disconnects and lets any exception propagate. */
  @Override
  default Coro<Boolean> exit(Throwable pending) {
    System.out.println("Disconnecting...");
    await(sleep(0.1)); // closing the connection
    return Coro.done(false);
  }

  /** Runs a query. */
  default Coro<String> query(String sql) {
    await(sleep(0.1));
    return Coro.done("Result of: " + sql);
  }

  /** The connection object: what {@code async with AsyncDB() as db} binds. */
  final class Connection extends AsyncDbSteps implements AutoCloseable {
    /** Closing happens through exit(); a plain close() is not how it is used. */
    @Override
    public void close() {
      throw new IllegalStateException("use the connection with Async.with in a coroutine");
    }
  }
}
