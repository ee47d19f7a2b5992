package dev.stepwise.tests.bodies;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import dev.stepwise.tests.Injected;
import java.util.List;

/** try/catch/finally around suspensions: yields in each part, nesting, jumps and returns through finally blocks. */
@Generator
public interface TryFinally {
  /** D1, D8: yields in try, catch and finally; a statically thrown exception and an injected one. */
  default Gen<String, String, String> yieldEverywhere(List<String> log) {
    String r = "";
    for (int i = 0; i < 2; i++) {
      try {
        String got = Yield.value("try " + i);
        if ("fail".equals(got) || i == 1) {
          throw new IllegalArgumentException("thrown at " + i);
        }
        r += "t";
      } catch (IllegalArgumentException | Injected e) {
        log.add("caught " + e.getClass().getSimpleName() + " " + e.getMessage());
        String again = Yield.value("catch " + i);
        r += "c" + again;
      } finally {
        log.add("finally " + i);
        Yield.value("finally " + i);
        r += "f";
      }
    }
    return Gen.done(r);
  }

  /** D2, D3: break and continue through one and through two finally blocks that yield. */
  default Gen<String, Integer, String> jumpsThroughFinally(List<String> log) {
    String r = "";
    loop:
    for (int i = 0; i < 5; i++) {
      try {
        try {
          Integer got = Yield.value("body " + i);
          if (i == 1) {
            continue;
          }
          if (i == 2) {
            continue loop;
          }
          if (got != null && got == 3) {
            break;
          }
          if (i == 4) {
            break loop;
          }
          r += i;
        } finally {
          log.add("inner finally " + i);
          Yield.value("inner finally " + i);
        }
        log.add("between " + i);
      } finally {
        log.add("outer finally " + i);
        Yield.value("outer finally " + i);
      }
      log.add("end of iteration " + i);
    }
    return Gen.done(r);
  }

  /** D4, D5: a return through two finally blocks; the inner one yields and the pending return survives it. */
  default Gen<String, String, String> returnThroughTwoFinally(List<String> log) {
    try {
      try {
        String got = Yield.value("body");
        return Gen.done("returned " + got);
      } finally {
        String f = Yield.value("inner finally");
        log.add("inner finally got " + f);
      }
    } finally {
      log.add("outer finally");
      Yield.value("outer finally");
    }
  }

  /** D2, D6: a finally that overrides a pending return with its own return, and another that overrides with break. */
  @SuppressWarnings("finally")
  default Gen<String, String, String> finallyOverrides(List<String> log) {
    String r = "";
    out:
    {
      try {
        Yield.value("discard me");
        return Gen.done("discarded");
      } finally {
        Yield.value("breaking out of finally");
        break out;
      }
    }
    r += "after block;";
    try {
      throw new IllegalStateException(r + Yield.value("throwing"));
    } finally {
      log.add("finally returns over the exception");
      return Gen.done(r + "swallowed");
    }
  }

  /** D6: an exception thrown in a finally replaces a pending return; the last finally overrides all. */
  @SuppressWarnings("finally")
  default Gen<String, String, String> exceptionReplacesReturn(List<String> log) {
    try {
      try {
        try {
          Yield.value("body");
          return Gen.done("first");
        } finally {
          Yield.value("f1");
          throw new IllegalArgumentException("from f1");
        }
      } finally {
        String got = Yield.value("f2");
        log.add("f2 got " + got);
        if (got != null) {
          return Gen.done("f2 returns " + got);
        }
      }
    } catch (IllegalArgumentException e) {
      log.add("caught " + e.getMessage());
      Yield.value("in catch");
      throw new IllegalStateException("rethrown " + e.getMessage());
    } finally {
      log.add("last finally");
    }
  }

  /** D9, D10: multi-catch and clause order; an exception from a catch block goes through the finally. */
  default Gen<String, Integer, String> catchOrder(List<String> log) {
    String r = "";
    for (int i = 0; i < 4; i++) {
      try {
        try {
          Integer got = Yield.value("choose " + i);
          int c = got == null ? i : got;
          if (c == 0) {
            throw new NumberFormatException("nfe");
          }
          if (c == 1) {
            throw new IllegalArgumentException("iae");
          }
          if (c == 2) {
            throw new UnsupportedOperationException("uoe");
          }
          r += "n";
        } catch (NumberFormatException e) {
          r += "N";
          Yield.value("first clause " + e.getMessage());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
          r += "I";
          Yield.value("second clause " + e.getMessage());
          if (e instanceof UnsupportedOperationException) {
            throw new IllegalStateException("from catch", e);
          }
        } catch (RuntimeException e) {
          r += "R";
          log.add("runtime " + e.getMessage());
        } finally {
          log.add("finally " + i + " " + r);
        }
      } catch (IllegalStateException e) {
        log.add("outer caught " + e.getMessage() + " cause " + e.getCause().getMessage());
        Yield.value("outer catch");
      }
    }
    return Gen.done(r);
  }

  /** D14: regenerator's "exit multiple try statements": labeled jumps from inside finally blocks that yield. */
  default Gen<String, Integer, Integer> exitMultipleTries(List<String> log) {
    int steps = 0;
    top:
    while (steps < 6) {
      steps++;
      try {
        try {
          Yield.value("try " + steps);
        } finally {
          log.add("inner finally " + steps);
          Integer got = Yield.value("inner finally " + steps);
          if (got != null && got % 3 == 0) {
            log.add("continue top from finally");
            continue top;
          }
          if (steps == 4) {
            break top;
          }
        }
      } finally {
        log.add("outer finally " + steps);
        Yield.value("outer finally " + steps);
      }
    }
    log.add("steps " + steps);
    return Gen.done(steps);
  }

  /** D15: copied (non-exploded) try/finally blocks with a return and a break inside exploded code. */
  default Gen<Integer, Integer, String> copiedTryFinally(List<String> log) {
    for (int i = 0; i < 5; i++) {
      Integer got = Yield.value(i);
      try {
        if (got != null && got == 2) {
          log.add("breaking in copied try");
          break;
        }
        if (i == 3) {
          return Gen.done("returned from copied try " + i);
        }
      } finally {
        log.add("copied finally " + i);
      }
    }
    return Gen.done("loop ended");
  }

  /** A10, D12: catch (Exception e) does not catch GeneratorExit; a checked exception propagates unchanged. */
  default Gen<String, String, String> checkedAndGeneratorExit(List<String> log) throws Exception {
    try {
      String got = Yield.value("first");
      if ("checked".equals(got)) {
        throw new java.io.IOException("checked " + got);
      }
      Yield.value("second");
    } catch (Exception e) {
      log.add("caught " + e);
      Yield.value("in catch");
    }
    Yield.value("third");
    throw new java.util.concurrent.TimeoutException("checked at the end");
  }

  /** A6: a body that yields while handling GeneratorExit: close() reports it ignored. */
  default Gen<String, String, String> ignoresGeneratorExit(List<String> log) {
    for (int i = 0; i < 2; i++) {
      try {
        Yield.value("try " + i);
      } catch (dev.stepwise.GeneratorExit e) {
        log.add("caught GeneratorExit " + i);
        Yield.value("ignoring");
        log.add("resumed after ignoring");
      } finally {
        log.add("finally " + i);
      }
    }
    return Gen.done("end");
  }

  /** D11: an exception injected while suspended inside a finally replaces the pending completion. */
  default Gen<String, String, String> injectInFinally(List<String> log) {
    for (int i = 0; i < 3; i++) {
      try {
        try {
          if (i == 1) {
            return Gen.done("returned " + i);
          }
          if (i == 2) {
            throw new IllegalStateException("pending " + i);
          }
          Yield.value("body " + i);
        } finally {
          log.add("finally " + i);
          Yield.value("finally " + i);
          log.add("finally resumed " + i);
        }
      } catch (RuntimeException e) {
        log.add("caught " + e.getMessage());
        Yield.value("caught " + e.getClass().getSimpleName());
      }
    }
    return Gen.done("loop over");
  }

  /** F2: catch parameters shadowing nothing and reusing one name in nested and sibling catches. */
  default Gen<String, Void, String> catchNames(List<String> log) {
    String e = "outer-e";
    String r = "";
    try {
      throw new IllegalStateException("one");
    } catch (IllegalStateException ex) {
      try {
        Yield.value("caught " + ex.getMessage());
        throw new IllegalArgumentException("two");
      } catch (IllegalArgumentException ex2) {
        Yield.value("nested " + ex2.getMessage() + " outer " + ex.getMessage());
        r += ex.getMessage() + ex2.getMessage();
      }
    }
    try {
      Yield.value("again");
      throw new UnsupportedOperationException("three");
    } catch (UnsupportedOperationException ex) {
      Yield.value("sibling " + ex.getMessage());
      r += ex.getMessage();
    }
    log.add(e);
    return Gen.done(r);
  }
}
