package dev.stepwise.tests.debugging;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.aio.Future;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;
import dev.stepwise.annotations.Generator;

/** Bodies that fail; StackTracesTest finds their lines by the marker comments at the ends. */
public interface Failing {
  /** A generator whose second step divides by zero. */
  @Generator
  default Gen<Integer, Void, Void> divide(int zero) {
    Yield.value(1);
    int quotient = 10 / zero; // trace: divide
    Yield.value(quotient);
    return Gen.done();
  }

  /** Delegates to {@link #divide}. */
  @Generator
  default Gen<Integer, Void, Void> delegating(int zero) {
    Yield.from(divide(zero)); // trace: delegating
    return Gen.done();
  }

  /** Delegates to {@link #delegating}: a chain of three. */
  @Generator
  default Gen<Integer, Void, Void> outerDelegating(int zero) {
    Yield.from(delegating(zero)); // trace: outer delegating
    return Gen.done();
  }

  /** Fails before its first yield. */
  @Generator
  default Gen<Integer, Void, Void> failsAtOnce() {
    if (Boolean.TRUE) throw new IllegalStateException("at once"); // trace: fails at once
    Yield.value(0);
    return Gen.done();
  }

  /** Delegates to {@link #failsAtOnce}, which fails while the chain is first entered. */
  @Generator
  default Gen<Integer, Void, Void> delegatingAtOnce() {
    Yield.from(failsAtOnce()); // trace: delegating at once
    return Gen.done();
  }

  /**
   * A statement over several lines that fails in a call on its last, after a text block, comments
   * and quotes that must come through the copy unchanged. (As in any Java method, a failing
   * operator that is not a call is cited at the statement's first line: javac gives only calls
   * their own line.)
   */
  @Generator
  default Gen<String, Void, Void> multiLine(int zero) {
    String block = """
        a text block keeps "quotes" // and this
          and its lines
        """; /* a comment
        over two lines */
    Yield.value(block);
    int sum = block.length()
        + 1 // "a comment with a quote
        + '"'
        + positive(zero - 1); // trace: multi-line statement fails
    Yield.value("sum " + sum);
    return Gen.done();
  }

  /** An await in the middle of a statement over several lines, which fails on its last line. */
  @Coroutine
  default Coro<Integer> multiLineAwait(int value) {
    int got = value
        + await(inner(2))
        + positive(value); // trace: multi-line await fails
    return Coro.done(got);
  }

  /** {@code value}, if it is not negative. */
  default int positive(int value) {
    check(value);
    return value;
  }

  /** Fails in a plain method the body calls. */
  default void check(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative: " + value); // trace: check throws
    }
  }

  @Coroutine
  default Coro<Integer> inner(int value) {
    await(dev.stepwise.aio.Aio.sleep(1));
    check(value); // trace: inner calls check
    return Coro.done(value);
  }

  @Coroutine
  default Coro<Integer> middle(int value) {
    int got = await(inner(value)); // trace: middle awaits inner
    return Coro.done(got);
  }

  @Coroutine
  default Coro<Integer> outer(int value) {
    int got = await(middle(value)); // trace: outer awaits middle
    return Coro.done(got + 1);
  }

  @AsyncGenerator
  default AsyncGen<Integer, Void, Void> countThenFail() {
    Yield.value(1);
    await(dev.stepwise.aio.Aio.sleep(0));
    throw new IllegalStateException("async generator failed"); // trace: agen fails
  }

  @Coroutine
  default Coro<Integer> drain() {
    int total = 0;
    for (int x : Async.iter(countThenFail())) { // trace: drain iterates
      total += x;
    }
    return Coro.done(total);
  }

  @Coroutine
  default Coro<String> waiter(Future<String> f) {
    String got = await(f); // trace: waiter awaits the future
    return Coro.done(got);
  }

  @Coroutine
  default Coro<String> outerWaiter(Future<String> f) {
    String got = await(waiter(f)); // trace: outerWaiter awaits waiter
    return Coro.done(got);
  }
}
