package dev.stepwise.processor.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The names a body of the interface can reach without qualification, and how the generated state
 * machine must reach each of them. The state machine is a static class nested in
 * {@code <Interface>Steps}, which implements the interface: constants and member types stay
 * reachable unqualified through inheritance; instance methods go through {@code self}; static
 * interface methods (not inherited, JLS 8.4.8) and members of enclosing classes are qualified.
 */
public final class InterfaceMembers {
  private static final Set<String> OBJECT_METHODS =
      Set.of("equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait");

  private final TypeElement iface;
  private final Elements elements;
  private final String reference;
  private final Set<String> instanceMethods = new HashSet<>();
  private final Set<String> staticMethods = new HashSet<>();
  private final Set<String> privateMethods = new HashSet<>();
  private final Set<String> fields = new HashSet<>();
  private final Set<String> memberTypes = new HashSet<>();
  private final Map<String, String> enclosingMembers = new HashMap<>();
  private final Map<String, List<ExecutableElement>> methodsByName = new HashMap<>();

  public InterfaceMembers(TypeElement iface, Elements elements) {
    this.iface = iface;
    this.elements = elements;
    this.reference = relativeName(iface);
    for (Element e : elements.getAllMembers(iface)) {
      String name = e.getSimpleName().toString();
      if (e.getKind() == ElementKind.METHOD) {
        ExecutableElement m = (ExecutableElement) e;
        boolean own = m.getEnclosingElement().equals(iface);
        if (m.getModifiers().contains(Modifier.PRIVATE)) {
          if (own) {
            privateMethods.add(name);
          }
        } else if (m.getModifiers().contains(Modifier.STATIC)) {
          if (own) {
            staticMethods.add(name);
          }
        } else {
          instanceMethods.add(name);
        }
        if (own || !m.getModifiers().contains(Modifier.STATIC)) {
          methodsByName.computeIfAbsent(name, k -> new ArrayList<>()).add(m);
        }
      } else if (e.getKind().isField()) {
        fields.add(name);
      } else if (e.getKind().isClass() || e.getKind().isInterface()) {
        memberTypes.add(name);
      }
    }
    instanceMethods.addAll(OBJECT_METHODS);
    // Members of enclosing classes are in scope inside a nested interface, not in the generated class.
    Element outer = iface.getEnclosingElement();
    while (outer instanceof TypeElement) {
      TypeElement type = (TypeElement) outer;
      String qualifier = relativeName(type);
      for (Element e : elements.getAllMembers(type)) {
        if (e.getModifiers().contains(Modifier.STATIC) || e.getKind().isClass() || e.getKind().isInterface()) {
          enclosingMembers.putIfAbsent(e.getSimpleName().toString(), qualifier);
        }
      }
      enclosingMembers.putIfAbsent(type.getSimpleName().toString(), null);
      outer = type.getEnclosingElement();
    }
  }

  /** The interface's name relative to its package, e.g. {@code Outer.Foo}. */
  public String reference() {
    return reference;
  }

  /** The element utilities the members were read with. */
  public Elements elements() {
    return elements;
  }

  public TypeElement element() {
    return iface;
  }

  /** Whether {@code name} is a method of {@code java.lang.Object} (which every class inherits). */
  public static boolean isObjectMethod(String name) {
    return OBJECT_METHODS.contains(name);
  }

  /** Whether an unqualified call {@code name(...)} is an instance method of the interface (or Object). */
  public boolean isInstanceMethod(String name) {
    return instanceMethods.contains(name);
  }

  /** Whether {@code name(...)} is a static method declared by the interface itself. */
  public boolean isStaticMethod(String name) {
    return staticMethods.contains(name) && !instanceMethods.contains(name);
  }

  /** Whether {@code name(...)} is a private method of the interface. */
  public boolean isPrivateMethod(String name) {
    return privateMethods.contains(name) && !instanceMethods.contains(name) && !staticMethods.contains(name);
  }

  /** Whether {@code name} is a field (constant) of the interface or its superinterfaces. */
  public boolean isField(String name) {
    return fields.contains(name);
  }

  /** Whether {@code name} is a member type of the interface or its superinterfaces. */
  public boolean isMemberType(String name) {
    return memberTypes.contains(name);
  }

  /** All method names a call without qualifier may mean, for keyword shadowing. */
  public Set<String> methodNames() {
    Set<String> all = new HashSet<>(instanceMethods);
    all.addAll(staticMethods);
    all.addAll(privateMethods);
    return all;
  }

  public Set<String> memberTypeNames() {
    return memberTypes;
  }

  /** The methods named {@code name} callable unqualified (instance, or the interface's own static). */
  public List<ExecutableElement> methods(String name) {
    return methodsByName.getOrDefault(name, List.of());
  }

  /**
   * The qualifier a simple name needs when it is a member of an enclosing class of a nested
   * interface ({@code Outer}), or null when it needs none.
   */
  public String enclosingQualifier(String name) {
    if (fields.contains(name) || memberTypes.contains(name) || instanceMethods.contains(name) || staticMethods.contains(name)) {
      return null;
    }
    return enclosingMembers.get(name);
  }

  /** The fields of the interface, for the type oracle. */
  public List<javax.lang.model.element.VariableElement> fieldElements(Elements elements) {
    return ElementFilter.fieldsIn(elements.getAllMembers(iface));
  }

  /** A type's name relative to its package, e.g. {@code Outer.Foo}. */
  public static String relativeName(TypeElement type) {
    StringBuilder sb = new StringBuilder(type.getSimpleName());
    Element e = type.getEnclosingElement();
    while (e instanceof TypeElement) {
      sb.insert(0, e.getSimpleName() + ".");
      e = e.getEnclosingElement();
    }
    return sb.toString();
  }

  /** The package the interface is in ("" for the unnamed package). */
  public static String packageOf(TypeElement type) {
    Element e = type;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }
}
