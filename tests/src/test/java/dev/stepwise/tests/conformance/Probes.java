package dev.stepwise.tests.conformance;

import dev.stepwise.Awaitable;
import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;

/**
 * The generators behind the twins' hand-made awaitables: Python's {@code @types.coroutine}
 * generators and {@code __await__} methods. An {@link Awaitable} whose {@code awaitGen()} returns
 * one of them is what {@code await} delegates to; its yields travel up to the driver.
 */
@Generator
public interface Probes {
  /** {@code got = yield label; print("probe", label, "got", got); return got}. */
  default Gen<Object, Object, Object> probe(Trace t, String label) {
    Object got = Yield.value(label);
    t.print("probe", label, "got", got);
    return Gen.done(got);
  }

  /** {@code got = yield; print(label, "received", got); return got}: a bare yield. */
  default Gen<Object, Object, Object> bare(Trace t, String label) {
    Object got = Yield.value(null);
    t.print(label, "received", got);
    return Gen.done(got);
  }

  /** {@code yield; return result}. */
  default Gen<Object, Object, Object> bareThenReturn(Object result) {
    Yield.value(null);
    return Gen.done(result);
  }

  /** {@code yield value}: hands {@code value} up once, returns null. */
  default Gen<Object, Object, Object> yieldOnce(Object value) {
    Yield.value(value);
    return Gen.done(null);
  }

  /** A plain generator: {@code yield 1}. */
  default Gen<Integer, Object, Void> plain() {
    Yield.value(1);
    return Gen.done(null);
  }

  /**
   * An awaitable whose {@code __await__} is {@code gen}, created when it is awaited; the await
   * produces what the generator returns, as a {@code T}. It plays a {@code @types.coroutine}
   * generator object of the Python programs: {@code Coro.awaiting()} of a coroutine suspended on
   * it is this object, as {@code cr_await} is the generator in Python.
   */
  static <T> Awaitable<T> awaitable(java.util.function.Supplier<Gen<Object, Object, Object>> gen) {
    return new TypesCoroutine<>(gen);
  }

  /** The awaitable {@link #awaitable} makes: Python's generator-based coroutine. */
  final class TypesCoroutine<T> implements Awaitable<T> {
    private final java.util.function.Supplier<Gen<Object, Object, Object>> gen;

    TypesCoroutine(java.util.function.Supplier<Gen<Object, Object, Object>> gen) {
      this.gen = gen;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Gen<?, ?, T> awaitGen() {
      return (Gen<?, ?, T>) (Gen<?, ?, ?>) gen.get();
    }
  }
}
