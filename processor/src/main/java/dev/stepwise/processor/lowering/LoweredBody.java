package dev.stepwise.processor.lowering;

import dev.stepwise.processor.analysis.LocalVar;
import java.util.List;

/** The result of lowering one body: its listing, its managed variables and the names emission needs. */
public final class LoweredBody {
  private final Listing listing;
  private final List<LocalVar> variables;
  private final String selfName;
  private final SourceRewriter rewriter;
  private final List<LocalVar> localTypes;
  private final java.util.Map<LocalVar, com.palantir.javapoet.TypeName> varTypes;

  LoweredBody(Listing listing, List<LocalVar> variables, String selfName, SourceRewriter rewriter, List<LocalVar> localTypes,
      java.util.Map<LocalVar, com.palantir.javapoet.TypeName> varTypes) {
    this.localTypes = localTypes;
    this.varTypes = varTypes;
    this.listing = listing;
    this.variables = variables;
    this.selfName = selfName;
    this.rewriter = rewriter;
  }

  public Listing listing() {
    return listing;
  }

  /** Parameters and own locals, parameters first, in source order. */
  public List<LocalVar> variables() {
    return variables;
  }

  /** The local classes, records, enums and interfaces declared in the body. */
  public List<LocalVar> localTypes() {
    return localTypes;
  }

  /**
   * The type a {@code var} local's initializer evidently has (a literal, a cast, {@code new T()}),
   * to name in the diagnostic when the local must become a field; null when it is not evident.
   */
  public com.palantir.javapoet.TypeName evidentType(LocalVar v) {
    return varTypes.get(v);
  }

  public String selfName() {
    return selfName;
  }

  /** The text of a declared type, C-style array dimensions included. */
  public String typeText(com.sun.source.tree.Tree type) {
    return rewriter.typeText(type);
  }

  /** The text of a tree exactly as the user wrote it. */
  public String original(com.sun.source.tree.Tree tree) {
    return rewriter.original(tree);
  }
}
