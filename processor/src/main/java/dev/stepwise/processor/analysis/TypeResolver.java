package dev.stepwise.processor.analysis;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Resolves a class name written in a body (a simple or qualified name, no type arguments) to its
 * declaration, the way javac would outside any local scope: member types of the interface and its
 * supertypes, single-type imports, the package, on-demand imports, {@code java.lang}. Uses only
 * {@link Elements}, never the body's attribution.
 */
public final class TypeResolver {
  private final Elements elements;
  private final TypeElement iface;
  private final CompilationUnitTree unit;

  public TypeResolver(Elements elements, TypeElement iface, CompilationUnitTree unit) {
    this.elements = elements;
    this.iface = iface;
    this.unit = unit;
  }

  /** The class a name tree denotes, or null when it cannot be resolved. */
  public TypeElement resolve(Tree name) {
    if (name instanceof IdentifierTree) {
      return simple(((IdentifierTree) name).getName().toString());
    }
    if (name instanceof MemberSelectTree) {
      MemberSelectTree m = (MemberSelectTree) name;
      TypeElement outer = resolve(m.getExpression());
      if (outer != null) {
        return member(outer, m.getIdentifier().toString());
      }
      return elements.getTypeElement(name.toString());
    }
    return null;
  }

  private TypeElement simple(String name) {
    for (Element e = iface; e instanceof TypeElement; e = e.getEnclosingElement()) {
      TypeElement found = member((TypeElement) e, name);
      if (found != null) {
        return found;
      }
    }
    List<String> onDemand = new ArrayList<>();
    for (ImportTree imp : unit.getImports()) {
      if (imp.isStatic()) {
        continue;
      }
      String q = imp.getQualifiedIdentifier().toString();
      if (q.endsWith(".*")) {
        onDemand.add(q.substring(0, q.length() - 2));
      } else if (q.endsWith("." + name)) {
        return canonical(q);
      }
    }
    String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    TypeElement same = elements.getTypeElement(pkg.isEmpty() ? name : pkg + "." + name);
    if (same != null) {
      return same;
    }
    for (String prefix : onDemand) {
      TypeElement found = canonical(prefix + "." + name);
      if (found != null) {
        return found;
      }
    }
    return elements.getTypeElement("java.lang." + name);
  }

  /** A type by a name that may go through nested types ({@code java.util.Map.Entry}). */
  private TypeElement canonical(String qualified) {
    return elements.getTypeElement(qualified);
  }

  /** A member type of {@code owner} or of its supertypes. */
  private static TypeElement member(TypeElement owner, String name) {
    for (TypeElement t : ElementFilter.typesIn(owner.getEnclosedElements())) {
      if (t.getSimpleName().contentEquals(name)) {
        return t;
      }
    }
    List<TypeMirror> supers = new ArrayList<>(owner.getInterfaces());
    supers.add(owner.getSuperclass());
    for (TypeMirror s : supers) {
      if (s.getKind() == TypeKind.DECLARED) {
        TypeElement found = member((TypeElement) ((DeclaredType) s).asElement(), name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The most specific common superclass of {@code classes}, or null if one of them is null. */
  public static TypeElement commonSuperclass(List<TypeElement> classes) {
    if (classes.isEmpty() || classes.contains(null)) {
      return null;
    }
    for (TypeElement candidate = classes.get(0); candidate != null; candidate = superclass(candidate)) {
      boolean all = true;
      for (TypeElement c : classes) {
        if (!isSubclass(c, candidate)) {
          all = false;
          break;
        }
      }
      if (all) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean isSubclass(TypeElement c, TypeElement of) {
    for (TypeElement t = c; t != null; t = superclass(t)) {
      if (t.equals(of)) {
        return true;
      }
    }
    return false;
  }

  private static TypeElement superclass(TypeElement t) {
    TypeMirror s = t.getSuperclass();
    return s.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) s).asElement() : null;
  }
}
