package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.GeneratorExit;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;

/** agen_006: yielding while aclose closes the generator, and a cleanup that raises. */
@AsyncGenerator
@Coroutine
public interface IgnoredExit {
  default AsyncGen<Object, Object, Void> stubborn(Trace t) {
    try {
      Yield.value(1);
    } catch (GeneratorExit e) {
      t.print("stubborn caught GeneratorExit and yields");
      Yield.value("from except");
      t.print("stubborn resumed after the yield");
    }
    Yield.value("after");
    return AsyncGen.done();
  }

  default AsyncGen<Object, Object, Void> yieldsInFinally(Trace t) {
    try {
      Yield.value(1);
    } finally {
      await(Aio.sleep(0));
      t.print("finally awaited and yields");
      Yield.value("from finally");
    }
    return AsyncGen.done();
  }

  @SuppressWarnings("finally") // the finally raises, as in Python
  default AsyncGen<Object, Object, Void> failsInCleanup() {
    try {
      Yield.value(1);
    } finally {
      await(Aio.sleep(0));
      throw new Py.ValueError("cleanup failed");
    }
  }

  default Coro<Void> main(Trace t) {
    AgenSupport s = AgenSupportSteps.INSTANCE;
    AsyncGen<Object, Object, Void> ag = stubborn(t);
    await(s.acall(t, "__anext__()", ag.anext()));
    await(s.acall(t, "aclose()", ag.aclose()));
    t.print("state:", Py.agstate(ag));
    await(s.acall(t, "__anext__()", ag.anext()));
    await(s.acall(t, "__anext__()", ag.anext()));
    t.print("state:", Py.agstate(ag));

    ag = yieldsInFinally(t);
    await(s.acall(t, "__anext__()", ag.anext()));
    await(s.acall(t, "aclose()", ag.aclose()));
    t.print("state:", Py.agstate(ag));
    await(s.acall(t, "__anext__()", ag.anext()));
    t.print("state:", Py.agstate(ag));

    ag = failsInCleanup();
    await(s.acall(t, "__anext__()", ag.anext()));
    await(s.acall(t, "aclose()", ag.aclose()));
    t.print("state:", Py.agstate(ag));
    await(s.acall(t, "aclose() again", ag.aclose()));
    return Coro.done();
  }
}
