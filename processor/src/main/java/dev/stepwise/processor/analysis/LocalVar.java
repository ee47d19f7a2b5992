package dev.stepwise.processor.analysis;

import com.sun.source.tree.Tree;
import java.util.Set;

/**
 * A variable declared in a step body: a parameter, a local, a catch parameter, a loop variable, a
 * resource or a pattern binding. "Own" variables are the ones the lowering manages (parameters and
 * variables declared directly in statements that contain a suspension point); they get a unique
 * generated name and become fields when they live in more than one state.
 */
public final class LocalVar {
  /** Where the variable was declared. */
  public enum Origin {
    PARAMETER, LOCAL, CATCH, FOR_EACH, RESOURCE, BINDING, FOREIGN,
    /** Not a variable: a local class, record, enum or interface declared in the body. */
    LOCAL_TYPE
  }

  private final String name;
  private final Origin origin;
  private final Tree declaration;
  private final Tree typeTree;
  private final boolean own;
  private int assignments;
  private Set<LocalVar> typeMentions = Set.of();
  private String generatedName;

  LocalVar(String name, Origin origin, Tree declaration, Tree typeTree, boolean own) {
    this.name = name;
    this.origin = origin;
    this.declaration = declaration;
    this.typeTree = typeTree;
    this.own = own;
  }

  /** Creates a variable the lowering itself introduces (iterators, pending slots, temporaries). */
  public static LocalVar synthetic(String name, Tree anchor) {
    return new LocalVar(name, Origin.LOCAL, anchor, null, true);
  }

  public String name() {
    return name;
  }

  public Origin origin() {
    return origin;
  }

  /** The declaring tree (a VariableTree, a BindingPattern's variable, or the method for parameters). */
  public Tree declaration() {
    return declaration;
  }

  /** The declared type as written; null for {@code var} and lambda parameters without a type. */
  public Tree typeTree() {
    return typeTree;
  }

  /** The local types of the body that the declared type mentions. */
  public Set<LocalVar> typeMentions() {
    return typeMentions;
  }

  void setTypeMentions(Set<LocalVar> typeMentions) {
    this.typeMentions = typeMentions;
  }

  /** Whether the lowering manages this variable (renames it, maybe hoists it). */
  public boolean own() {
    return own;
  }

  /** Whether it is assigned after its declaration (so not a stable operand). */
  public boolean reassigned() {
    return assignments > 0;
  }

  void countAssignment() {
    assignments++;
  }

  /** The name in generated code (own variables only). */
  public String generatedName() {
    return generatedName == null ? name : generatedName;
  }

  public void setGeneratedName(String generatedName) {
    this.generatedName = generatedName;
  }

  @Override
  public String toString() {
    return name + "->" + generatedName();
  }
}
