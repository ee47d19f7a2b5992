package dev.stepwise.internal;

import dev.stepwise.GeneratorExit;
import dev.stepwise.aio.CancelledError;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes the stack traces of exceptions that leave a step body speak of the user's source: the
 * element of the generated {@code $resume} becomes the user's method at the line of the statement
 * that failed ({@code com.example.Chain.inner(Chain.java:8)}), and a coroutine that an exception
 * passes through on its way up an await chain gets an element at the line of its {@code await},
 * just after the element of the coroutine it awaited, as Python's traceback lists every frame the
 * exception left. Not for users.
 *
 * <p>Exact lines come from the table the processor emits with each generated class ({@link
 * StepFrame#$sourceLines()}): generated line to source line. Cancellations and {@code
 * GeneratorExit} are control flow and are left alone.
 */
final class SourceTraces {
  private SourceTraces() {}

  /** Per generated frame class, its parsed line table: pairs (generated line, source line), ascending. */
  private static final ClassValue<AtomicReference<int[]>> TABLES = new ClassValue<>() {
    @Override
    protected AtomicReference<int[]> computeValue(Class<?> type) {
      return new AtomicReference<>();
    }
  };

  /**
   * {@code t} leaves the body of {@code frame}. Rewrites the elements of the frame's generated
   * body; when the body is not on the trace (the exception was raised elsewhere and thrown into the
   * frame at its suspension point), inserts the frame's element after {@code from}, the element of
   * the frame it arrived from, or else at the top.
   *
   * @param from the element standing for the frame {@code t} left before this one, or null
   * @param insert whether to insert the frame's element when its body is not on the trace
   * @return the element now standing for {@code frame}, or null when it has none on the trace
   */
  static StackTraceElement left(Throwable t, StepFrame frame, StackTraceElement from, boolean insert) {
    if (t instanceof GeneratorExit || t instanceof CancelledError) {
      return null;
    }
    StackTraceElement[] trace = t.getStackTrace();
    if (trace.length == 0) {
      return null; // not writable
    }
    String generated = frame.getClass().getName();
    if (frame.$sourceLines() == null) {
      // A frame of the runtime's own (an async generator's step): left as it is, and the frames that
      // awaited it are listed after it when it is on the trace.
      for (int i = trace.length - 1; i >= 0; i--) {
        if (trace[i].getClassName().equals(generated) && trace[i].getMethodName().equals("$resume")) {
          return trace[i];
        }
      }
      return from;
    }
    StackTraceElement mine = null;
    for (int i = 0; i < trace.length; i++) {
      StackTraceElement e = trace[i];
      if (e.getClassName().equals(generated) && e.getMethodName().equals("$resume")) {
        trace[i] = element(frame, sourceLine(frame, e.getLineNumber()));
        if (mine == null) {
          mine = trace[i];
        }
      }
    }
    if (mine == null) {
      if (!insert) {
        return null;
      }
      mine = element(frame, currentLine(frame));
      int at = 0;
      if (from != null) {
        for (int i = trace.length - 1; i >= 0; i--) {
          if (trace[i].equals(from)) {
            at = i + 1;
            break;
          }
        }
      }
      StackTraceElement[] longer = new StackTraceElement[trace.length + 1];
      System.arraycopy(trace, 0, longer, 0, at);
      longer[at] = mine;
      System.arraycopy(trace, at, longer, at + 1, trace.length - at);
      trace = longer;
    }
    t.setStackTrace(trace);
    return mine;
  }

  /**
   * The element standing for {@code frame} at source line {@code line} (-1: unknown): the user's
   * interface as the class ({@code com.example.Chain}), the method, the interface's file.
   */
  static StackTraceElement element(StepFrame frame, int line) {
    String name = frame.name();
    int dot = name.lastIndexOf('.');
    String pkg = frame.getClass().getPackageName();
    String type = dot < 0 ? "" : name.substring(0, dot);
    String location = frame.$location(); // File.java:line; every state names the same file
    if (location == null) {
      location = frame.$location(0);
    }
    String file = location == null ? null : location.substring(0, location.lastIndexOf(':'));
    return new StackTraceElement(pkg.isEmpty() ? type : pkg + "." + type, name.substring(dot + 1), file, line);
  }

  /** The source line of {@code frame}'s current state (where it is suspended), or -1. */
  static int currentLine(StepFrame frame) {
    String location = frame.$location();
    return location == null ? -1 : Integer.parseInt(location.substring(location.lastIndexOf(':') + 1));
  }

  /** The source line of generated line {@code generatedLine} of {@code frame}'s class; else its current line. */
  private static int sourceLine(StepFrame frame, int generatedLine) {
    AtomicReference<int[]> ref = TABLES.get(frame.getClass());
    int[] table = ref.get();
    if (table == null) {
      table = parse(frame.$sourceLines());
      ref.set(table);
    }
    int lo = 0;
    int hi = table.length / 2 - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (table[2 * mid] <= generatedLine) {
        found = table[2 * mid + 1];
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found > 0 ? found : currentLine(frame);
  }

  /** Parses "g:s,g:s,..." into pairs; empty for null or malformed text. */
  static int[] parse(String text) {
    if (text == null || text.isEmpty()) {
      return new int[0];
    }
    String[] entries = text.split(",");
    int[] out = new int[entries.length * 2];
    try {
      for (int i = 0; i < entries.length; i++) {
        int colon = entries[i].indexOf(':');
        out[2 * i] = Integer.parseInt(entries[i].substring(0, colon));
        out[2 * i + 1] = Integer.parseInt(entries[i].substring(colon + 1));
      }
    } catch (RuntimeException malformed) {
      return new int[0];
    }
    return out;
  }
}
