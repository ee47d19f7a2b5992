package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.List;

/** Declarations and statements that need care when exploded: declarators, arrays, local types, monitors. */
@Generator
public interface Statements {
  /** Several declarators in one declaration, one of them suspending; C-style array declarators. */
  default Gen<Object, Integer, String> declarators(List<String> log) {
    int a = 1, b = Yield.value("b?"), c = a + b;
    int arr[] = {a, b, c}, n = arr.length;
    int[] grid[] = {new int[] {1}, {2, Yield.value("grid?")}};
    log.add("a=" + a + " b=" + b + " c=" + c + " n=" + n);
    Yield.value(arr);
    return Gen.done(arr[2] + " " + grid[1][1] + " " + grid.length);
  }

  /** A suspension in an array dimension and in an array initializer of a new expression. */
  default Gen<Object, Integer, String> arrayCreation(List<String> log) {
    int[] zeros = new int[Yield.<Integer>value("size?")];
    String[] words = new String[] {"x", String.valueOf(Yield.value("word?")), "z"};
    log.add("sizes " + zeros.length + " " + words.length);
    return Gen.done(String.join("", words) + zeros.length);
  }

  /** A local record, a local class and a synchronized block that stay within one state, in an exploded body. */
  default Gen<Object, Object, String> localTypesAndMonitors(List<String> log) {
    Object lock = new Object();
    String r = "";
    for (int i = 0; i < 2; i++) {
      Yield.value("iteration " + i);
      record Pair(int left, int right) {
        int sum() {
          return left + right;
        }
      }
      class Counter {
        int count;

        void bump() {
          count++;
        }
      }
      Pair p = new Pair(i, i * 10);
      Counter counter = new Counter();
      counter.bump();
      synchronized (lock) {
        r += p.sum() + counter.count;
      }
      log.add("pair " + p);
    }
    return Gen.done(r);
  }

  /** A while loop whose condition suspends, and a for loop without a condition left by labeled break. */
  default Gen<String, Boolean, Integer> loopConditions(List<String> log) {
    int n = 0;
    while (Yield.<Boolean>value("again? " + n)) {
      n++;
      if (n > 5) {
        break;
      }
    }
    out:
    for (int i = 0; ; i++) {
      Yield.value("i " + i);
      if (i >= n) {
        break out;
      }
    }
    return Gen.done(n);
  }

  /** Varargs parameters, and a conditional whose both branches suspend. */
  default Gen<String, String, String> varargsAndChoice(List<String> log, String... names) {
    String r = "";
    for (String name : names) {
      String picked = name.length() > 2 ? Yield.value("long " + name) : Yield.value("short " + name);
      r += picked;
    }
    return Gen.done(r + names.length);
  }

  /** try-with-resources over a null resource, nested in a finally block. */
  default Gen<String, String, String> nullResourceInFinally(List<String> log) {
    String r = "";
    try {
      r += Yield.value("body");
    } finally {
      try (AutoCloseable none = null) {
        r += Yield.value("null resource " + (none == null));
      } catch (Exception e) {
        log.add("unexpected " + e);
      }
      log.add("finally done " + r);
    }
    return Gen.done(r);
  }
}
