package dev.stepwise.processor.emission;

import dev.stepwise.processor.lowering.LineMarks;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table from lines of a generated Steps file to lines of the user's source, which the runtime
 * uses to put the user's line in stack traces. The frames mark each state and each operation, and
 * copied source text each of its line breaks, with a comment {@code // Iface.java:N} at the end of
 * a line ({@link LineMarks}): the lines after it come from line N. Once the file's text is final,
 * the table is read off those marks and written into the one-line constant {@code $SOURCE_LINES},
 * so that filling it in moves no line.
 */
final class SourceLineTable {
  /** What the constant holds until the text is final. */
  static final String PLACEHOLDER = "$$stepwise-source-lines$$";
  /** The name of the constant in the Steps class. */
  static final String FIELD = "$SOURCE_LINES";

  private SourceLineTable() {}

  /**
   * {@code text} with the placeholder replaced by {@code "g:s,g:s,..."}: from generated line
   * {@code g} (1-based) on, source line {@code s} of {@code sourceFile}.
   */
  static String fill(String text, String sourceFile) {
    if (!text.contains(PLACEHOLDER)) {
      return text;
    }
    Pattern marker = Pattern.compile("// " + Pattern.quote(sourceFile) + ":(\\d+)$");
    StringBuilder table = new StringBuilder();
    String[] lines = text.split("\n", -1);
    int last = -1;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = marker.matcher(lines[i]);
      if (m.find()) {
        int line = Integer.parseInt(m.group(1));
        if (line != last) {
          // i + 1 is the mark's own line (1-based); it applies from the next one.
          table.append(table.length() == 0 ? "" : ",").append(i + 2).append(':').append(line);
          last = line;
        }
      }
    }
    return text.replace(PLACEHOLDER, table.toString());
  }
}
