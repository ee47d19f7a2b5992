package dev.stepwise.processor.analysis;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import dev.stepwise.processor.emission.TypeNames;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The static type of an expression when its syntax or a declaration says it without attributing
 * the body: declared types of variables, casts, literals, {@code new T(...)}, string
 * concatenation, comparisons, numeric promotion, assignments (the type of their variable), array
 * elements, keyword results whose type is written or follows from a Gen operand, and calls to the
 * interface's own methods with a unique name and arity. Returns null otherwise; callers then ask
 * the user for an explicitly typed local.
 */
public final class TypeOracle {
  private final BodyAnalysis analysis;
  private final InterfaceMembers members;

  public TypeOracle(BodyAnalysis analysis, InterfaceMembers members) {
    this.analysis = analysis;
    this.members = members;
  }

  /** The type of {@code e}, or null when it cannot be determined. */
  public TypeName typeOf(ExpressionTree e) {
    switch (e.getKind()) {
      case PARENTHESIZED:
        return typeOf(((ParenthesizedTree) e).getExpression());
      case TYPE_CAST:
        return TypeNames.of(((TypeCastTree) e).getType());
      case IDENTIFIER: {
        LocalVar v = analysis.variable((IdentifierTree) e);
        return v == null || v.typeTree() == null ? null : TypeNames.of(v.typeTree());
      }
      case STRING_LITERAL:
        return ClassName.get("java.lang", "String");
      case INT_LITERAL:
        return TypeName.INT;
      case LONG_LITERAL:
        return TypeName.LONG;
      case FLOAT_LITERAL:
        return TypeName.FLOAT;
      case DOUBLE_LITERAL:
        return TypeName.DOUBLE;
      case BOOLEAN_LITERAL:
        return TypeName.BOOLEAN;
      case CHAR_LITERAL:
        return TypeName.CHAR;
      case NEW_CLASS: {
        NewClassTree n = (NewClassTree) e;
        return n.getClassBody() != null ? null : TypeNames.of(n.getIdentifier());
      }
      case INSTANCE_OF:
      case LESS_THAN:
      case LESS_THAN_EQUAL:
      case GREATER_THAN:
      case GREATER_THAN_EQUAL:
      case EQUAL_TO:
      case NOT_EQUAL_TO:
      case CONDITIONAL_AND:
      case CONDITIONAL_OR:
      case LOGICAL_COMPLEMENT:
        return TypeName.BOOLEAN;
      case PLUS:
      case MINUS:
      case MULTIPLY:
      case DIVIDE:
      case REMAINDER:
      case AND:
      case OR:
      case XOR:
        return binary((BinaryTree) e);
      case LEFT_SHIFT:
      case RIGHT_SHIFT:
      case UNSIGNED_RIGHT_SHIFT:
        return promoteUnary(typeOf(((BinaryTree) e).getLeftOperand()));
      case UNARY_MINUS:
      case UNARY_PLUS:
      case BITWISE_COMPLEMENT:
        return promoteUnary(typeOf(((UnaryTree) e).getExpression()));
      case POSTFIX_INCREMENT:
      case POSTFIX_DECREMENT:
      case PREFIX_INCREMENT:
      case PREFIX_DECREMENT:
        return typeOf(((UnaryTree) e).getExpression());
      case METHOD_INVOCATION:
        return invocation((MethodInvocationTree) e);
      case ASSIGNMENT:
        return typeOf(((AssignmentTree) e).getVariable());
      case PLUS_ASSIGNMENT:
      case MINUS_ASSIGNMENT:
      case MULTIPLY_ASSIGNMENT:
      case DIVIDE_ASSIGNMENT:
      case REMAINDER_ASSIGNMENT:
      case AND_ASSIGNMENT:
      case OR_ASSIGNMENT:
      case XOR_ASSIGNMENT:
      case LEFT_SHIFT_ASSIGNMENT:
      case RIGHT_SHIFT_ASSIGNMENT:
      case UNSIGNED_RIGHT_SHIFT_ASSIGNMENT:
        return typeOf(((CompoundAssignmentTree) e).getVariable());
      case NEW_ARRAY: {
        NewArrayTree n = (NewArrayTree) e;
        TypeName type = n.getType() == null ? null : TypeNames.of(n.getType());
        if (type == null) {
          return null; // a bare initializer {...}: its type is its declaration's
        }
        for (int i = Math.max(1, n.getDimensions().size()); i > 0; i--) {
          type = ArrayTypeName.of(type);
        }
        return type;
      }
      case ARRAY_ACCESS: {
        TypeName array = typeOf(((ArrayAccessTree) e).getExpression());
        return array instanceof ArrayTypeName ? ((ArrayTypeName) array).componentType() : null;
      }
      default:
        return null;
    }
  }

  private TypeName binary(BinaryTree b) {
    TypeName l = typeOf(b.getLeftOperand());
    TypeName r = typeOf(b.getRightOperand());
    TypeName string = ClassName.get("java.lang", "String");
    if (b.getKind() == Tree.Kind.PLUS && (isString(l) || isString(r) || isStringLiteral(b.getLeftOperand()) || isStringLiteral(b.getRightOperand()))) {
      return string;
    }
    if (l == null || r == null) {
      return null;
    }
    if (l.equals(TypeName.BOOLEAN) && r.equals(TypeName.BOOLEAN)) {
      return TypeName.BOOLEAN;
    }
    TypeName lu = unbox(l);
    TypeName ru = unbox(r);
    if (!lu.isPrimitive() || !ru.isPrimitive()) {
      return null;
    }
    for (TypeName t : List.of(TypeName.DOUBLE, TypeName.FLOAT, TypeName.LONG)) {
      if (lu.equals(t) || ru.equals(t)) {
        return t;
      }
    }
    return TypeName.INT;
  }

  /**
   * The result type of a keyword call: its explicit type argument ({@code Yield.<T>value(x)}),
   * or for {@code Yield.from(g)} where g's type is known to be {@code Gen<Y, S, R>}, R (javac infers
   * it from the argument). Otherwise null: the result's type comes from the call's context.
   */
  /**
   * The type of a keyword call's result: its explicit type argument, the return type {@code R} of
   * the {@code Gen<?, ?, R>} a {@code Yield.from} delegates to, or the {@code T} of the
   * {@code Coro<T>}, {@code Awaitable<T>}, future or stage an {@code await} waits for.
   */
  public TypeName keywordResult(MethodInvocationTree call, dev.stepwise.processor.model.Keyword k) {
    if (call.getTypeArguments().size() == 1) {
      return TypeNames.of(call.getTypeArguments().get(0));
    }
    if (call.getArguments().size() != 1) {
      return null;
    }
    boolean from = k == dev.stepwise.processor.model.Keyword.YIELD_FROM;
    if (!from && k != dev.stepwise.processor.model.Keyword.AWAIT) {
      return null;
    }
    TypeName operand = typeOf(call.getArguments().get(0));
    if (!(operand instanceof ParameterizedTypeName)) {
      return null;
    }
    ParameterizedTypeName p = (ParameterizedTypeName) operand;
    ClassName raw = p.rawType();
    String name = raw.simpleName();
    boolean known = raw.enclosingClassName() == null && (from
        ? (name.equals("Gen") || name.equals("AsyncGen")) && p.typeArguments().size() == 3
        : AWAITABLES.contains(name) && p.typeArguments().size() == 1);
    if (!known) {
      return null;
    }
    TypeName r = p.typeArguments().get(p.typeArguments().size() - 1);
    return r instanceof WildcardTypeName ? null : r;
  }

  /** Awaitable types whose one type argument is the result of an await of them. */
  private static final java.util.Set<String> AWAITABLES =
      java.util.Set.of("Coro", "Awaitable", "Future", "Task", "CompletionStage", "CompletableFuture");

  /**
   * Whether two types name the same type: equal, or one written with a {@code java.lang} simple
   * name ({@code String}, as a declaration or cast writes it) and the other resolved
   * ({@code java.lang.String}, as a method's return type gives it).
   */
  public static boolean sameType(TypeName a, TypeName b) {
    if (a.equals(b)) {
      return true;
    }
    if (!(a instanceof ClassName) || !(b instanceof ClassName)) {
      return false;
    }
    ClassName x = (ClassName) a;
    ClassName y = (ClassName) b;
    return x.simpleName().equals(y.simpleName()) && x.enclosingClassName() == null && y.enclosingClassName() == null
        && (x.packageName().isEmpty() || x.packageName().equals("java.lang"))
        && (y.packageName().isEmpty() || y.packageName().equals("java.lang"))
        && (x.packageName().isEmpty() != y.packageName().isEmpty());
  }

  /** {@code java.lang.String}, as the oracle names it or as a declaration writes it ({@code String}). */
  private static boolean isString(TypeName t) {
    if (!(t instanceof ClassName)) {
      return false;
    }
    ClassName c = (ClassName) t;
    return c.simpleName().equals("String") && c.enclosingClassName() == null
        && (c.packageName().isEmpty() || c.packageName().equals("java.lang"));
  }

  private static boolean isStringLiteral(ExpressionTree e) {
    return e instanceof LiteralTree && ((LiteralTree) e).getValue() instanceof String;
  }

  private static TypeName unbox(TypeName t) {
    try {
      return t.isBoxedPrimitive() ? t.unbox() : t;
    } catch (UnsupportedOperationException e) {
      return t;
    }
  }

  private static TypeName promoteUnary(TypeName t) {
    if (t == null) {
      return null;
    }
    TypeName u = unbox(t);
    if (u.equals(TypeName.BYTE) || u.equals(TypeName.SHORT) || u.equals(TypeName.CHAR)) {
      return TypeName.INT;
    }
    return u.isPrimitive() ? u : null;
  }

  private TypeName invocation(MethodInvocationTree call) {
    dev.stepwise.processor.model.Keyword k = analysis.keyword(call);
    if (k == dev.stepwise.processor.model.Keyword.YIELD_VALUE || k == dev.stepwise.processor.model.Keyword.YIELD_FROM
        || k == dev.stepwise.processor.model.Keyword.AWAIT) {
      return keywordResult(call, k);
    }
    if (!(call.getMethodSelect() instanceof IdentifierTree)) {
      return null;
    }
    String name = ((IdentifierTree) call.getMethodSelect()).getName().toString();
    List<ExecutableElement> candidates = members.methods(name);
    ExecutableElement found = null;
    for (ExecutableElement m : candidates) {
      if (m.getParameters().size() == call.getArguments().size() || m.isVarArgs()) {
        if (found != null) {
          return null;
        }
        found = m;
      }
    }
    if (found == null || !found.getTypeParameters().isEmpty()) {
      return null;
    }
    TypeMirror r = found.getReturnType();
    if (r.getKind() == TypeKind.VOID || r.getKind() == TypeKind.ERROR) {
      return null;
    }
    return TypeName.get(r);
  }
}
