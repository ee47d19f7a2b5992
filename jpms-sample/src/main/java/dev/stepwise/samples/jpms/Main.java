package dev.stepwise.samples.jpms;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;

/** Runs the launch and says which modules the program and Stepwise run in. */
public final class Main {
  private Main() {}

  /** What the program prints, line by line. */
  static String report() {
    StringBuilder out = new StringBuilder();
    out.append(String.join(" ", Aio.run(LaunchSteps.INSTANCE.launch(3)))).append('\n');
    out.append("program module: ").append(Main.class.getModule().getName()).append('\n');
    out.append("runtime module: ").append(Coro.class.getModule().getName()).append('\n');
    return out.toString();
  }

  /**
   * Prints the report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(report());
  }
}
