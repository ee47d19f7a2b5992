package dev.stepwise.samples.generators;

import dev.stepwise.Gen;
import dev.stepwise.StopIteration;

/**
 * Runs the seeds' three-level program; {@code three_level.py} is the Python original (Python's
 * ValueError is Java's IllegalArgumentException here).
 */
public final class ThreeLevelSample {
  private ThreeLevelSample() {}

  public static void main(String[] args) {
    System.out.println("[호출자] 시작");
    Gen<Integer, Integer, String> gen = ThreeLevelSteps.INSTANCE.middleGenerator();

    int initialValue = gen.next();
    System.out.println("[호출자] 초기 값 '" + initialValue + "' 받음\n");

    int valueAfterSend10 = gen.send(10);
    System.out.println("[호출자] 10 보낸 후 '" + valueAfterSend10 + "' 받음\n");

    int valueAfterSend20 = gen.send(20);
    System.out.println("[호출자] 20 보낸 후 '" + valueAfterSend20 + "' 받음\n");

    try {
      System.out.println("[호출자] ValueError 예외 주입 시도");
      gen.throwInto(new IllegalArgumentException("테스트 예외"));
    } catch (StopIteration e) {
      System.out.println("[호출자] StopIteration 잡음. 최종 결과: '" + e.value() + "'");
    }
    System.out.println("[호출자] 종료");
  }
}
