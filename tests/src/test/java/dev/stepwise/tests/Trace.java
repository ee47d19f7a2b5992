package dev.stepwise.tests;

import dev.stepwise.Gen;
import dev.stepwise.StopIteration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The observable history of one generator under one script: the lines its body logged, and every
 * operation the driver performed with what it produced (a yielded value, a StopIteration and its
 * value, or an exception with its class, message, cause and suppressed exceptions), in order.
 * The body and the driver write to the same list, so the interleaving is part of the trace.
 */
final class Trace {
  /** Shared with the body (which may run on the reference executor's thread while the driver waits). */
  final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  private int yields;
  private boolean ended;

  /** How many values the generator yielded to the driver. */
  int yields() {
    return yields;
  }

  /** Whether an operation finished the generator (StopIteration or an exception escaping it). */
  boolean ended() {
    return ended;
  }

  /** Runs one generator operation and records its outcome; returns true if it yielded. */
  boolean op(String what, Supplier<Object> operation) {
    Object value;
    try {
      value = operation.get();
    } catch (StopIteration stop) {
      lines.add(what + " -> StopIteration(" + show(stop.value()) + ")");
      ended = true;
      return false;
    } catch (Throwable t) {
      lines.add(what + " -> raised " + describe(t));
      ended = true;
      return false;
    }
    yields++;
    lines.add(what + " -> " + show(value));
    return true;
  }

  /** Closes and records the outcome ({@code close()} yields nothing). */
  void close(String what, Gen<?, ?, ?> gen) {
    close(what, gen::close);
  }

  /** Runs a close operation (of a generator or a coroutine) and records its outcome. */
  void close(String what, Runnable close) {
    try {
      close.run();
      lines.add(what + " -> ok");
    } catch (Throwable t) {
      lines.add(what + " -> raised " + describe(t));
    }
  }

  void note(String line) {
    lines.add(line);
  }

  String text() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }

  /** A value as the trace shows it: strings quoted, non-int boxes tagged, arrays expanded. */
  static String show(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String) {
      return "\"" + v + "\"";
    }
    if (v instanceof Integer || v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof Object[]) {
      return Arrays.deepToString((Object[]) v);
    }
    if (v instanceof int[]) {
      return Arrays.toString((int[]) v);
    }
    if (v instanceof Number || v instanceof Character) {
      return v + "(" + v.getClass().getSimpleName() + ")";
    }
    return v.toString();
  }

  /**
   * An exception as the trace shows it: simple class name and message, then its cause and its
   * suppressed exceptions. A NullPointerException's message is left out: the JDK's helpful
   * message names the local variable or field that was null, and those names legitimately differ
   * between the original body and its state machine.
   */
  static String describe(Throwable t) {
    StringBuilder sb = new StringBuilder(t.getClass().getSimpleName());
    if (t.getMessage() != null && !(t instanceof NullPointerException)) {
      sb.append(": ").append(t.getMessage());
    }
    if (t.getCause() != null && t.getCause() != t) {
      sb.append(" (cause ").append(describe(t.getCause())).append(")");
    }
    for (Throwable s : t.getSuppressed()) {
      sb.append(" (suppressed ").append(describe(s)).append(")");
    }
    return sb.toString();
  }
}
