package dev.stepwise.processor.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Copied code loses the indentation it had in the interface, except inside text blocks. */
class DedentTest {

  @Test
  void laterLinesLoseTheIndentationOfTheFirstLine() {
    String copied = "if (x) {\n        f();\n      }";
    assertEquals("if (x) {\n  f();\n}", SourceRewriter.dedent(copied, 6));
  }

  @Test
  void linesIndentedLessLoseOnlyWhatTheyHave() {
    assertEquals("a\nb\n  c", SourceRewriter.dedent("a\n  b\n      c", 4));
  }

  @Test
  void textBlocksAreLeftAlone() {
    String copied = "String s = \"\"\"\n      one\n    two\"\"\";";
    assertEquals(copied, SourceRewriter.dedent(copied, 4));
  }
}
