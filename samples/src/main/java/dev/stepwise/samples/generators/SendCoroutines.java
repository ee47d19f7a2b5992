package dev.stepwise.samples.generators;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;

/** Generators that receive values: the seeds' send()-based "coroutines". */
@Generator
public interface SendCoroutines {
  /** Python's {@code coro()}: {@code x = yield}, twice. */
  default Gen<Void, Integer, Void> coro() {
    System.out.println("시작");
    Integer x = Yield.value();
    System.out.println("받은 값: " + x);
    Integer y = Yield.value();
    System.out.println("받은 값: " + y);
    return Gen.done();
  }

  /** Python's {@code test()}: {@code a = yield 1; print(a); yield 2}. */
  default Gen<Integer, Integer, Void> test() {
    Integer a = Yield.value(1);
    System.out.println(a == null ? "None" : a);
    Yield.value(2);
    return Gen.done();
  }
}
