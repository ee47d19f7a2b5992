package dev.stepwise.tests.asyncgens;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.GeneratorExit;
import dev.stepwise.StopAsyncIteration;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import java.util.List;

/**
 * Yield.from inside asynchronous generators (PEP 828): of an asynchronous generator and of a
 * synchronous one, with their return values; asend, athrow and aclose go to the delegate.
 */
@AsyncGenerator
public interface FromAgens extends Awaits {
  /** Delegates to an asynchronous generator and yields what it returned. */
  default AsyncGen<Object, Object, String> fromAsync(List<String> log) {
    log.add("fromAsync start");
    String r = Yield.from(SourcesSteps.INSTANCE.withReturn(log, "a", 2));
    log.add("fromAsync got " + r);
    Yield.value("inner returned " + r);
    return AsyncGen.done("outer(" + r + ")");
  }

  /** Delegates to a synchronous generator between awaits and yields what it returned. */
  default AsyncGen<Object, Object, String> fromSync(List<String> log) {
    await(Aio.sleep(0));
    String r = Yield.from(SyncSourcesSteps.INSTANCE.counted(log, "s", 3));
    int t = await(twice(log, r.length()));
    Yield.value(r + " " + t);
    return AsyncGen.done(r);
  }

  /** Delegates to a list (a plain Iterable): its values, then null. */
  default AsyncGen<Object, Object, Void> fromIterable(List<String> log) {
    Object r = Yield.from(List.of("x", "y"));
    log.add("list delegation returned " + r);
    await(Aio.sleep(0));
    Yield.value("after list");
    return AsyncGen.done();
  }

  /** Two levels of asynchronous delegation: this delegates to relay, which delegates to withReturn. */
  default AsyncGen<Object, Object, String> fromRelay(List<String> log) {
    String r = Yield.from(SourcesSteps.INSTANCE.relay(log, "r"));
    Yield.value("relay returned " + r);
    return AsyncGen.done(r);
  }

  /** The delegate catches Caught and yields again; its return value counts the catches. */
  default AsyncGen<Object, Object, Integer> fromCatchingAsync(List<String> log) {
    int n = Yield.from(SourcesSteps.INSTANCE.catching(log));
    Yield.value("async delegate caught " + n);
    return AsyncGen.done(n);
  }

  /** A synchronous delegate that catches Caught. */
  default AsyncGen<Object, Object, Integer> fromCatchingSync(List<String> log) {
    int n = Yield.from(SyncSourcesSteps.INSTANCE.catching(log));
    await(Aio.sleep(0));
    Yield.value("sync delegate caught " + n);
    return AsyncGen.done(n);
  }

  /** The delegate raises: the exception comes out of Yield.from, where the body catches it. */
  default AsyncGen<Object, Object, String> fromRaising(List<String> log) {
    try {
      Object r = Yield.from(SourcesSteps.INSTANCE.failingAfter(log, 1));
      log.add("never " + r);
    } catch (IllegalStateException e) {
      await(Aio.sleep(0));
      Yield.value("delegate raised " + e.getMessage());
    }
    return AsyncGen.done("recovered");
  }

  /** Delegation to generators that yield nothing: an asynchronous one that awaits, and an empty list. */
  default AsyncGen<Object, Object, String> fromEmpty(List<String> log) {
    String r = Yield.from(SourcesSteps.INSTANCE.empty(log));
    Object l = Yield.from(List.of());
    Yield.value("empty returned " + r + " and " + l);
    return AsyncGen.done(r);
  }

  /** Delegation in a loop, the return values summed up, alternating asynchronous and synchronous delegates. */
  default AsyncGen<Object, Object, String> fromInLoop(List<String> log) {
    String all = "";
    for (int i = 0; i < 3; i++) {
      if (i % 2 == 0) {
        all += Yield.from(SourcesSteps.INSTANCE.withReturn(log, "L" + i, i)) + ";";
      } else {
        all += Yield.from(SyncSourcesSteps.INSTANCE.counted(log, "S" + i, i)) + ";";
      }
      await(Aio.sleep(0));
    }
    Yield.value(all);
    return AsyncGen.done(all);
  }

  /** Delegation to a generator that is already exhausted: no values, its return value. */
  default AsyncGen<Object, Object, String> fromExhausted(List<String> log) {
    AsyncGen<Object, Object, String> g = SourcesSteps.INSTANCE.withReturn(log, "e", 1);
    Object first = await(g.anext());
    try {
      await(g.asend("by hand"));
    } catch (StopAsyncIteration e) {
      log.add("exhausted by hand, value " + e.value());
    }
    Yield.value("first " + first);
    String r = Yield.from(g);
    Yield.value("delegation to the exhausted one returned " + r);
    return AsyncGen.done(r);
  }

  /** The delegate catches GeneratorExit and returns: aclose() closes it, then raises GeneratorExit here. */
  default AsyncGen<Object, Object, String> fromExitCatching(List<String> log) {
    try {
      String r = Yield.from(SourcesSteps.INSTANCE.exitCatching(log));
      log.add("exitCatching returned " + r);
      Yield.value("after delegation " + r);
    } catch (GeneratorExit e) {
      log.add("delegator got GeneratorExit");
      throw e;
    }
    return AsyncGen.done("end");
  }

  /** A delegation inside try/finally whose finally awaits. */
  default AsyncGen<Object, Object, String> fromWithAwaitingFinally(List<String> log) {
    String r;
    try {
      r = Yield.from(SourcesSteps.INSTANCE.withReturn(log, "f", 2));
      Yield.value("got " + r);
    } finally {
      await(Aio.sleep(0.5));
      log.add("delegator finally " + Env.now());
    }
    return AsyncGen.done(r);
  }

  /** Yields and awaits of its own around a synchronous then an asynchronous delegation, catching Caught at its own yield. */
  default AsyncGen<Object, Object, String> fromMixed(List<String> log) {
    String r = "";
    try {
      Object got = Yield.value("own");
      r += got;
    } catch (Caught e) {
      r += "caught";
    }
    r += Yield.from(SyncSourcesSteps.INSTANCE.counted(log, "m", 1));
    await(twice(log, 3));
    r += Yield.from(SourcesSteps.INSTANCE.withReturn(log, "n", 1));
    Yield.value(r);
    return AsyncGen.done(r);
  }
}
