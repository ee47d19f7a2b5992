package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Protocol behaviour seen from inside bodies: re-entrancy, PEP 479, bare yields, None sends. */
@Generator
public interface Protocol {
  /** A8: the body resumes its own generator: "generator already executing", and it keeps working. */
  default Gen<String, String, String> reentrant(List<String> log, Gen<?, ?, ?>[] self) {
    Yield.value("first");
    try {
      self[0].next();
    } catch (IllegalStateException e) {
      log.add("next: " + e.getMessage());
    }
    try {
      self[0].close();
    } catch (IllegalStateException e) {
      log.add("close: " + e.getMessage());
    }
    log.add("state inside: " + self[0].state());
    String got = Yield.value("second");
    return Gen.done("got " + got);
  }

  /** A11, PEP 479: a NoSuchElementException from user code propagates; a StopIteration becomes RuntimeException. */
  default Gen<String, String, String> stopIterationInBody(List<String> log) {
    Iterator<String> empty = List.<String>of().iterator();
    try {
      empty.next();
    } catch (NoSuchElementException e) {
      log.add("caught NoSuchElementException in body");
    }
    String mode = Yield.value("mode?");
    if ("nse".equals(mode)) {
      throw new NoSuchElementException("user's own");
    }
    Gen<Integer, Void, String> finished = Gen.done("already");
    log.add("about to call next on a finished generator");
    finished.next();
    return Gen.done("unreachable");
  }

  /** A2, A9: bare yields (Yield.value()), sent values, and a generator finished by return with a value. */
  default Gen<Object, Object, Object> bareYields(List<String> log) {
    Object a = Yield.value();
    log.add("a=" + a);
    Yield.value();
    Object b = Yield.value(a);
    log.add("b=" + b);
    return Gen.done(List.of(String.valueOf(a), String.valueOf(b)));
  }

  /** E2: a null send to a delegating generator is next() for the delegate. */
  default Gen<Object, Object, Object> nullSendToDelegate(List<String> log) {
    Object r = Yield.from(bareYields(log));
    log.add("delegate returned " + r);
    return Gen.done(r);
  }
}
