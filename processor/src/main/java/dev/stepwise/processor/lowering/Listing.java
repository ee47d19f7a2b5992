package dev.stepwise.processor.lowering;

import com.palantir.javapoet.TypeName;
import dev.stepwise.processor.analysis.LocalVar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lowered body: an append-only list of operations with labels, the exploded try regions and
 * the synthetic fields the lowering needs (spill temporaries, iterators, pending-completion slots).
 * Layout turns it into numbered states.
 */
public final class Listing {
  private final List<Op> ops = new ArrayList<>();
  private final List<TryRegion> regions = new ArrayList<>();
  private final Map<String, TypeName> syntheticFields = new LinkedHashMap<>();
  private int nextLabel;

  /** A new, not yet marked label. */
  public Label newLabel() {
    return new Label(nextLabel++);
  }

  /** Marks {@code label} at the current position. */
  public void mark(Label label) {
    ops.add(Op.mark(label));
  }

  /** Appends code that may continue to the next operation. */
  public void code(String text, Set<LocalVar> refs, int line) {
    ops.add(Op.code(text, false, refs, line));
  }

  /** Appends code after which control never continues (a jump, a return, a throw, a suspension). */
  public void abrupt(String text, Set<LocalVar> refs, int line) {
    ops.add(Op.code(text, true, refs, line));
  }

  /** Appends a suspension point (abrupt: the frame returns its op code), at source line {@code line}. */
  public void suspend(String text, Set<LocalVar> refs, int line) {
    ops.add(Op.suspension(text, refs, line));
  }

  /** Appends a jump to {@code target}. */
  public void jump(Label target) {
    abrupt(jumpText(target), Set.of(), -1);
  }

  /** The statements that jump to {@code target}. */
  public static String jumpText(Label target) {
    return "$state = " + target.ref() + "; continue $dispatch;";
  }

  /** Appends the declaration of a managed variable, with an initializer or none. */
  public void declare(LocalVar variable, String initializer, Set<LocalVar> refs, int line) {
    ops.add(Op.declare(variable, initializer, refs, line));
  }

  /** Registers a synthetic field; returns its name. */
  public String field(String name, TypeName type) {
    syntheticFields.put(name, type);
    return name;
  }

  void addRegion(TryRegion region) {
    regions.add(region);
  }

  public List<Op> ops() {
    return ops;
  }

  public List<TryRegion> regions() {
    return regions;
  }

  public Map<String, TypeName> syntheticFields() {
    return syntheticFields;
  }
}
