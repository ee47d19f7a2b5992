package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Nested and labeled loops, and enhanced for over lists, arrays, int arrays and sets. */
@Generator
public interface Loops {
  /** B3: labeled break and continue across nested exploded loops of three kinds. */
  default Gen<String, Integer, Integer> labeledNested(List<String> log) {
    int count = 0;
    rows:
    for (int r = 0; r < 4; r++) {
      int c = 0;
      cols:
      while (c < 4) {
        c++;
        Integer got = Yield.value(r + "," + c);
        count++;
        if (got == null) {
          if (c == 2) {
            continue rows;
          }
          continue;
        }
        do {
          if (got == 7) {
            log.add("break rows");
            break rows;
          }
          if (got == 3) {
            log.add("break cols");
            break cols;
          }
          if (got % 2 == 0) {
            log.add("continue cols");
            continue cols;
          }
          got -= 4;
        } while (got > 0);
        log.add("end of cols body " + got);
      }
      log.add("row done " + r);
    }
    return Gen.done(count);
  }

  /** A for loop whose initializers are assignments, not declarations, around a suspension. */
  default Gen<Integer, Void, Integer> assignedInitializers(List<String> log) {
    int i;
    int j;
    for (i = 0, j = 10; i < 3; i++, j--) {
      Yield.value(i * 100 + j);
    }
    log.add("after loop i=" + i + " j=" + j);
    return Gen.done(i + j);
  }

  /** B11: enhanced for over a List, an Object[] (an element written during the loop is seen), and an int[]. */
  default Gen<Object, Object, String> enhancedFor(List<String> log, List<String> words, Object[] objects, int[] numbers) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      Yield.value(w);
      sb.append(w.charAt(0));
    }
    for (Object o : objects) {
      Object sent = Yield.value(o);
      if (sent != null) {
        objects[objects.length - 1] = sent;
      }
      log.add("object " + o);
    }
    int sum = 0;
    for (int n : numbers) {
      sum += n;
      Yield.value(sum);
      numbers[numbers.length - 1] = 100;
    }
    return Gen.done(sb + " " + sum);
  }

  /** B11: enhanced for over a {@code Set<? extends Number>} with a final loop variable. */
  default Gen<Double, Void, Double> overSet(List<String> log) {
    Set<? extends Number> numbers = new LinkedHashSet<>(List.of(3, 1.5, 2L));
    double total = 0;
    for (final Number n : numbers) {
      total += n.doubleValue();
      Yield.value(total);
      log.add(n.getClass().getSimpleName() + " " + n);
    }
    return Gen.done(total);
  }

  /** B12: nested enhanced for loops with a break out of the inner one and a labeled continue. */
  default Gen<String, Integer, Integer> nestedEnhancedFor(List<String> log) {
    int pairs = 0;
    outer:
    for (String a : List.of("x", "y", "z")) {
      for (char b : new char[] {'1', '2', '3'}) {
        Integer got = Yield.value(a + b);
        pairs++;
        if (got != null && got == 2) {
          log.add("break inner at " + a + b);
          break;
        }
        if (a.equals("y") && b == '2') {
          continue outer;
        }
      }
      log.add("after inner " + a);
    }
    return Gen.done(pairs);
  }

  /** An infinite loop left only by return, with the loop variable updated across suspensions. */
  default Gen<Long, Long, Long> infiniteLoop(List<String> log) {
    long a = 0;
    long b = 1;
    while (true) {
      Long reset = Yield.value(a);
      if (reset != null && reset < 0) {
        log.add("stop");
        return Gen.done(a);
      }
      long next = a + b;
      a = b;
      b = next;
      if (a > 20) {
        return Gen.done(-a);
      }
    }
  }
}
