package dev.stepwise.tests.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.tests.coroutines.Tick.tick;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** Awaits in expression positions: arguments, operands, short circuits, conditionals, compound assignments, receivers, concatenation. */
@Coroutine
public interface ExpressionCoros extends Ticking {
  /** Logs that an operand was evaluated and returns it. */
  static int noteInt(List<String> log, String what, int value) {
    log.add("eval " + what);
    return value;
  }

  /** Logs that an operand was evaluated and returns it. */
  static long noteLong(List<String> log, String what, long value) {
    log.add("eval " + what);
    return value;
  }

  /** Logs that an operand was evaluated and returns it. */
  static String noteString(List<String> log, String what, String value) {
    log.add("eval " + what);
    return value;
  }

  /** Logs that an operand was evaluated and returns it. */
  static boolean noteBoolean(List<String> log, String what, boolean value) {
    log.add("eval " + what);
    return value;
  }

  /** Joins three values. */
  static String join(Object a, Object b, Object c) {
    return a + "-" + b + "-" + c;
  }

  /** A coroutine that suspends once and returns {@code v} twice over. */
  default Coro<Integer> twice(int v) {
    int got = await(tick(v));
    return Coro.done(got * 2);
  }

  /** f(g(), await(x), h()): g before the suspension, h after; binary and unary operands; an operand changed while suspended. */
  default Coro<String> argumentsAndOperands(List<String> log) {
    String r = join(noteInt(log, "g", 1), await(tickStr("middle")), noteInt(log, "h", 3));
    int a = 5;
    int b = a * await(twice(a = 7)) + a;
    int c = await(tickInt(10)) - await(tickInt(4));
    int d = -await(tickInt(6));
    boolean e = !await(tickBool(true));
    long f = noteLong(log, "left", 100L) + await(twice(3)) * await(tickInt(2));
    String g = String.format("%s/%s", await(tickStr("x")), await(twice(4)));
    int[] arr = {noteInt(log, "first", 1), await(tickInt(2)), noteInt(log, "third", 3)};
    return Coro.done(r + " " + b + " " + c + " " + d + " " + e + " " + f + " " + g + " " + arr[0] + arr[1] + arr[2]);
  }

  /** &&, || and ?: with awaits on the right: not evaluated when short-circuited. */
  default Coro<String> shortCircuits(List<String> log) {
    String r = "";
    for (int i = 0; i < 2; i++) {
      boolean and = i == 1 && await(tickBool(noteBoolean(log, "and right " + i, true)));
      boolean or = i == 1 || await(tickBool(noteBoolean(log, "or right " + i, false)));
      String cond = i == 0 ? await(tickStr("then" + i)) : noteString(log, "else " + i, "else" + i);
      String nested = await(tickBool(i == 1)) ? (await(tickBool(false)) ? "tt" : "tf") : "f";
      r += and + "," + or + "," + cond + "," + nested + ";";
    }
    if (r.length() > 3 && await(tickInt(1)) == 1 || await(tickBool(noteBoolean(log, "never", true)))) {
      r += "if";
    }
    return Coro.done(r);
  }

  /** Compound assignments read their left side before the await; array elements and fields keep their target. */
  default Coro<String> compoundAssignments(List<String> log) {
    int x = 1;
    x += await(tickInt(x + 10));
    x *= await(twice(x));
    String s = "s";
    s += await(tickStr("!"));
    int[] arr = {1, 2, 3};
    int i = 0;
    arr[i++] += await(tickInt(100));
    arr[i++] -= await(twice(i));
    StringBuilder[] sbs = {new StringBuilder("b")};
    sbs[0].append(await(tickStr("c")));
    byte small = 120;
    small += await(tickInt(10));
    log.add("i " + i);
    return Coro.done(x + " " + s + " " + arr[0] + "," + arr[1] + "," + arr[2] + " " + sbs[0] + " " + small);
  }

  /** Awaited receivers, an awaited argument after a receiver, and string concatenation with awaits in the middle. */
  default Coro<String> receiversAndConcatenation(List<String> log) {
    int len = (await(tickStr("hello"))).length();
    String upper = (await(tickStr("lower"))).toUpperCase();
    StringBuilder sb = new StringBuilder(noteString(log, "receiver", "r"));
    sb.append(await(tickStr("+"))).append(noteString(log, "after", "a"));
    String left = "L";
    String s = "a" + left + await(tickStr("mid")) + 'c' + 1 + 2L + await(twice(5)) + noteString(log, "end", "z");
    String t = 1 + 2 + "x" + await(tickStr("second")) + 1 + 2;
    await(Aio.sleep(0));
    return Coro.done(len + " " + upper + " " + sb + " " + s + " " + t);
  }
}
