package dev.stepwise.tests.bodies;

import static java.lang.Math.*;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.List;

/** G6, G7: user methods named like the generated machine's members; this as an argument; colliding local names. */
@Generator
public interface Names {
  /** Named like Gen.close but with another arity. */
  default String close(String what) {
    return "closed " + what;
  }

  /** Named like Gen.next. */
  default int next(int x) {
    return x + 1;
  }

  /** Named like Gen.send, same arity. */
  default String send(Object value) {
    return "sent " + value;
  }

  /** Named like Gen.state. */
  default String state() {
    return "user state";
  }

  /** Named like generated code's reads. */
  default String current() {
    return "current";
  }

  /** Takes the interface instance. */
  default String describe(Names self) {
    return self == null ? "null" : "a Names";
  }

  default Gen<String, Object, String> userMembersNamedLikeProtocol(List<String> log) {
    String r = close("door");
    Object sent = Yield.value(r);
    r += "," + send(sent) + "," + next(1) + "," + state() + "," + current();
    Yield.value(send(Yield.value("again")));
    log.add(r);
    Yield.value(describe(this) + " " + describe(Names.this));
    return Gen.done(r + " " + max(abs(-3), 2));
  }

  /** Locals named like the generated machine's fields and like generated names. */
  default Gen<Object, Object, String> collidingLocals(List<String> log) {
    String self = "my self";
    int state = 7;
    Object result = Yield.value(self);
    String x$1 = "dollar";
    int $state = state * 2;
    String $yielded = "y";
    Yield.value(x$1 + $state + $yielded + result);
    String e = "e";
    try {
      throw new IllegalStateException(e);
    } catch (IllegalStateException e$1) {
      Yield.value(e$1.getMessage() + e);
    }
    return Gen.done(self + state + result);
  }
}
