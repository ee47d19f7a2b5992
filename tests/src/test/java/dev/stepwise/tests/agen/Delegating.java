package dev.stepwise.tests.agen;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import java.util.List;

/** PEP 828: Yield.from inside an asynchronous generator. */
@AsyncGenerator
public interface Delegating {
  default AsyncGen<String, String, String> inner(List<String> log) {
    try {
      await(Aio.sleep(0));
      String got = Yield.value("inner-1");
      log.add("inner got " + got);
      got = Yield.value("inner-2");
      log.add("inner got " + got);
    } finally {
      log.add("inner finally");
    }
    return AsyncGen.done("inner-result");
  }

  default AsyncGen<String, String, Void> outer(List<String> log, Gen<String, String, String> sync) {
    String r = Yield.from(inner(log));
    log.add("outer: inner returned " + r);
    String s = Yield.from(sync);
    log.add("outer: sync returned " + s);
    Yield.value("outer-end");
    return AsyncGen.done();
  }
}
