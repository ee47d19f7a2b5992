package dev.stepwise.samples.generators;

import dev.stepwise.Gen;

/** Runs the seeds' running average; {@code averager.py} is the Python original. */
public final class AveragerSample {
  private AveragerSample() {}

  public static void main(String[] args) {
    Gen<Double, Double, Void> coro = AveragersSteps.INSTANCE.averager();
    coro.next(); // prime the coroutine by advancing to the first yield
    System.out.println(coro.send(10.0));
    System.out.println(coro.send(20.0));
    System.out.println(coro.send(30.0));
  }
}
