package dev.stepwise.tests.asyncgens;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.List;

/** Synchronous generators the asynchronous bodies delegate to with Yield.from (PEP 828). */
@Generator
public interface SyncSources {
  /** Yields name0 .. name(n-1), logging what is sent, and returns name-result. */
  default Gen<Object, Object, String> counted(List<String> log, String name, int n) {
    try {
      for (int i = 0; i < n; i++) {
        Object got = Yield.value(name + i);
        log.add(name + " got " + got);
      }
    } finally {
      log.add(name + " finally");
    }
    return Gen.done(name + "-result");
  }

  /** Catches Caught at its yields and yields once more; returns how many it caught. */
  default Gen<Object, Object, Integer> catching(List<String> log) {
    int caught = 0;
    for (int i = 0; i < 3; i++) {
      try {
        Yield.value("sc" + i);
      } catch (Caught e) {
        caught++;
        log.add("sync catching caught " + e.getMessage());
        Yield.value("sync caught " + e.getMessage());
      }
    }
    return Gen.done(caught);
  }

  /** Logs the loop's time at each step: it runs on the loop's thread, or on a body thread lent the loop. */
  default Gen<Object, Object, String> timed(List<String> log, int n) {
    for (int i = 0; i < n; i++) {
      log.add("timed " + i + " at " + Env.now());
      Yield.value("timed" + i);
    }
    return Gen.done("timed-result " + Env.now());
  }
}
