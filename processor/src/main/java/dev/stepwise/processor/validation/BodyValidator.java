package dev.stepwise.processor.validation;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import dev.stepwise.processor.Diagnostics;
import dev.stepwise.processor.Message;
import dev.stepwise.processor.analysis.BodyAnalysis;
import dev.stepwise.processor.analysis.InterfaceMembers;
import dev.stepwise.processor.model.Keyword;
import dev.stepwise.processor.model.Kind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The validation pass over one step body: every suspending keyword must be allowed for the body's
 * kind (Python's wall between generators and coroutines) and must stand directly in the body, not
 * in a lambda, an anonymous or local class, or a synchronized block. The body is moved into a
 * separate class, so it may not reach what only the interface itself can: its private methods
 * and its superinterfaces' default methods through {@code Iface.super}.
 */
public final class BodyValidator {
  private final Diagnostics diagnostics;
  private final CompilationUnitTree unit;
  private final InterfaceMembers members;

  public BodyValidator(Diagnostics diagnostics, CompilationUnitTree unit) {
    this(diagnostics, unit, null);
  }

  /**
   * @param members the interface's members, for the checks on private methods; null skips them
   */
  public BodyValidator(Diagnostics diagnostics, CompilationUnitTree unit, InterfaceMembers members) {
    this.diagnostics = diagnostics;
    this.unit = unit;
    this.members = members;
  }

  public void validate(BodyAnalysis analysis, Kind kind) {
    Map<String, String> privateEnclosing = privateMembersOfEnclosingClasses();
    new TreeScanner<Void, Void>() {
      /** The innermost enclosing lambda or class, as a message names it ("a lambda", ...). */
      private final Deque<String[]> opaque = new ArrayDeque<>();
      /** Method names declared by enclosing anonymous and local classes. */
      private final Deque<Set<String>> classMethods = new ArrayDeque<>();
      private int classes;
      private int monitors;

      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        Keyword k = analysis.keyword(node);
        if (k != null && node.getMethodSelect() instanceof IdentifierTree
            && declaredByEnclosingClass(((IdentifierTree) node.getMethodSelect()).getName().toString())) {
          k = null; // a method of an anonymous or local class shadows the static import of a keyword
        }
        if (k != null && k.suspends()) {
          check(node, k);
        } else if (k == null) {
          checkPrivateCall(node);
        }
        return super.visitMethodInvocation(node, unused);
      }

      private void check(Tree node, Keyword k) {
        if (!k.allowedIn(kind)) {
          boolean isYield = k == Keyword.YIELD_VALUE || k == Keyword.YIELD_FROM;
          diagnostics.error(node, unit, isYield ? Message.YIELD_INSIDE_COROUTINE : Message.AWAIT_OUTSIDE_COROUTINE, k.display());
        } else if (!opaque.isEmpty()) {
          String[] where = opaque.peek();
          diagnostics.error(node, unit, Message.KEYWORD_IN_LAMBDA, k.display(), where[0], where[1]);
        } else if (monitors > 0) {
          diagnostics.error(node, unit, Message.KEYWORD_IN_SYNCHRONIZED, k.display());
        }
      }

      /** {@code secret()}, {@code this.secret()}, {@code Iface.this.secret()}, {@code Iface.secret()}. */
      private void checkPrivateCall(MethodInvocationTree node) {
        if (members == null) {
          return;
        }
        ExpressionTree select = node.getMethodSelect();
        String name;
        if (select instanceof IdentifierTree) {
          name = ((IdentifierTree) select).getName().toString();
          if (declaredByEnclosingClass(name)) {
            return;
          }
        } else if (select instanceof MemberSelectTree) {
          MemberSelectTree member = (MemberSelectTree) select;
          name = member.getIdentifier().toString();
          String receiver = member.getExpression().toString();
          boolean self = receiver.equals("this") && classes == 0;
          if (!self && !namesInterface(receiver) && !namesInterface(stripSuffix(receiver, ".this"))) {
            return;
          }
        } else {
          return;
        }
        if (members.isPrivateMethod(name)) {
          diagnostics.error(select, unit, Message.PRIVATE_MEMBER, name);
        }
      }

      private boolean declaredByEnclosingClass(String name) {
        for (Set<String> names : classMethods) {
          if (names.contains(name)) {
            return true;
          }
        }
        return false;
      }

      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        // A private member of an enclosing class, named without qualification in a nested interface.
        String name = node.getName().toString();
        String owner = privateEnclosing.get(name);
        if (owner != null && analysis.variable(node) == null && !declaredByEnclosingClass(name)) {
          diagnostics.error(node, unit, Message.PRIVATE_ENCLOSING_MEMBER, name, owner);
        }
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree node, Void unused) {
        // Iface.super.m(): only a direct implementor may make that call, and the state machine is not one.
        if (node.getIdentifier().contentEquals("super") && classes == 0) {
          diagnostics.error(node, unit, Message.SUPER_CALL, node.getExpression().toString());
          return null;
        }
        return super.visitMemberSelect(node, unused);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        opaque.push(new String[] {"a lambda", "lambda"});
        super.visitLambdaExpression(node, unused);
        opaque.pop();
        return null;
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        if (node.getSimpleName().length() == 0) {
          opaque.push(new String[] {"an anonymous class", "anonymous class"});
        } else {
          opaque.push(new String[] {"local class '" + node.getSimpleName() + "'", "local class"});
        }
        Set<String> names = new HashSet<>();
        for (Tree member : node.getMembers()) {
          if (member instanceof MethodTree) {
            names.add(((MethodTree) member).getName().toString());
          }
        }
        classMethods.push(names);
        classes++;
        super.visitClass(node, unused);
        classes--;
        classMethods.pop();
        opaque.pop();
        return null;
      }

      @Override
      public Void visitSynchronized(SynchronizedTree node, Void unused) {
        scan(node.getExpression(), null);
        monitors++;
        scan(node.getBlock(), null);
        monitors--;
        return null;
      }
    }.scan(analysis.method().getBody(), null);
  }

  /**
   * Private members (methods, fields, types) of the classes enclosing a nested interface, by simple
   * name, with the class that declares them; names the interface itself has are left out, since
   * they shadow the outer ones.
   */
  private Map<String, String> privateMembersOfEnclosingClasses() {
    Map<String, String> found = new HashMap<>();
    if (members == null) {
      return found;
    }
    Element outer = members.element().getEnclosingElement();
    while (outer instanceof TypeElement) {
      for (Element e : outer.getEnclosedElements()) {
        String name = e.getSimpleName().toString();
        if (e.getModifiers().contains(Modifier.PRIVATE)
            && !members.methodNames().contains(name) && !members.isField(name) && !members.isMemberType(name)) {
          found.putIfAbsent(name, outer.getSimpleName().toString());
        }
      }
      outer = outer.getEnclosingElement();
    }
    return found;
  }

  private boolean namesInterface(String text) {
    return text != null
        && (text.equals(members.reference())
            || text.equals(members.element().getSimpleName().toString())
            || text.equals(members.element().getQualifiedName().toString()));
  }

  private static String stripSuffix(String text, String suffix) {
    return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : null;
  }
}
