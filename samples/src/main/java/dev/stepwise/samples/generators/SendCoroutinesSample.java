package dev.stepwise.samples.generators;

import dev.stepwise.Gen;
import dev.stepwise.StopIteration;

/** Runs the seeds' send()/throw() programs; {@code send_coroutines.py} is the Python original. */
public final class SendCoroutinesSample {
  private SendCoroutinesSample() {}

  public static void main(String[] args) {
    SendCoroutines s = SendCoroutinesSteps.INSTANCE;
    Gen<Void, Integer, Void> c = s.coro();
    c.next(); // runs to the first yield
    c.send(10);
    try {
      c.send(20);
    } catch (StopIteration e) {
      System.out.println("StopIteration");
    }

    Gen<Integer, Integer, Void> g = s.test();
    System.out.println(g.next());
    System.out.println(g.next());
    try {
      g.next();
    } catch (StopIteration e) {
      System.out.println("StopIteration");
    }

    g = s.test();
    System.out.println(g.next());
    System.out.println(g.send(123));

    g = s.test();
    System.out.println(g.next());
    try {
      g.throwInto(new IllegalStateException("thrown in"));
    } catch (IllegalStateException e) {
      System.out.println("Exception: " + e.getMessage());
    }
    System.out.println(g.state());
  }
}
