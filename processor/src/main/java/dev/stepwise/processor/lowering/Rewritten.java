package dev.stepwise.processor.lowering;

import dev.stepwise.processor.analysis.LocalVar;
import java.util.List;
import java.util.Set;

/**
 * Source text of a tree after {@link SourceRewriter} has adapted it to the state machine, the
 * managed variables it refers to, and the snapshot declarations that must precede it (for lambdas
 * and anonymous classes that capture managed variables).
 */
public final class Rewritten {
  private final String text;
  private final Set<LocalVar> references;
  private final List<String> preamble;

  Rewritten(String text, Set<LocalVar> references, List<String> preamble) {
    this.text = text;
    this.references = references;
    this.preamble = preamble;
  }

  public String text() {
    return text;
  }

  public Set<LocalVar> references() {
    return references;
  }

  public List<String> preamble() {
    return preamble;
  }

  /** The preamble followed by {@code statement}, as one piece of code. */
  public String withPreamble(String statement) {
    if (preamble.isEmpty()) {
      return statement;
    }
    return String.join("\n", preamble) + "\n" + statement;
  }
}
