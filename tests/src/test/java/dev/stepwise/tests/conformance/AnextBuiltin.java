package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.AsyncGen;
import dev.stepwise.AsyncIterable;
import dev.stepwise.AsyncIterator;
import dev.stepwise.Awaitable;
import dev.stepwise.Coro;
import dev.stepwise.StopAsyncIteration;
import dev.stepwise.Yield;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;
import java.util.ArrayList;
import java.util.List;

/**
 * agen_012: Python's builtins aiter() and anext(), which Stepwise has no counterpart of, as the
 * small helpers {@link #aiter}, {@link #anext(Object)} and {@link #anext(Object, Object)}.
 */
@AsyncGenerator
@Coroutine
public interface AnextBuiltin {
  /** Python's {@code aiter(o)}: {@code o.__aiter__()}. */
  static AsyncIterator<?> aiter(Object o) {
    if (o instanceof AsyncIterable) {
      return ((AsyncIterable<?>) o).aiter();
    }
    throw new Py.TypeError("'" + Py.typeName(o) + "' object is not an async iterable");
  }

  /** Python's {@code anext(o)}: {@code o.__anext__()}. */
  static Awaitable<?> anext(Object o) {
    if (o instanceof AsyncIterator) {
      return ((AsyncIterator<?>) o).anext();
    }
    throw new Py.TypeError("'" + Py.typeName(o) + "' object is not an async iterator");
  }

  /** Python's {@code anext(o, default)}: default instead of StopAsyncIteration. */
  static Awaitable<?> anext(Object o, Object dflt) {
    return AnextBuiltinSteps.INSTANCE.orDefault(anext(o), dflt);
  }

  /** The awaitable {@code anext(o, default)} returns. */
  default Coro<Object> orDefault(Awaitable<?> next, Object dflt) {
    try {
      return Coro.done(await(next));
    } catch (StopAsyncIteration e) {
      return Coro.done(dflt);
    }
  }

  /** An async iterator written by hand: its anext() is a coroutine raising StopAsyncIteration. */
  final class Counter implements AsyncIterator<Integer> {
    int i;
    final int n;

    Counter(int n) {
      this.n = n;
    }

    @Override
    public Awaitable<Integer> anext() {
      return AnextBuiltinSteps.INSTANCE.counterNext(this);
    }
  }

  /** {@code Counter.__anext__}. */
  default Coro<Integer> counterNext(Counter c) {
    if (c.i >= c.n) {
      throw new StopAsyncIteration();
    }
    c.i += 1;
    return Coro.done(c.i);
  }

  /** An async iterable that is not an iterator itself. */
  final class OnlyAiter implements AsyncIterable<Integer> {
    @Override
    public AsyncIterator<Integer> aiter() {
      return new Counter(2);
    }
  }

  default AsyncGen<Integer, Object, Void> gen() {
    Yield.value(1);
    Yield.value(2);
    return AsyncGen.done();
  }

  default AsyncGen<Integer, Object, Void> failing() {
    Yield.value(1);
    throw new Py.ValueError("failed");
  }

  default Coro<Void> main(Trace t) {
    AgenSupport s = AgenSupportSteps.INSTANCE;
    AsyncGen<Integer, Object, Void> ag = gen();
    t.print("aiter(ag) is ag:", aiter(ag) == ag);
    await(s.acall(t, "anext(ag)", anext(ag)));
    await(s.acall(t, "anext(ag, 'default')", anext(ag, "default")));
    await(s.acall(t, "anext(ag, 'default') at the end", anext(ag, "default")));
    await(s.acall(t, "anext(ag) at the end", anext(ag)));
    await(s.acall(t, "anext(ag, None) at the end", anext(ag, null)));

    AsyncGen<Integer, Object, Void> f = failing();
    await(s.acall(t, "anext(failing, 'default')", anext(f, "default")));
    await(s.acall(t, "anext(failing, 'default')", anext(f, "default")));
    await(s.acall(t, "anext(failing, 'default') after it raised", anext(f, "default")));

    Counter c = new Counter(1);
    t.print("aiter(counter) is counter:", aiter(c) == c);
    await(s.acall(t, "anext(counter)", anext(c)));
    await(s.acall(t, "anext(counter, 'default')", anext(c, "default")));
    await(s.acall(t, "anext(counter)", anext(c)));
    t.print("aiter(only_aiter):", Py.typeName(aiter(new OnlyAiter())));
    List<Object> got = new ArrayList<>();
    for (Integer x : Async.iter(new OnlyAiter())) {
      got.add(x);
    }
    t.print("async for over only_aiter:", got);

    t.call("anext(1)", () -> anext(1));
    t.call("anext(1, 'default')", () -> anext(1, "default"));
    t.call("aiter(1)", () -> aiter(1));
    t.call("anext('s')", () -> anext("s"));
    t.call("anext([1])", () -> anext(List.of(1)));
    t.call("aiter([1])", () -> aiter(List.of(1)));
    t.call("anext(only_aiter)", () -> anext(new OnlyAiter()));
    return Coro.done();
  }
}
