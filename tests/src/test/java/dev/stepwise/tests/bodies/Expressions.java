package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.List;

/** Suspensions inside expressions: evaluation order, short-circuiting, compound assignment, arrays. */
@Generator
public interface Expressions {
  /** Logs and returns its argument, so that evaluation order shows in the trace. */
  default int note(List<String> log, String what, int value) {
    log.add("eval " + what + "=" + value);
    return value;
  }

  /** Joins three values. */
  default String f(Object a, Object b, Object c) {
    return a + "|" + b + "|" + c;
  }

  /** A receiver whose creation is logged. */
  default StringBuilder builder(List<String> log, String start) {
    log.add("builder " + start);
    return new StringBuilder(start);
  }

  /** C1: an operand read before a suspension keeps its old value although the variable changes meanwhile. */
  default Gen<Integer, Integer, Integer> operandKept(List<String> log) {
    int a = 3;
    int b = a * Yield.<Integer>value(2);
    log.add("b=" + b);
    a = 5;
    int c = a + (a = 10) * Yield.<Integer>value(a);
    log.add("c=" + c + " a=" + a);
    return Gen.done(b + c);
  }

  /** C2: x += Yield.value(x) reads x first; byte, short and char compound assignments keep the narrowing cast. */
  default Gen<Object, Integer, String> compoundAssignment(List<String> log) {
    int x = 5;
    x += Yield.<Integer>value(x);
    byte b = 120;
    b += Yield.<Integer>value("byte " + b);
    short s = 1;
    s *= Yield.<Integer>value("short " + s);
    char ch = 'a';
    ch += Yield.<Integer>value("char " + ch);
    long l = 1L << 40;
    l >>= Yield.<Integer>value("long");
    int[] arr = {1, 2, 3};
    int i = 0;
    arr[i++] -= Yield.<Integer>value("arr");
    int factor = 3;
    x += factor * Yield.<Integer>value("factor");
    String word = "w" + x;
    String text = "";
    text += call(() -> word + "!", Yield.value("lambda in a compound"));
    return Gen.done(x + " " + b + " " + s + " " + ch + " " + l + " " + arr[0] + arr[1] + arr[2] + " i=" + i + " " + text);
  }

  /** Calls {@code s} and appends {@code v}. */
  default String call(java.util.function.Supplier<String> s, Object v) {
    return s.get() + v;
  }

  /** C3: f(g(), Yield.value(1), h()): g before the suspension, h after; the receiver before the arguments. */
  default Gen<Object, Integer, String> callArguments(List<String> log) {
    String r = f(note(log, "g", 1), Yield.value("middle"), note(log, "h", 3));
    log.add(r);
    String s = builder(log, "recv").append(Yield.<Integer>value("arg")).append(note(log, "after", 2)).toString();
    log.add(s);
    String t = new StringBuilder(String.valueOf(note(log, "ctor", 7))).append((String) Yield.value("second arg")).toString();
    return Gen.done(r + " " + s + " " + t);
  }

  /** C4: a[i++] = Yield.value(v): array and index captured before the suspension; a null array fails after it. */
  default Gen<Object, Integer, String> arrayAssignment(List<String> log) {
    int[] a = {0, 0, 0};
    int i = 0;
    a[i++] = Yield.value("first");
    a[i++] = Yield.value("second " + i);
    int[] saved = a;
    a = new int[] {9, 9, 9};
    saved[i] = Yield.value("third");
    log.add("a=" + a[0] + a[1] + a[2] + " saved=" + saved[0] + saved[1] + saved[2]);
    int[] none = null;
    none[note(log, "index", 0)] = Yield.value("null array");
    return Gen.done("unreachable");
  }

  /** C5: ?:, && and || with suspensions on the right are short-circuited. */
  default Gen<String, Boolean, String> shortCircuit(List<String> log) {
    String r = "";
    for (int i = 0; i < 3; i++) {
      boolean and = i > 0 && Yield.<Boolean>value("and " + i);
      boolean or = i > 1 || Yield.<Boolean>value("or " + i);
      String c = i == 1 ? Yield.value("cond true " + i) + "!" : "skip" + i;
      int n = i == 2 ? note(log, "plain", i) : Yield.<Boolean>value("cond int " + i) ? 1 : 0;
      r += and + "/" + or + "/" + c + "/" + n + ";";
    }
    if (Yield.<Boolean>value("if cond") && !r.isEmpty()) {
      r += "T";
    }
    return Gen.done(r);
  }

  /** C6: nested Yield.value(Yield.value(1)), and two suspensions in one expression receiving different values. */
  default Gen<Object, Integer, Integer> nestedYields(List<String> log) {
    Object inner = Yield.value(Yield.value(1));
    log.add("inner=" + inner);
    int sum = Yield.<Integer>value("left") + Yield.<Integer>value("right");
    log.add("sum=" + sum);
    int[] both = {Yield.<Integer>value("x"), note(log, "between", 0), Yield.<Integer>value("y")};
    return Gen.done(sum + both[0] * 100 + both[2]);
  }

  /** C8: string concatenation with a suspension in the middle stringifies left to right. */
  default Gen<Object, Object, String> stringConcatenation(List<String> log) {
    StringBuilder counter = new StringBuilder();
    Object left = new Object() {
      @Override
      public String toString() {
        counter.append('L');
        log.add("left.toString() " + counter);
        return "left" + counter;
      }
    };
    String s = "a" + left + Yield.value("mid") + counter + 'c' + 1 + 2L;
    log.add(s);
    String t = 1 + 2 + "x" + Yield.value("second") + 1 + 2;
    return Gen.done(s + " " + t);
  }

  /** Suspensions in an instanceof operand, a cast, a unary operator and the receiver of a call. */
  default Gen<Object, Object, String> receiversAndOperators(List<String> log) {
    String r = "";
    if (Yield.value("what is it?") instanceof String s && !s.isEmpty()) {
      r += "string " + s.length();
    }
    int neg = -(Integer) Yield.value(5);
    boolean not = !(Boolean) Yield.value(true);
    String upper = ((String) Yield.value("lower")).toUpperCase();
    int len = Yield.<String>value("length of").length();
    return Gen.done(r + " " + neg + " " + not + " " + upper + " " + len);
  }
}
