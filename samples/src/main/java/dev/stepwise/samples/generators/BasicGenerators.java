package dev.stepwise.samples.generators;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;

/** The seeds' first generators: a body that runs only on next(), and one that returns a value. */
@Generator
public interface BasicGenerators {
  /** Python's {@code gen()}: prints around two yields. */
  default Gen<Integer, Void, Void> gen() {
    System.out.println("시작");
    Yield.value(1);
    System.out.println("중간");
    Yield.value(2);
    System.out.println("끝");
    return Gen.done();
  }

  /** Python's {@code test()}: four yields, then StopIteration. */
  default Gen<Integer, Void, Void> counting() {
    Yield.value(1);
    Yield.value(2);
    Yield.value(3);
    Yield.value(4);
    return Gen.done();
  }

  /** A generator whose return value travels in StopIteration. */
  default Gen<Integer, Void, String> withReturn() {
    Yield.value(1);
    return Gen.done("hello");
  }
}
