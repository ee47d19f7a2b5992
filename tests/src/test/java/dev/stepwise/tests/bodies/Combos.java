package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import dev.stepwise.tests.Injected;
import java.util.List;

/** Statements nested in one another, each with suspensions, and jumps across several of them. */
@Generator
public interface Combos {
  /** A break out of a switch case from inside try/finally in a loop in another switch. */
  default Gen<String, Integer, String> switchTrySwitch(List<String> log) {
    String r = "";
    for (int round = 0; round < 3; round++) {
      switch (round) {
        case 0:
        case 1:
          try {
            int k = Yield.<Integer>value("round " + round);
            switch (k % 3) {
              case 0:
                r += "zero";
                break;
              case 1:
                try {
                  Yield.value("inner try " + k);
                  if (round == 1) {
                    continue;
                  }
                } finally {
                  log.add("inner finally " + round);
                  Yield.value("inner finally");
                }
                r += "one";
                break;
              default:
                log.add("default " + k);
            }
            r += ";";
          } finally {
            log.add("outer finally " + round);
          }
          break;
        default:
          r += Yield.value("last round");
      }
      log.add("end of round " + round + " " + r);
    }
    return Gen.done(r);
  }

  /** return from a catch block, through a finally block that yields, in a loop. */
  default Gen<String, String, String> returnFromCatch(List<String> log) {
    for (int i = 0; ; i++) {
      try {
        String got = Yield.value("try " + i);
        if (got != null && got.startsWith("boom")) {
          throw new IllegalStateException(got);
        }
      } catch (IllegalStateException | Injected e) {
        log.add("catch " + e.getMessage());
        return Gen.done("returned " + e.getMessage() + " at " + i);
      } finally {
        String f = Yield.value("finally " + i);
        log.add("finally got " + f);
        if ("stop".equals(f)) {
          break;
        }
      }
    }
    return Gen.done("broke out");
  }

  /** A delegation in a loop condition, and call chains with suspensions in the middle. */
  default Gen<String, Integer, String> delegationInCondition(List<String> log) {
    int n = 0;
    while (Yield.from(countTo(log, n)) < 2) {
      n++;
    }
    StringBuilder first = new StringBuilder("s").append(Yield.<Integer>value("first")).reverse();
    String chain = first.append(Yield.<Integer>value("second")).append(n).toString();
    return Gen.done(chain);
  }

  /** Counts to {@code n}, returning how many it yielded. */
  default Gen<String, Integer, Integer> countTo(List<String> log, int n) {
    int i = 0;
    for (; i < n; i++) {
      Yield.value("count " + i + "/" + n);
    }
    log.add("counted " + n);
    return Gen.done(i);
  }

  /** Three levels of delegation where the middle one handles an injected exception and continues. */
  default Gen<String, Integer, String> threeLevels(List<String> log) {
    String a = Yield.from(middle(log));
    log.add("top got " + a);
    return Gen.done("top " + a);
  }

  default Gen<String, Integer, String> middle(List<String> log) {
    String r = "";
    for (int i = 0; i < 2; i++) {
      try {
        r += Yield.from(countTo(log, 2 + i));
      } catch (Injected e) {
        log.add("middle handled " + e.getMessage());
        r += Yield.value("middle recovering");
      } finally {
        log.add("middle finally " + i);
      }
    }
    return Gen.done(r);
  }

  /** An exception thrown by a finally block that yields while a break is pending. */
  @SuppressWarnings("finally")
  default Gen<String, String, String> finallyThrowsOverBreak(List<String> log) {
    String r = "";
    try {
      while (true) {
        try {
          Yield.value("loop");
          break;
        } finally {
          String got = Yield.value("finally");
          if (got != null) {
            throw new IllegalArgumentException("finally threw " + got);
          }
          r += "f";
        }
      }
      r += "after loop";
    } catch (IllegalArgumentException e) {
      r += Yield.value("caught " + e.getMessage());
    }
    return Gen.done(r);
  }
}
