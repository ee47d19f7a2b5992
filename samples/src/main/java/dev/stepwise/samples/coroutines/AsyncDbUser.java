package dev.stepwise.samples.coroutines;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.Coro;
import dev.stepwise.annotations.Coroutine;

/** The seeds' use of AsyncDB with {@code async with}. */
@Coroutine
public interface AsyncDbUser {
  /** Python's {@code main()}. */
  default Coro<Void> main() {
    try (AsyncDb.Connection db = Async.with(new AsyncDb.Connection())) {
      String result = await(db.query("SELECT * FROM users"));
      System.out.println(result);
    }
    return Coro.done();
  }
}
