package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.List;

/** if/else, while, do, for, labeled blocks, copied loops and throw, with suspensions in them. */
@Generator
public interface ControlFlow {
  /** B1: yields in both branches of if/else, and in an else-if chain. */
  default Gen<Object, Integer, String> ifElse(List<String> log, int n) {
    for (int i = 0; i < n; i++) {
      if (i % 2 == 0) {
        Integer got = Yield.value("even " + i);
        log.add("even branch got " + got);
      } else if (i == 3) {
        log.add("three");
        Yield.value("three");
      } else {
        Yield.value("odd " + i);
        log.add("odd branch");
      }
      log.add("after if " + i);
    }
    return Gen.done("done " + n);
  }

  /** B2: while with a suspending condition and a continue that re-evaluates it. */
  default Gen<Integer, Integer, Integer> whileLoop(List<String> log) {
    int i = 0;
    int sum = 0;
    while (i < 5) {
      i++;
      if (i == 2) {
        log.add("skip 2");
        continue;
      }
      Integer got = Yield.value(i);
      if (got != null) {
        sum += got;
      }
      log.add("i=" + i + " sum=" + sum);
    }
    return Gen.done(sum);
  }

  /** B2: do-while where continue jumps to the test, and the test itself suspends. */
  default Gen<String, Boolean, Integer> doWhile(List<String> log) {
    int i = 0;
    do {
      i++;
      if (i % 2 == 0) {
        log.add("continue at " + i);
        continue;
      }
      log.add("body " + i);
    } while (i < 3 || Boolean.TRUE.equals(Yield.value("more? " + i)) && i < 7);
    log.add("left loop at " + i);
    return Gen.done(i);
  }

  /** B2: for loop whose continue runs the update, with a yield in the update and the condition. */
  default Gen<Object, Integer, Integer> forLoop(List<String> log) {
    int total = 0;
    for (int i = 0, j = 10; i < (int) Yield.value("cond " + i) + 3; i++, j -= Yield.<Integer>value("update " + i) == null ? 1 : 2) {
      if (i == 1) {
        log.add("continue " + i + " " + j);
        continue;
      }
      total += i * j;
      log.add("total " + total);
    }
    return Gen.done(total);
  }

  /** B4: break out of a labeled block, a labeled if, and nested labeled blocks. */
  default Gen<String, Integer, String> labeledBlocks(List<String> log) {
    String result = "";
    outer:
    {
      inner:
      {
        Integer a = Yield.value("a");
        if (a != null && a > 10) {
          break outer;
        }
        result += "a";
        if (a == null) {
          break inner;
        }
        Yield.value("in inner");
        result += "i";
      }
      log.add("after inner " + result);
      check:
      if (result.length() < 5) {
        Yield.value("in if");
        if (result.length() > 0) {
          break check;
        }
        log.add("not reached unless empty");
      }
      result += "o";
    }
    log.add("after outer " + result);
    return Gen.done(result);
  }

  /** B5, B6: a copied inner loop that breaks and continues the exploded outer loop, then a copied loop ended by break. */
  default Gen<Integer, Integer, Integer> copiedInnerLoop(List<String> log) {
    int found = -1;
    outer:
    for (int i = 0; i < 4; i++) {
      Yield.value(i);
      for (int j = 0; j < 4; j++) {
        if (j == i) {
          log.add("continue outer at " + i);
          continue outer;
        }
        if (i * j == 6) {
          found = i;
          log.add("break outer at " + i + "," + j);
          break outer;
        }
      }
      log.add("inner done " + i);
    }
    int k = 0;
    while (true) {
      k++;
      if (k > 3) {
        break;
      }
    }
    log.add("k=" + k);
    Yield.value(100 + k);
    return Gen.done(found);
  }

  /** A throw whose operand suspends, inside a loop that catches it. */
  default Gen<String, String, Integer> throwStatement(List<String> log) {
    int caught = 0;
    for (int i = 0; i < 3; i++) {
      try {
        if (i != 1) {
          throw new IllegalArgumentException("boom " + i + " " + Yield.value("throw? " + i));
        }
        Yield.value("no throw");
      } catch (IllegalArgumentException e) {
        caught++;
        log.add("caught " + e.getMessage());
      }
    }
    throw new IllegalStateException("end after " + caught + " " + Yield.value("last"));
  }

  /** An early return from deep inside nested loops and ifs. */
  default Gen<Integer, Integer, String> earlyReturn(List<String> log) {
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        Integer got = Yield.value(i * 10 + j);
        if (got != null && got == 5) {
          log.add("returning at " + i + "," + j);
          return Gen.done("early " + i + j);
        }
        if (i == 2 && j == 1) {
          return Gen.done("late");
        }
      }
    }
    return Gen.done("never");
  }
}
