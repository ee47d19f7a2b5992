package dev.stepwise.processor.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.source.tree.LineMap;
import org.junit.jupiter.api.Test;

/** Marking the line breaks of copied source text: every break in code or comments, none in literals. */
class LineMarksTest {
  /** The line map of {@code text}: line 1 starts at 0, each '\n' starts the next. */
  private static LineMap linesOf(String text) {
    return new LineMap() {
      @Override
      public long getLineNumber(long pos) {
        long line = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
          if (text.charAt(i) == '\n') {
            line++;
          }
        }
        return line;
      }

      @Override
      public long getStartPosition(long line) {
        throw new UnsupportedOperationException();
      }

      @Override
      public long getPosition(long line, long column) {
        throw new UnsupportedOperationException();
      }

      @Override
      public long getColumnNumber(long pos) {
        throw new UnsupportedOperationException();
      }
    };
  }

  private static String marked(String source, int from) {
    StringBuilder sb = new StringBuilder();
    LineMarks.appendMarked(sb, source, from, source.length(), linesOf(source), "I.java");
    return sb.toString();
  }

  @Test
  void eachLineBreakInCodeGetsTheMarkOfTheLineAfterIt() {
    assertEquals("a( // I.java:2\n b, // I.java:3\n c)", marked("a(\n b,\n c)", 0));
    assertEquals("x // I.java:5\ny", marked("\n\n\nx\ny", 3), "lines are counted from the file's start");
  }

  @Test
  void textBlocksAndOneLineLiteralsKeepEveryCharacter() {
    String block = "s = \"\"\"\n  one \\\"\"\" // not a comment\n  two\n  \"\"\" +\n t";
    assertEquals("s = \"\"\"\n  one \\\"\"\" // not a comment\n  two\n  \"\"\" + // I.java:5\n t", marked(block, 0));
    assertEquals("'\"' + \"\\\"//\" + // I.java:2\nx", marked("'\"' + \"\\\"//\" +\nx", 0));
  }

  @Test
  void commentsAreMarkedAndDoNotOpenLiterals() {
    assertEquals("a // don't \"\"\" // I.java:2\n+ b", marked("a // don't \"\"\"\n+ b", 0));
    assertEquals("a /* \"\"\" // I.java:2\n */ + \"\"\"\n  t\"\"\"", marked("a /* \"\"\"\n */ + \"\"\"\n  t\"\"\"", 0));
  }

  @Test
  void aCarriageReturnStaysWithItsLineFeed() {
    assertEquals("a + // I.java:2\r\nb", marked("a +\r\nb", 0));
  }
}
