package dev.stepwise.processor.lowering;

import dev.stepwise.processor.analysis.LocalVar;
import java.util.Set;

/**
 * One operation of the intermediate listing: a label mark, a piece of Java code (statements whose
 * label references are placeholders), or the declaration of a variable the lowering manages
 * (printed as a local or as a field assignment once layout knows whether it is hoisted).
 */
public final class Op {
  /** The operation kinds. */
  public enum Kind {
    MARK, CODE, DECLARE
  }

  private final Kind kind;
  private final Label label;
  private final String text;
  private final boolean abrupt;
  private final boolean suspends;
  private final LocalVar variable;
  private final Set<LocalVar> references;
  private final int line;

  private Op(Kind kind, Label label, String text, boolean abrupt, boolean suspends, LocalVar variable,
      Set<LocalVar> references, int line) {
    this.kind = kind;
    this.label = label;
    this.text = text;
    this.abrupt = abrupt;
    this.suspends = suspends;
    this.variable = variable;
    this.references = references;
    this.line = line;
  }

  static Op mark(Label label) {
    return new Op(Kind.MARK, label, null, false, false, null, Set.of(), -1);
  }

  static Op code(String text, boolean abrupt, Set<LocalVar> references, int line) {
    return new Op(Kind.CODE, null, text, abrupt, false, null, references, line);
  }

  static Op suspension(String text, Set<LocalVar> references, int line) {
    return new Op(Kind.CODE, null, text, true, true, null, references, line);
  }

  static Op declare(LocalVar variable, String initializer, Set<LocalVar> references, int line) {
    return new Op(Kind.DECLARE, null, initializer, false, false, variable, references, line);
  }

  public Kind kind() {
    return kind;
  }

  public Label label() {
    return label;
  }

  /** The code, or for DECLARE the initializer (null when the declaration has none). */
  public String text() {
    return text;
  }

  /** Whether control never continues past this operation (return, jump, throw, suspension). */
  public boolean abrupt() {
    return abrupt;
  }

  /** Whether this is a suspension point: code that stores the operand and the resume state, then returns. */
  public boolean suspends() {
    return suspends;
  }

  public LocalVar variable() {
    return variable;
  }

  /** The managed variables the code reads or writes. */
  public Set<LocalVar> references() {
    return references;
  }

  /** The source line the operation came from, or -1. */
  public int line() {
    return line;
  }
}
