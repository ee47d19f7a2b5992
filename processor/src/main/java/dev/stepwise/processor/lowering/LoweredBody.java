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

  LoweredBody(Listing listing, List<LocalVar> variables, String selfName, SourceRewriter rewriter, List<LocalVar> localTypes) {
    this.localTypes = localTypes;
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
