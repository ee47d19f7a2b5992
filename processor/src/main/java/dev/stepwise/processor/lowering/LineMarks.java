package dev.stepwise.processor.lowering;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;

/**
 * The comments that tie generated lines to the user's: {@code // Iface.java:N} at the end of a
 * generated line says that the lines after it come from line N of the interface's file. The
 * emitter puts one before each operation; source text copied into a state machine gets one at each
 * of its own line breaks, so that a statement written over several lines keeps its lines in stack
 * traces. The emitter's line table is read off them once the file's text is final.
 */
public final class LineMarks {
  private LineMarks() {}

  /** The comment for source line {@code line} of {@code file}. */
  public static String comment(String file, int line) {
    return "// " + file + ":" + line;
  }

  /** Whether {@code text} holds a mark (it then spans several source lines). */
  public static boolean marked(String text, String file) {
    return text.contains("// " + file + ":");
  }

  /** The simple name of the file {@code unit} was read from ({@code Gens.java}), as marks and frames cite it. */
  public static String fileName(CompilationUnitTree unit) {
    String name = unit.getSourceFile().getName();
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }

  /**
   * Appends {@code source[from, to)} to {@code sb}, ending each line break that lies outside a text
   * block with the mark of the source line that follows it. {@code from} must lie outside literals
   * and comments (a tree's start or end does).
   */
  static void appendMarked(StringBuilder sb, CharSequence source, int from, int to, LineMap lines, String file) {
    int i = from;
    while (i < to) {
      char c = source.charAt(i);
      if (c == '"' && startsWith(source, i, to, "\"\"\"")) {
        int end = literalEnd(source, i + 3, to, "\"\"\"");
        sb.append(source, i, end); // a text block keeps every character
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = literalEnd(source, i + 1, to, String.valueOf(c));
        sb.append(source, i, end);
        i = end;
      } else if (c == '/' && startsWith(source, i, to, "//")) {
        int end = i;
        while (end < to && source.charAt(end) != '\n') {
          end++;
        }
        sb.append(source, i, end); // the line break after it is marked as any other
        i = end;
      } else if (c == '/' && startsWith(source, i, to, "/*")) {
        int end = i + 2;
        while (end < to && !startsWith(source, end, to, "*/")) {
          end++;
        }
        end = Math.min(to, end + 2);
        appendComment(sb, source, i, end, lines, file);
        i = end;
      } else if (c == '\n') {
        markLineBreak(sb, i, lines, file);
        i++;
      } else {
        sb.append(c);
        i++;
      }
    }
  }

  /** A block comment: its line breaks are marked too (a mark inside a comment is only more comment). */
  private static void appendComment(StringBuilder sb, CharSequence source, int from, int to, LineMap lines, String file) {
    for (int i = from; i < to; i++) {
      if (source.charAt(i) == '\n') {
        markLineBreak(sb, i, lines, file);
      } else {
        sb.append(source.charAt(i));
      }
    }
  }

  /** Appends the line break at {@code at} in the source, after the mark of the line that follows it. */
  private static void markLineBreak(StringBuilder sb, int at, LineMap lines, String file) {
    int before = sb.length() > 0 && sb.charAt(sb.length() - 1) == '\r' ? sb.length() - 1 : sb.length();
    sb.insert(before, " " + comment(file, (int) lines.getLineNumber(at + 1)));
    sb.append('\n');
  }

  private static boolean startsWith(CharSequence s, int at, int to, String prefix) {
    if (at + prefix.length() > to) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (s.charAt(at + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The position after the literal's closing {@code quote}, skipping escapes; {@code to} if none.
   * A one-line literal also ends at a line break (the compiler has rejected anything else).
   */
  private static int literalEnd(CharSequence s, int at, int to, String quote) {
    int i = at;
    boolean oneLine = quote.length() == 1;
    while (i < to) {
      if (oneLine && s.charAt(i) == '\n') {
        return i;
      }
      if (s.charAt(i) == '\\') {
        i += 2;
      } else if (startsWith(s, i, to, quote)) {
        return i + quote.length();
      } else {
        i++;
      }
    }
    return to;
  }
}
