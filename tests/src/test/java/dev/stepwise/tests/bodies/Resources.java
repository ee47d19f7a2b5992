package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.List;

/** try-with-resources around suspensions: close order, suppressed close failures, generator close(). */
@Generator
public interface Resources {
  /** A resource that logs its close and can be told to fail when closed. */
  final class Res implements AutoCloseable {
    private final List<String> log;
    private final String name;
    private final boolean failOnClose;

    public Res(List<String> log, String name, boolean failOnClose) {
      this.log = log;
      this.name = name;
      this.failOnClose = failOnClose;
      log.add("open " + name);
    }

    public String name() {
      return name;
    }

    @Override
    public void close() {
      log.add("close " + name);
      if (failOnClose) {
        throw new IllegalStateException("close failed: " + name);
      }
    }
  }

  /** D13: two resources closed in reverse order after a body that yields; on close() of the generator too. */
  default Gen<String, String, String> twoResources(List<String> log) {
    try (Res a = new Res(log, "a", false); Res b = new Res(log, "b-" + Yield.value("open b?"), false)) {
      String got = Yield.value("using " + a.name() + " " + b.name());
      log.add("body got " + got);
      Yield.value("still using");
    }
    log.add("after try");
    return Gen.done("ok");
  }

  /** D13: the body throws and both closes fail: the close failures are suppressed into the body's exception. */
  default Gen<String, String, String> suppressedCloseFailures(List<String> log) {
    try {
      try (Res a = new Res(log, "a", true); Res b = new Res(log, "b", true)) {
        Yield.value("using " + a.name() + b.name());
        throw new IllegalArgumentException("body failed");
      }
    } catch (IllegalArgumentException e) {
      log.add("caught " + e.getMessage() + " suppressed " + e.getSuppressed().length);
      for (Throwable s : e.getSuppressed()) {
        log.add("  suppressed " + s.getMessage());
      }
      Yield.value("caught");
    }
    return Gen.done("handled");
  }

  /** D13: a close failure with no primary exception propagates; with catch and finally clauses on the same try. */
  default Gen<String, String, String> closeFailsAlone(List<String> log) {
    String r = "";
    try (Res a = new Res(log, "solo", true)) {
      r += Yield.value("using " + a.name());
    } catch (IllegalStateException e) {
      log.add("caught " + e.getMessage());
      r += Yield.value("in catch");
    } finally {
      log.add("finally");
      Yield.value("finally");
    }
    return Gen.done(r);
  }

  /** The Java 9 form: an existing effectively final variable as the resource, nested in a loop. */
  default Gen<String, Void, Integer> existingVariableResource(List<String> log) {
    int n = 0;
    for (int i = 0; i < 2; i++) {
      Res r = new Res(log, "r" + i, i == 1);
      try (r) {
        Yield.value("with " + r.name());
        n++;
      } catch (IllegalStateException e) {
        log.add("close failure caught " + e.getMessage());
        Yield.value("after failure");
      }
    }
    return Gen.done(n);
  }
}
