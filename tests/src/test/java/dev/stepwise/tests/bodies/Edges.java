package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.List;
import java.util.function.Supplier;

/** Corner cases found while writing the suite. */
@Generator
public interface Edges {
  /** A lambda capturing a hoisted local that is assigned in the same copied statement, just before. */
  default Gen<String, Void, String> captureAssignedInSameStatement(List<String> log, boolean flag) {
    int x;
    Supplier<String> sup;
    Yield.value("start");
    if (flag) {
      x = 5;
      sup = () -> "x=" + x;
    } else {
      x = 6;
      sup = () -> "other " + x;
    }
    Yield.value(sup.get());
    return Gen.done("x " + x);
  }

  /** Unqualified Object methods inside an anonymous class body mean the anonymous object's. */
  default Gen<String, Void, String> objectMethodsInAnonymousClass(List<String> log) {
    String name = Yield.value("start");
    Object anon = new Object() {
      @Override
      public String toString() {
        return "equals(this)=" + equals(this) + " hash=" + (hashCode() == System.identityHashCode(this)) + " " + name;
      }
    };
    Yield.value(anon.toString());
    return Gen.done(anon.toString());
  }

  /** Iterating a generator (for-each over a Gen, closed by try-with-resources) inside a generator, with yields in the loop. */
  default Gen<String, Void, Integer> iterateInnerGenerator(List<String> log) {
    int n = 0;
    try (Gen<Integer, Void, Void> inner = numbers(log, 3)) {
      for (Integer v : inner) {
        Yield.value("got " + v);
        n += v;
      }
    }
    for (int v : new int[] {Yield.<Integer>value("first element?"), 2}) {
      Yield.value("array " + v);
    }
    return Gen.done(n);
  }

  /** The numbers generator of the shared instance, for other interfaces. */
  static Gen<Integer, Void, Void> numbersOf(List<String> log) {
    return EdgesSteps.INSTANCE.numbers(log, 3);
  }

  /** A plain inner generator. */
  default Gen<Integer, Void, Void> numbers(List<String> log, int count) {
    try {
      for (int i = 1; i <= count; i++) {
        Yield.value(i);
      }
    } finally {
      log.add("numbers finally");
    }
    return Gen.done();
  }

  /** Overloads of a generator method (frames get distinct names); delegation to each. */
  default Gen<String, Void, String> over(List<String> log) {
    String a = Yield.from(over(log, "one"));
    String b = Yield.from(over(log, "two", 2));
    return Gen.done(a + b);
  }

  default Gen<String, Void, String> over(List<String> log, String s) {
    Yield.value(s);
    return Gen.done(s.toUpperCase());
  }

  default Gen<String, Void, String> over(List<String> log, String s, int times) {
    String r = "";
    for (int i = 0; i < times; i++) {
      Yield.value(s + i);
      r += s;
    }
    return Gen.done(r);
  }

  /** Suspensions in an array index and an assignment's right side; increments of elements with suspending indexes. */
  default Gen<Object, Integer, String> suspendingIndexes(List<String> log) {
    int[] a = new int[4];
    a[Yield.<Integer>value("index?")] = Yield.<Integer>value("value?");
    a[Yield.<Integer>value("increment at?")]++;
    --a[Yield.<Integer>value("decrement at?")];
    return Gen.done(a[0] + "," + a[1] + "," + a[2] + "," + a[3]);
  }

  /** A labeled do-while continued from inside a nested try/finally that yields. */
  default Gen<String, Integer, Integer> labeledDoContinue(List<String> log) {
    int i = 0;
    again:
    do {
      i++;
      for (int j = 0; j < 3; j++) {
        try {
          Integer got = Yield.value(i + "." + j);
          if (got != null && got % 2 == 0) {
            continue again;
          }
        } finally {
          log.add("finally " + i + "." + j);
        }
      }
    } while (i < 3);
    return Gen.done(i);
  }

  /** A Boolean and a boxed null operand read before a suspension: unboxing fails where the original fails. */
  default Gen<Object, Integer, String> boxedOperands(List<String> log) {
    Integer missing = null;
    Integer one = 1;
    int a = one + Yield.<Integer>value("a?");
    log.add("a=" + a);
    Integer total = 10;
    total += Yield.<Integer>value("total?");
    log.add("total=" + total);
    int b = missing * Yield.<Integer>value("never");
    return Gen.done("unreachable " + b);
  }

  /** A return from copied code inside an exploded try whose finally yields; the pending return survives. */
  default Gen<String, String, String> returnFromCopiedCodeThroughFinally(List<String> log) {
    try {
      for (String s : List.of("a", "b", "c")) {
        if (s.equals("b")) {
          return Gen.done("found " + s);
        }
        log.add("looked at " + s);
      }
    } finally {
      String got = Yield.value("finally");
      log.add("finally got " + got);
    }
    return Gen.done("not found");
  }
}
