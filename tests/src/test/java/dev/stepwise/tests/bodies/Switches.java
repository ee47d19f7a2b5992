package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.List;

/** Switch statements around suspensions: old and arrow forms, int, char, String, enum, boxed selectors. */
@Generator
public interface Switches {
  int TWO = 2;
  String STOP = "stop";

  /** A colour for enum switches. */
  enum Colour { RED, GREEN, BLUE }

  /** B7: int switch with fall-through through a yielding case, default in the middle, an interface constant label. */
  @SuppressWarnings("fallthrough")
  default Gen<String, Integer, Integer> intFallThrough(List<String> log) {
    int total = 0;
    for (int i = 0; i < 5; i++) {
      switch (i) {
        case 0:
          log.add("zero");
          Yield.value("case 0");
          // fall through
        case 1:
          total += 1;
          Yield.value("case 1 from " + i);
          break;
        default:
          log.add("default " + i);
          Integer got = Yield.value("default");
          total += got == null ? 100 : got;
          // fall through
        case TWO:
          total += 2;
          log.add("two-ish " + i);
          if (i == 4) {
            break;
          }
          Yield.value("case 2 from " + i);
      }
      log.add("total " + total);
    }
    return Gen.done(total);
  }

  /** B7: a local declared in one case and assigned and used in a later one; char selector. */
  @SuppressWarnings("fallthrough")
  default Gen<String, String, String> charAndSharedLocal(List<String> log) {
    String out = "";
    for (char c : "abcx".toCharArray()) {
      switch (c) {
        case 'a':
          String shared = Yield.value("a");
          out += shared;
          break;
        case 'b':
          shared = "b-" + Yield.value("b");
          out += shared;
          // fall through
        case 'c':
          out += Yield.value("c from " + c);
          break;
        default:
          log.add("other " + c);
      }
    }
    return Gen.done(out);
  }

  /** B7, G3: String switch with a constant label and a null check, and an enum switch. */
  default Gen<String, Void, String> stringAndEnum(List<String> log, String[] commands) {
    StringBuilder sb = new StringBuilder();
    for (String cmd : commands) {
      switch (cmd) {
        case "go":
          Yield.value("going");
          sb.append('g');
          break;
        case STOP:
          Yield.value("stopping");
          return Gen.done(sb.toString());
        case "colour":
          for (Colour col : Colour.values()) {
            switch (col) {
              case RED:
                Yield.value("red");
                break;
              case GREEN:
                continue;
              default:
                Yield.value("other " + col.name().toLowerCase());
            }
            sb.append(col.ordinal());
          }
          break;
        default:
          log.add("unknown " + cmd);
      }
    }
    return Gen.done(sb.toString());
  }

  /** B8: a null String selector throws NullPointerException when the switch is reached, after a yield. */
  default Gen<String, String, String> nullSelector(List<String> log) {
    String s = Yield.value("give me a selector");
    log.add("selector " + s);
    switch (s) {
      case "a":
        Yield.value("got a");
        break;
      default:
        Yield.value("got other");
    }
    return Gen.done("ok");
  }

  /** B9: arrow-form switch statements with blocks, expressions and a throw; boxed Integer selector. */
  default Gen<String, Integer, Integer> arrowForm(List<String> log) {
    int score = 0;
    for (Integer i = 0; i < 4; i++) {
      switch (i) {
        case 0 -> Yield.value("zero");
        case 1, 2 -> {
          Integer got = Yield.value("one or two " + i);
          score += got == null ? i : got;
          if (score > 50) {
            break;
          }
          log.add("score " + score);
        }
        case 3 -> throw new IllegalStateException("three after " + Yield.value("three"));
        default -> log.add("never");
      }
    }
    return Gen.done(score);
  }

  /** Switch expressions whose selector suspends (their arms do not), in a declaration and in an operand. */
  default Gen<String, Object, String> switchExpressionSelector(List<String> log) {
    String r = "";
    for (int i = 0; i < 2; i++) {
      String name = switch (Yield.<Colour>value("colour " + i + "?")) {
        case RED -> "r";
        case GREEN -> {
          log.add("green arm");
          yield "g";
        }
        default -> "b";
      };
      r += name + switch (Yield.<Integer>value("number?")) {
        case 1, 2 -> "small";
        default -> "big";
      };
    }
    return Gen.done(r);
  }

  /** A switch expression without a suspension (Java's own yield) next to suspensions, and an enum arrow switch. */
  default Gen<String, Void, String> switchExpressionKept(List<String> log) {
    String all = "";
    for (Colour c : Colour.values()) {
      String name = switch (c) {
        case RED -> "r";
        case GREEN -> {
          String g = "g" + c.ordinal();
          yield g;
        }
        default -> "b";
      };
      Yield.value(name);
      switch (c) {
        case BLUE -> Yield.value("blue!");
        default -> log.add("not blue " + name);
      }
      all += name;
    }
    return Gen.done(all);
  }
}
