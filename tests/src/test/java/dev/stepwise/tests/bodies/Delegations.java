package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import dev.stepwise.tests.Injected;
import java.util.Iterator;
import java.util.List;

/** Yield.from: generators, iterators, iterables, recursion, return values, forwarding of send/throw/close. */
@Generator
public interface Delegations {
  /** A subgenerator that echoes what it is sent, handles Injected once, and returns a summary. */
  default Gen<String, Integer, String> echo(List<String> log, String name, int count) {
    String seen = "";
    try {
      for (int i = 0; i < count; i++) {
        try {
          Integer got = Yield.value(name + i);
          seen += got;
        } catch (Injected e) {
          log.add(name + " handled " + e.getMessage());
          seen += "!";
          if (i == 0) {
            return Gen.done(name + " returned early " + seen);
          }
        }
      }
    } finally {
      log.add(name + " finally");
    }
    return Gen.done(name + ":" + seen);
  }

  /** E1, E2, E3, E4: delegation to subgenerators with send/throw/close forwarded; return values as results. */
  default Gen<String, Integer, String> delegateToGenerators(List<String> log) {
    try {
      String first = Yield.from(echo(log, "a", 2));
      log.add("first " + first);
      Yield.value("between");
      String second = "second " + Yield.from(echo(log, "b", 3));
      log.add(second);
      return Gen.done(first + " / " + second);
    } finally {
      log.add("outer finally");
    }
  }

  /** A subgenerator that fails. */
  default Gen<String, Integer, String> failing(List<String> log, String message) {
    Yield.value("about to fail");
    log.add("failing now");
    throw new IllegalArgumentException(message);
  }

  /** E7, E3: Yield.from inside try/catch/finally of the outer generator, the delegate raising. */
  default Gen<String, Integer, String> delegateRaises(List<String> log) {
    String r;
    try {
      r = Yield.from(failing(log, "from delegate"));
    } catch (IllegalArgumentException e) {
      log.add("outer caught " + e.getMessage());
      r = "recovered:" + Yield.value("recovering");
    } finally {
      log.add("outer finally");
      Yield.value("outer finally");
    }
    return Gen.done(r);
  }

  /** E5: delegating to an Iterator, an Iterable, an empty iterable, a newborn and an already started generator. */
  default Gen<Object, Integer, String> delegateToIterables(List<String> log) {
    Iterator<String> it = List.of("i1", "i2").iterator();
    Object r1 = Yield.from(it);
    Object r2 = Yield.from(List.of(1, 2));
    Object r3 = Yield.from(List.of());
    log.add("results " + r1 + " " + r2 + " " + r3);
    Gen<String, Integer, String> started = echo(log, "s", 3);
    String firstOfStarted = started.next();
    log.add("started by hand: " + firstOfStarted);
    String r4 = Yield.from(started);
    String r5 = Yield.from(echo(log, "n", 1));
    return Gen.done(r4 + " " + r5);
  }

  /** F7: a recursive generator delegating to itself; the return values add up. */
  default Gen<Integer, Integer, Integer> countdown(List<String> log, int n) {
    if (n <= 0) {
      log.add("bottom");
      return Gen.done(0);
    }
    Integer got = Yield.value(n);
    int below = Yield.from(countdown(log, n - 1));
    log.add("level " + n + " below " + below + " got " + got);
    return Gen.done(below + n);
  }

  /** A generator whose cleanup fails. */
  default Gen<String, Integer, String> badCleanup(List<String> log) {
    try {
      Yield.value("bad 1");
      Yield.value("bad 2");
    } finally {
      log.add("bad cleanup");
      if (log.size() > 0) {
        throw new IllegalStateException("cleanup failed");
      }
    }
    return Gen.done("bad done");
  }

  /** E6: the delegate's close() throws: that exception propagates into the outer generator. */
  default Gen<String, Integer, String> delegateCloseFails(List<String> log) {
    try {
      String r = Yield.from(badCleanup(log));
      Yield.value("after " + r);
    } catch (IllegalStateException e) {
      log.add("outer caught " + e.getMessage());
      return Gen.done("caught");
    }
    return Gen.done("normal");
  }

  /** Delegation results used in expressions and conditions, and a return of Yield.from. */
  default Gen<String, Integer, String> delegationInExpressions(List<String> log) {
    int len = note(log, Yield.from(echo(log, "y", 1))) + Yield.from(echo(log, "x", 1)).length();
    if (Yield.from(echo(log, "z", 1)).startsWith("z")) {
      log.add("len " + len);
    }
    return Gen.done(Yield.from(echo(log, "w", 2)));
  }

  /** Logs and returns the length of {@code s}. */
  default int note(List<String> log, String s) {
    log.add("note " + s);
    return s.length();
  }
}
