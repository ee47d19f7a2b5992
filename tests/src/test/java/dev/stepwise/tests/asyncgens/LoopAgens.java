package dev.stepwise.tests.asyncgens;

import static dev.stepwise.Async.await;

import dev.stepwise.AsyncGen;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import java.util.List;

/** Loops with break and continue around yields and awaits, and switch statements. */
@AsyncGenerator
public interface LoopAgens extends Awaits {
  /** A colour for the enum switch. */
  enum Colour { RED, GREEN, BLUE }

  /** continue after an await, break on a sent value or a count. */
  default AsyncGen<Object, Object, Integer> breakContinue(List<String> log) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      await(Aio.sleep(0));
      if (i % 3 == 1) {
        log.add("continue at " + i);
        continue;
      }
      Object got = Yield.value(i);
      sum += i;
      if ("break".equals(got)) {
        log.add("break on sent value at " + i);
        break;
      }
      if (i == 6) {
        break;
      }
    }
    Yield.value("after loop " + sum);
    return AsyncGen.done(sum);
  }

  /** Labeled continue and break of an outer loop from an inner while, around yields and awaits. */
  default AsyncGen<Object, Object, String> labeledLoops(List<String> log) {
    String r = "";
    outer:
    for (int i = 0; i < 3; i++) {
      int j = 0;
      while (true) {
        j++;
        Object got = Yield.value(i + "." + j);
        int t = await(twice(log, j));
        r += t;
        if ("skip".equals(got)) {
          log.add("break outer at " + i + "." + j);
          break outer;
        }
        if (j == 2) {
          continue outer;
        }
      }
    }
    return AsyncGen.done(r);
  }

  /** A do-while whose condition awaits. */
  default AsyncGen<Object, Object, Integer> doWhileAwaits(List<String> log) {
    int n = 1;
    do {
      Object got = Yield.value(n);
      log.add("got " + got);
      n = await(twice(log, n));
    } while (n < 20 && await(twice(log, n)) < 30);
    return AsyncGen.done(n);
  }

  /** A while loop driven by sent values, with an await in its body. */
  default AsyncGen<Object, Object, String> whileSent(List<String> log) {
    Object got;
    int n = 0;
    while ((got = Yield.value("more? " + n)) != null && n < 6) {
      n++;
      await(Aio.sleep(0));
      log.add("got " + got);
    }
    Yield.value("stopped on " + got + " after " + n);
    return AsyncGen.done("n=" + n);
  }

  /** An enhanced for over a list with continue after an await. */
  default AsyncGen<String, Object, String> enhancedFor(List<String> log) {
    String r = "";
    for (String s : List.of("a", "b", "c", "d")) {
      if (s.equals("b")) {
        await(Aio.sleep(0));
        log.add("skip b");
        continue;
      }
      Object got = Yield.value(s);
      r += s + got;
    }
    return AsyncGen.done(r);
  }

  /** An old-style String switch with fall-through through yielding and awaiting cases. */
  @SuppressWarnings("fallthrough")
  default AsyncGen<Object, Object, Integer> switchFallThrough(List<String> log) {
    int total = 0;
    for (String s : new String[] {"a", "b", "c", "d"}) {
      switch (s) {
        case "a":
          Yield.value("A");
          total += 1;
          // fall through
        case "b":
          await(Aio.sleep(0));
          Yield.value("B from " + s);
          total += 2;
          break;
        case "c":
          total += await(twice(log, 5));
          break;
        default:
          log.add("default " + s);
          Yield.value("default " + s);
      }
      log.add("total " + total);
    }
    return AsyncGen.done(total);
  }

  /** Arrow switches whose selector awaits and whose blocks yield and await. */
  default AsyncGen<Object, Object, String> switchArrow(List<String> log) {
    String r = "";
    for (int i = 0; i < 4; i++) {
      switch (await(twice(log, i))) {
        case 0 -> r += Yield.value("zero");
        case 2 -> {
          await(Aio.sleep(0));
          r += "two";
        }
        case 4 -> {
          Object got = Yield.value("four");
          r += got;
          await(twice(log, 9));
        }
        default -> log.add("default arm " + i);
      }
    }
    return AsyncGen.done(r);
  }

  /** A switch on a sent command, in a loop that ends on "end" or after five commands. */
  default AsyncGen<Object, Object, String> switchOnSent(List<String> log) {
    String r = "";
    for (int i = 0; i < 5; i++) {
      Object cmd = Yield.value("command " + i + "?");
      switch (String.valueOf(cmd)) {
        case "wait":
          await(Aio.sleep(0.5));
          r += "w";
          break;
        case "end":
          log.add("end at " + i);
          return AsyncGen.done(r + "e");
        case "echo":
          Yield.value("echo " + Env.now());
          r += "o";
          break;
        default:
          r += "?";
      }
    }
    return AsyncGen.done(r);
  }

  /** An enum switch whose selector is a yield, a switch expression whose selector awaits. */
  default AsyncGen<Object, Object, String> switchEnumAndExpression(List<String> log) {
    String r = "";
    for (int i = 0; i < 3; i++) {
      Colour c = Colour.values()[i];
      switch (c) {
        case RED -> Yield.value("red");
        case GREEN -> {
          await(Aio.sleep(0));
          Yield.value("green");
        }
        default -> log.add("blue");
      }
      String name = switch (await(twice(log, i))) {
        case 0 -> "zero";
        case 2 -> {
          log.add("two arm");
          yield "two";
        }
        default -> "many";
      };
      r += name;
    }
    return AsyncGen.done(r);
  }
}
