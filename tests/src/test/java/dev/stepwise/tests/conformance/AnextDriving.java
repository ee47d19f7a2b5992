package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.AsyncGenerator;

/** agen_002: the awaitables of anext() driven by hand; the body's awaits hand up the probes' labels. */
@AsyncGenerator
public interface AnextDriving {
  default AsyncGen<Object, Object, Void> gen(Trace t) {
    t.print("gen started");
    Object a = await(Probes.awaitable(() -> ProbesSteps.INSTANCE.probe(t, "first await")));
    t.print("gen yields", a);
    Yield.value(a);
    String b = await(Probes.awaitable(() -> ProbesSteps.INSTANCE.probe(t, "second await")));
    String c = await(Probes.awaitable(() -> ProbesSteps.INSTANCE.probe(t, "third await")));
    t.print("gen yields", b + c);
    Yield.value(b + c);
    t.print("gen ends");
    return AsyncGen.done();
  }
}
