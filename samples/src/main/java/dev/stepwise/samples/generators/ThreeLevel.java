package dev.stepwise.samples.generators;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;

/** The seeds' three-level delegation: a caller, a middle generator and a subgenerator. */
@Generator
public interface ThreeLevel {
  /** The innermost generator, doing the real work; like the seed, it returns from its finally block. */
  @SuppressWarnings("finally")
  default Gen<Integer, Integer, String> subgenerator() {
    System.out.println("      [하위] 시작");
    int total = 0;
    try {
      while (true) {
        Integer received = Yield.value(total); // the caller's send() lands here
        System.out.println("      [하위] '" + (received == null ? "None" : received) + "' 받음");
        if (received == null) {
          break;
        }
        total += received;
      }
    } catch (IllegalArgumentException e) {
      System.out.println("      [하위] 예외 처리: " + e.getMessage()); // the caller's throw() lands here
    } finally {
      System.out.println("      [하위] 종료");
      return Gen.done("최종 합계: " + total);
    }
  }

  /** Delegates to subgenerator with Yield.from and passes its result on. */
  default Gen<Integer, Integer, String> middleGenerator() {
    System.out.println("   [중간] 시작");
    String result = Yield.from(subgenerator());
    System.out.println("   [중간] 하위 제너레이터 결과: '" + result + "'");
    System.out.println("   [중간] 종료");
    return Gen.done(result);
  }
}
