package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import dev.stepwise.tests.bodies.Switches.Colour;
import java.util.List;

/** Rarely written statement shapes around suspensions. */
@Generator
public interface Edges4 {
  /** A switch with only a default, a switch without cases, hash-colliding String labels, a labeled switch. */
  default Gen<String, String, String> unusualSwitches(List<String> log, String[] words) {
    String r = "";
    for (String w : words) {
      switch (w.length()) {
        default:
          r += Yield.value("only default " + w);
      }
      switch (w) {
      }
      sw:
      switch (w) {
        case "Aa":
          for (int i = 0; ; i++) {
            Yield.value("Aa " + i);
            if (i == 1) {
              break sw;
            }
          }
        case "BB":
          Yield.value("BB");
          break;
        default:
          log.add("other " + w);
      }
    }
    return Gen.done(r);
  }

  /** A suspension in a for initializer, a do-while(false) continued, an imported nested enum selector. */
  default Gen<String, Integer, String> loopShapes(List<String> log) {
    String r = "";
    for (int i = Yield.<Integer>value("start?"), j = i * 2; i < 3; i++) {
      r += i + "" + j + ",";
    }
    do {
      Integer got = Yield.value("once");
      if (got == null) {
        continue;
      }
      r += "got" + got;
    } while (false);
    Colour c = Colour.values()[r.length() % 3];
    switch (c) {
      case RED:
      case GREEN:
        r += Yield.value("warm " + c);
        break;
      case BLUE:
        r += "blue";
    }
    return Gen.done(r);
  }
}
