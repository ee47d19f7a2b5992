package dev.stepwise.tests.coroutines;

import static dev.stepwise.Async.await;
import static dev.stepwise.tests.coroutines.Tick.tick;

import dev.stepwise.Async;
import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/** Awaits in every statement position: conditions and bodies of if, while, do, for, enhanced for, switch. */
@Coroutine
public interface ControlFlowCoros extends Ticking {
  /** A selector type for the enum switches. */
  enum Colour { RED, GREEN, BLUE }

  /** Awaits in if/else-if conditions and branches, while, do-while and for (init, condition, update, body). */
  default Coro<String> conditionsAndLoops(List<String> log) {
    String r = "";
    if (await(tickBool(true))) {
      r += await(tickStr("a"));
    } else {
      r += "b";
    }
    if (await(tickInt(2)) > 5) {
      r += "big";
    } else if (await(tick((Object) "x")) instanceof String s && s.length() == 1) {
      r += "s" + s + await(tickStr("!"));
    }
    int i = 0;
    while (i < await(tickInt(3))) {
      log.add("while " + i);
      i += await(tickInt(1));
    }
    int n = 0;
    do {
      n += await(tickInt(1));
      log.add("do " + n);
    } while (n < await(tickInt(2)));
    for (int j = await(tickInt(0)); j < await(tickInt(3)); j += await(tickInt(1))) {
      r += j;
      await(Aio.sleep(0));
      log.add("for " + j);
    }
    return Coro.done(r + "/" + i + "/" + n);
  }

  /** Enhanced for over an awaited list and an array, labeled break and continue across nested loops. */
  default Coro<String> enhancedForAndLabels(List<String> log) {
    StringBuilder sb = new StringBuilder();
    for (Object w : Async.<List<String>>await(tick(List.of("x", "y", "z")))) {
      sb.append(w);
      sb.append(await(tickStr(".")));
    }
    outer:
    for (int i = 0; i < 3; i++) {
      inner:
      for (int j = 0; j < 3; j++) {
        int v = await(tick(i * 3 + j));
        if (v == 4) {
          log.add("continue outer at " + v);
          continue outer;
        }
        if (v == 7) {
          log.add("break outer at " + v);
          break outer;
        }
        if (v == 1) {
          continue inner;
        }
        if (v > 20) {
          break inner;
        }
        sb.append(v);
      }
      sb.append('|');
      await(Aio.sleep(0));
    }
    int[] numbers = {1, 2, 3};
    for (int x : numbers) {
      sb.append(x * await(tickInt(10)));
      sb.append(',');
    }
    block:
    {
      if (await(tickBool(true))) {
        break block;
      }
      sb.append("not reached");
    }
    return Coro.done(sb.toString());
  }

  /** Old-form String switch with fall-through, an awaited selector, an arrow enum switch and a switch expression. */
  @SuppressWarnings("fallthrough")
  default Coro<String> switches(List<String> log, String[] words) {
    String r = "";
    for (String w : words) {
      switch (w) {
        case "a":
          r += await(tickStr("A"));
        case "b":
          r += "b";
          break;
        case "c":
          await(Aio.sleep(0));
          log.add("continue at c");
          continue;
        default:
          r += "?" + await(tick(w));
      }
      r += ";";
    }
    switch (await(tickStr("two"))) {
      case "one":
        r += 1;
        break;
      case "two":
        r += 2 + await(tickInt(0));
        break;
      default:
        r += "d";
    }
    Colour c = await(tick(Colour.GREEN));
    switch (c) {
      case RED -> r += "red";
      case GREEN -> {
        r += await(tickStr("green"));
        log.add("green arm");
      }
      case BLUE -> throw new IllegalStateException("blue");
    }
    int code = 0;
    for (Colour k : new Colour[] {Colour.GREEN, Colour.BLUE}) {
      int arm = switch (Async.<Colour>await(tick(k))) {
        case RED -> 1;
        case GREEN -> {
          int g = await(tickInt(20));
          log.add("green arm of the switch expression");
          yield g + 1;
        }
        case BLUE -> await(tickInt(3));
      };
      code = code * 100 + arm;
    }
    return Coro.done(r + code);
  }
}
