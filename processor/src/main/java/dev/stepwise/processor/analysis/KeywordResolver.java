package dev.stepwise.processor.analysis;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import dev.stepwise.processor.model.Keyword;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.util.Elements;

/**
 * Decides whether a method invocation is a Stepwise keyword. A call counts only when its name
 * resolves to the runtime class, through a qualified name, a single-type or on-demand import of
 * the class, or a static import of the method; never by a bare name match. Names are resolved
 * from the compilation unit's imports without attributing the body.
 */
public final class KeywordResolver {
  private static final String RUNTIME_PACKAGE = "dev.stepwise";

  private final Map<String, String> simpleTypeNames = new HashMap<>();
  private final Map<String, String> staticMethods = new HashMap<>();
  private final boolean runtimeOnDemand;
  private final boolean inRuntimePackage;
  private final Set<String> shadowingMethodNames;
  private final Set<String> shadowingTypeNames;

  /**
   * @param unit the compilation unit whose imports apply
   * @param elements for looking up same-package types that would shadow an on-demand import
   * @param shadowingMethodNames methods of the enclosing interface; an unqualified call to one of
   *     them is that method, not a statically imported keyword
   * @param shadowingTypeNames member types of the enclosing interface, which shadow imports
   */
  public KeywordResolver(
      CompilationUnitTree unit,
      Elements elements,
      Set<String> shadowingMethodNames,
      Set<String> shadowingTypeNames) {
    this.shadowingMethodNames = shadowingMethodNames;
    this.shadowingTypeNames = shadowingTypeNames;
    String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    inRuntimePackage = pkg.equals(RUNTIME_PACKAGE);
    boolean onDemand = false;
    Map<String, Boolean> staticOnDemand = new HashMap<>();
    for (ImportTree imp : unit.getImports()) {
      String name = imp.getQualifiedIdentifier().toString();
      int dot = name.lastIndexOf('.');
      if (dot < 0) {
        continue;
      }
      String prefix = name.substring(0, dot);
      String last = name.substring(dot + 1);
      if (imp.isStatic()) {
        if (last.equals("*")) {
          staticOnDemand.put(prefix, true);
        } else {
          staticMethods.put(last, prefix);
        }
      } else if (last.equals("*")) {
        onDemand |= prefix.equals(RUNTIME_PACKAGE);
      } else {
        simpleTypeNames.put(last, name);
      }
    }
    for (String owner : staticOnDemand.keySet()) {
      for (Keyword k : Keyword.values()) {
        if (k.owner().equals(owner)) {
          staticMethods.putIfAbsent(k.method(), owner);
        }
      }
    }
    runtimeOnDemand = onDemand;
    // A same-package type named like a runtime class shadows an on-demand import of it.
    for (Keyword k : Keyword.values()) {
      String simple = simpleName(k.owner());
      if (!simpleTypeNames.containsKey(simple)
          && !pkg.isEmpty()
          && !inRuntimePackage
          && elements.getTypeElement(pkg + "." + simple) != null) {
        simpleTypeNames.put(simple, pkg + "." + simple);
      }
    }
  }

  /** The keyword {@code call} is, or null if it is an ordinary call. */
  public Keyword resolve(MethodInvocationTree call) {
    ExpressionTree select = call.getMethodSelect();
    if (select.getKind() == Tree.Kind.IDENTIFIER) {
      String name = ((IdentifierTree) select).getName().toString();
      if (shadowingMethodNames.contains(name)) {
        return null;
      }
      String owner = staticMethods.get(name);
      return owner == null ? null : Keyword.of(owner, name);
    }
    if (select.getKind() == Tree.Kind.MEMBER_SELECT) {
      MemberSelectTree member = (MemberSelectTree) select;
      String owner = typeName(member.getExpression());
      return owner == null ? null : Keyword.of(owner, member.getIdentifier().toString());
    }
    return null;
  }

  /** The keyword a method reference such as {@code Yield::value} names, or null. */
  public Keyword resolve(com.sun.source.tree.MemberReferenceTree reference) {
    if (reference.getMode() != com.sun.source.tree.MemberReferenceTree.ReferenceMode.INVOKE) {
      return null;
    }
    String owner = typeName(reference.getQualifierExpression());
    return owner == null ? null : Keyword.of(owner, reference.getName().toString());
  }

  /** The qualified runtime class name {@code expr} denotes, or null. */
  private String typeName(ExpressionTree expr) {
    if (expr.getKind() == Tree.Kind.IDENTIFIER) {
      String simple = ((IdentifierTree) expr).getName().toString();
      if (shadowingTypeNames.contains(simple)) {
        return null;
      }
      String imported = simpleTypeNames.get(simple);
      if (imported != null) {
        return imported;
      }
      if (runtimeOnDemand || inRuntimePackage) {
        return RUNTIME_PACKAGE + "." + simple;
      }
      return null;
    }
    if (expr.getKind() == Tree.Kind.MEMBER_SELECT) {
      return expr.toString();
    }
    return null;
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
