package dev.stepwise.processor.lowering;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import dev.stepwise.processor.Message;
import dev.stepwise.processor.analysis.LocalVar;
import dev.stepwise.processor.analysis.TypeOracle;
import dev.stepwise.processor.model.Keyword;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lowers an expression that contains suspension points, keeping Java's evaluation order
 * (JLS 15.7): every operand evaluated before a suspension is kept in a temporary field unless it
 * is stable (a literal, a name, an effectively final variable), {@code &&}, {@code ||} and
 * {@code ?:} become control flow so short-circuiting is kept, and a compound assignment reads its
 * left side before the right side suspends. The operations go to the listing; the residual
 * expression, evaluated after the last suspension, is returned as text.
 */
final class ExpressionLowerer {
  private static final TypeName OBJECT = ClassName.get(Object.class);

  private final LoweringContext cx;
  private final TypeOracle oracle;
  /** What the texts substituted for compound assignments refer to, by tree. */
  private final Map<Tree, Rewritten> substituted = new IdentityHashMap<>();

  /** Lowers the statements of switch-expression arms; set once by the statement lowerer. */
  private StatementLowerer statements;

  void setStatements(StatementLowerer statements) {
    this.statements = statements;
  }

  ExpressionLowerer(LoweringContext cx, TypeOracle oracle) {
    this.cx = cx;
    this.oracle = oracle;
  }

  /** Emits the operations of {@code e}'s suspensions and returns the text that finishes it. */
  Rewritten lower(ExpressionTree e) {
    Map<Tree, String> subs = new IdentityHashMap<>();
    if (cx.analysis.suspends(e)) {
      walk(e, subs);
    }
    return rewrite(e, subs);
  }

  private void walk(ExpressionTree e, Map<Tree, String> subs) {
    Keyword k = cx.analysis.keyword(e);
    if (k != null && k.suspends()) {
      suspend((MethodInvocationTree) e, k, subs);
      return;
    }
    switch (e.getKind()) {
      case CONDITIONAL_AND:
      case CONDITIONAL_OR: {
        BinaryTree b = (BinaryTree) e;
        if (cx.analysis.suspends(b.getRightOperand())) {
          shortCircuit(b, subs);
        } else {
          walk(b.getLeftOperand(), subs);
        }
        return;
      }
      case CONDITIONAL_EXPRESSION: {
        ConditionalExpressionTree c = (ConditionalExpressionTree) e;
        if (cx.analysis.suspends(c.getTrueExpression()) || cx.analysis.suspends(c.getFalseExpression())) {
          conditional(c, subs);
        } else {
          walk(c.getCondition(), subs);
        }
        return;
      }
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
        compound((CompoundAssignmentTree) e, subs);
        return;
      case SWITCH_EXPRESSION: {
        // Only the selector suspends: it is evaluated before anything else of the switch, which
        // stays as written around the resumed value.
        com.sun.source.tree.SwitchExpressionTree sw = (com.sun.source.tree.SwitchExpressionTree) e;
        boolean armsSuspend = false;
        for (com.sun.source.tree.CaseTree c : sw.getCases()) {
          armsSuspend |= cx.analysis.suspends(c);
        }
        if (!armsSuspend) {
          walk(sw.getExpression(), subs);
          return;
        }
        switchExpression(sw, subs);
        return;
      }
      case LAMBDA_EXPRESSION:
        cx.error(e, Message.UNSUPPORTED, "a suspension point inside a lambda",
            "compute the value in statements before it and use a local");
        return;
      default:
        operands(operandsOf(e), subs, e);
    }
  }

  /**
   * A switch expression whose arms suspend becomes a native switch that dispatches to one label per
   * case, as a switch statement does; each arm (an expression, a block ending in Java's
   * {@code yield}, or old-style case statements) stores its value in a field and jumps to the end.
   */
  private void switchExpression(com.sun.source.tree.SwitchExpressionTree sw, Map<Tree, String> subs) {
    TypeName type = null;
    for (com.sun.source.tree.CaseTree c : sw.getCases()) {
      Tree body = c.getCaseKind() == com.sun.source.tree.CaseTree.CaseKind.RULE ? c.getBody() : null;
      if (type == null && body instanceof ExpressionTree && keywordCall((ExpressionTree) body) == null) {
        type = oracle.typeOf((ExpressionTree) body);
      }
    }
    String value = cx.listing.field(cx.variableName("$switchValue"), type == null ? OBJECT : type);
    ExpressionTree selector = sw.getExpression();
    if (selector instanceof ParenthesizedTree) {
      selector = ((ParenthesizedTree) selector).getExpression();
    }
    Rewritten sel = lowerInto(selector, subs);
    Label end = cx.listing.newLabel();
    // Without a default, an exhaustive enum switch expression meets an unknown constant: javac's behaviour.
    List<Label> labels = statements.dispatch(sel, sw.getCases(), "throw new IncompatibleClassChangeError();", sw);
    cx.yields.push(new LoweringContext.YieldTarget(sw, value, end, cx.finallies.size()));
    java.util.Iterator<Label> li = labels.iterator();
    for (com.sun.source.tree.CaseTree c : sw.getCases()) {
      cx.listing.mark(li.next());
      if (c.getCaseKind() == com.sun.source.tree.CaseTree.CaseKind.RULE) {
        Tree body = c.getBody();
        if (body instanceof ExpressionTree) {
          Rewritten r = lowerInto((ExpressionTree) body, subs);
          cx.listing.code(r.withPreamble(value + " = " + r.text() + ";"), r.references(), cx.rewriter.line(body));
          cx.listing.jump(end);
        } else {
          statements.statement((com.sun.source.tree.StatementTree) body);
        }
      } else {
        for (com.sun.source.tree.StatementTree st : c.getStatements()) {
          statements.statement(st);
        }
      }
    }
    cx.yields.pop();
    cx.listing.mark(end);
    subs.put(sw, type == null ? "$cast(" + value + ")" : value);
  }

  private void operands(List<ExpressionTree> ops, Map<Tree, String> subs) {
    operands(ops, subs, null);
  }

  /** Evaluates operands left to right: those before the last suspending one are kept. */
  private void operands(List<ExpressionTree> ops, Map<Tree, String> subs, ExpressionTree parent) {
    int last = -1;
    for (int i = 0; i < ops.size(); i++) {
      if (cx.analysis.suspends(ops.get(i))) {
        last = i;
      }
    }
    for (int i = 0; i < last; i++) {
      ExpressionTree o = ops.get(i);
      TypeName parameter = parameterType(parent, o);
      boolean unbox = unboxedOperand(parent, o)
          || (parameter != null && parameter.isPrimitive() && unboxed(staticType(o)) != null);
      if (cx.analysis.suspends(o)) {
        walk(o, subs);
        spill(o, subs, unbox, parameter);
      } else if (!stable(o) || (unbox && unboxed(staticType(o)) != null)) {
        // A stable boxed operand is still read now: unboxing a null must fail before the suspension.
        spill(o, subs, unbox, parameter);
      }
    }
    if (last >= 0) {
      walk(ops.get(last), subs);
    }
  }

  private List<ExpressionTree> operandsOf(ExpressionTree e) {
    List<ExpressionTree> ops = new ArrayList<>();
    switch (e.getKind()) {
      case METHOD_INVOCATION: {
        MethodInvocationTree m = (MethodInvocationTree) e;
        if (m.getMethodSelect() instanceof MemberSelectTree) {
          ExpressionTree receiver = ((MemberSelectTree) m.getMethodSelect()).getExpression();
          if (!isName(receiver)) {
            ops.add(receiver);
          } else if (cx.analysis.suspends(receiver)) {
            ops.add(receiver);
          } else if (receiver instanceof IdentifierTree && isReassignedLocal((IdentifierTree) receiver)) {
            ops.add(receiver);
          }
        }
        ops.addAll(m.getArguments());
        break;
      }
      case NEW_CLASS: {
        NewClassTree n = (NewClassTree) e;
        if (n.getEnclosingExpression() != null) {
          ops.add(n.getEnclosingExpression());
        }
        ops.addAll(n.getArguments());
        break;
      }
      case NEW_ARRAY: {
        NewArrayTree n = (NewArrayTree) e;
        ops.addAll(n.getDimensions());
        if (n.getInitializers() != null) {
          ops.addAll(n.getInitializers());
        }
        break;
      }
      case PARENTHESIZED:
        ops.add(((ParenthesizedTree) e).getExpression());
        break;
      case TYPE_CAST:
        ops.add(((TypeCastTree) e).getExpression());
        break;
      case INSTANCE_OF:
        ops.add(((InstanceOfTree) e).getExpression());
        break;
      case MEMBER_SELECT:
        ops.add(((MemberSelectTree) e).getExpression());
        break;
      case ARRAY_ACCESS:
        ops.add(((ArrayAccessTree) e).getExpression());
        ops.add(((ArrayAccessTree) e).getIndex());
        break;
      case CONDITIONAL_EXPRESSION:
        ops.add(((ConditionalExpressionTree) e).getCondition());
        break;
      case ASSIGNMENT: {
        AssignmentTree a = (AssignmentTree) e;
        ops.addAll(assignTargetOperands(a.getVariable()));
        ops.add(a.getExpression());
        break;
      }
      default:
        if (e instanceof BinaryTree) {
          ops.add(((BinaryTree) e).getLeftOperand());
          ops.add(((BinaryTree) e).getRightOperand());
        } else if (e instanceof UnaryTree) {
          ExpressionTree operand = ((UnaryTree) e).getExpression();
          if (isIncrementOrDecrement(e) && operand instanceof ArrayAccessTree) {
            ops.add(((ArrayAccessTree) operand).getExpression());
            ops.add(((ArrayAccessTree) operand).getIndex());
          } else {
            ops.add(operand);
          }
        }
        break;
    }
    return ops;
  }

  /** The parts of an assignment's left side that are evaluated before its right side. */
  private List<ExpressionTree> assignTargetOperands(ExpressionTree target) {
    List<ExpressionTree> ops = new ArrayList<>();
    if (target instanceof ArrayAccessTree) {
      ops.add(((ArrayAccessTree) target).getExpression());
      ops.add(((ArrayAccessTree) target).getIndex());
    } else if (target instanceof MemberSelectTree) {
      ExpressionTree owner = ((MemberSelectTree) target).getExpression();
      if (!isName(owner) || cx.analysis.suspends(owner)) {
        ops.add(owner);
      }
    }
    return ops;
  }

  private static boolean isIncrementOrDecrement(ExpressionTree e) {
    switch (e.getKind()) {
      case PREFIX_INCREMENT:
      case PREFIX_DECREMENT:
      case POSTFIX_INCREMENT:
      case POSTFIX_DECREMENT:
        return true;
      default:
        return false;
    }
  }

  /** Yield.value / Yield.from / await: hand out a value, a delegate or an awaitable; resume at a new label. */
  private void suspend(MethodInvocationTree call, Keyword k, Map<Tree, String> subs) {
    List<? extends ExpressionTree> args = call.getArguments();
    String argText = "null";
    Rewritten r = null;
    if (!args.isEmpty()) {
      ExpressionTree arg = args.get(0);
      if (cx.analysis.suspends(arg)) {
        walk(arg, subs);
      }
      r = rewrite(arg, subs);
      argText = r.text();
    }
    Label resume = cx.listing.newLabel();
    String slot;
    String op;
    switch (k) {
      case YIELD_VALUE:
        slot = "$yielded";
        op = "$YIELD";
        break;
      case YIELD_FROM:
        slot = "$delegate";
        op = "$DELEGATE";
        break;
      case AWAIT:
        slot = "$awaiting";
        op = "$AWAIT";
        break;
      default:
        if (k == Keyword.ASYNC_ITER) {
          cx.error(call, Message.UNSUPPORTED, "Async.iter outside the iterable of an enhanced for",
              "write for (T x : Async.iter(source)) { ... }");
        } else {
          cx.error(call, Message.UNSUPPORTED, k.display() + " outside a try-with-resources resource",
              "write try (T v = Async.with(manager)) { ... }");
        }
        return;
    }
    String code = slot + " = " + argText + ";\n$state = " + resume.ref() + ";\nreturn " + op + ";";
    cx.listing.suspend(r == null ? code : r.withPreamble(code), r == null ? Set.of() : r.references(), cx.rewriter.line(call));
    cx.listing.mark(resume);
    TypeName result = call.getTypeArguments().isEmpty() ? oracle.keywordResult(call, k) : null;
    // A result of evident type is read with that type, as the keyword's own signature gave it
    // (await(fetch()).length(), println(await(fetch()))); otherwise the context infers it.
    subs.put(call, result != null ? "this.<" + result + ">$sent()" : typedRead(call, "$sent()", "this.<%s>$sent()"));
    if (k == Keyword.AWAIT && result == null && call.getTypeArguments().isEmpty()) {
      String context = untypedContext(call);
      if (context != null) {
        cx.error(call, Message.UNSUPPORTED,
            "an await whose result type cannot be determined during annotation processing, used as " + context,
            "assign its result to a local with an explicit type first, or write the type: Async.<T>await(...)");
      }
    }
  }

  /**
   * Where a value read as the context infers it cannot stand, because Java needs its own type
   * there: an operand of an operator (but a string concatenation), a condition, a receiver, an
   * array or index, a switch selector, an iterable, a thrown exception. Null elsewhere (an
   * assignment, an argument, a return, a cast).
   */
  private String untypedContext(MethodInvocationTree call) {
    com.sun.source.util.TreePath path = com.sun.source.util.TreePath.getPath(cx.unit, call);
    if (path == null) {
      return null;
    }
    Tree child = call;
    com.sun.source.util.TreePath p = path.getParentPath();
    while (p != null && p.getLeaf() instanceof ParenthesizedTree) {
      child = p.getLeaf();
      p = p.getParentPath();
    }
    if (p == null) {
      return null;
    }
    Tree parent = p.getLeaf();
    if (parent instanceof UnaryTree) {
      return "an operand";
    }
    if (parent instanceof BinaryTree) {
      BinaryTree b = (BinaryTree) parent;
      ExpressionTree other = b.getLeftOperand() == child ? b.getRightOperand() : b.getLeftOperand();
      return b.getKind() == Tree.Kind.PLUS && isString(other) ? null : "an operand";
    }
    if (parent instanceof CompoundAssignmentTree) {
      CompoundAssignmentTree a = (CompoundAssignmentTree) parent;
      return a.getKind() == Tree.Kind.PLUS_ASSIGNMENT && isString(a.getVariable()) ? null : "an operand";
    }
    switch (parent.getKind()) {
      case MEMBER_SELECT:
        return "a receiver";
      case ARRAY_ACCESS:
        return "an array or an index";
      case IF:
      case WHILE_LOOP:
      case DO_WHILE_LOOP:
      case ASSERT:
        return "a condition";
      case FOR_LOOP:
        return ((com.sun.source.tree.ForLoopTree) parent).getCondition() == child ? "a condition" : null;
      case CONDITIONAL_EXPRESSION:
        return ((ConditionalExpressionTree) parent).getCondition() == child ? "a condition" : null;
      case SWITCH:
      case SWITCH_EXPRESSION:
        return "a switch selector";
      case ENHANCED_FOR_LOOP:
        return ((com.sun.source.tree.EnhancedForLoopTree) parent).getExpression() == child ? "an iterable" : null;
      case THROW:
        return "a thrown exception";
      default:
        return null;
    }
  }

  private boolean isString(ExpressionTree e) {
    if (e instanceof com.sun.source.tree.LiteralTree && ((com.sun.source.tree.LiteralTree) e).getValue() instanceof String) {
      return true;
    }
    TypeName t = staticType(e);
    return t != null && TypeOracle.sameType(t, ClassName.get("java.lang", "String"));
  }

  /** Reads a kept value with the explicit type arguments the keyword call had, if any. */
  private String typedRead(MethodInvocationTree call, String plain, String withTypeArgs) {
    String args = typeArguments(call);
    return args == null ? plain : String.format(withTypeArgs, args);
  }

  /**
   * The type arguments to read a keyword's result with: those written on the call, or for
   * {@code Yield.from(g)} where g's type is known to be {@code Gen<Y, S, R>}, R. javac infers R
   * from the argument in the original, so the result may be used as a receiver or an operand
   * ({@code Yield.from(g).length()}), where the untyped {@code $sent()} would be Object.
   */
  private String typeArguments(MethodInvocationTree call) {
    if (!call.getTypeArguments().isEmpty()) {
      return call.getTypeArguments().stream().map(cx.rewriter::original).collect(Collectors.joining(", "));
    }
    TypeName r = genResultType(call);
    return r == null ? null : r.toString();
  }

  /** For {@code Yield.from(g)} where g's type is known to be {@code Gen<Y, S, R>}: R; else null. */
  private TypeName genResultType(MethodInvocationTree call) {
    return cx.analysis.keyword(call) == Keyword.YIELD_FROM ? oracle.typeOf(call) : null;
  }

  private void spill(ExpressionTree o, Map<Tree, String> subs) {
    spill(o, subs, false, null);
  }

  /**
   * Keeps the value of {@code o} (already walked) in a temporary field; unboxed when
   * {@code unbox} says javac unboxes it as soon as it is evaluated, so that a null fails with the
   * NullPointerException before the suspension, as in the original. {@code parameter} is the
   * type of the method parameter the operand is passed to, when known: a keyword result of
   * unknown type is kept as that type, so that javac's cast (and unboxing) to it happens now.
   */
  private void spill(ExpressionTree o, Map<Tree, String> subs, boolean unbox, TypeName parameter) {
    MethodInvocationTree keyword = keywordCall(o);
    Rewritten r = rewrite(o, subs);
    TypeName primitive = unbox ? unboxed(staticType(o)) : null;
    if (primitive == null && unbox && parameter != null && parameter.isPrimitive()) {
      primitive = parameter;
    }
    if (primitive == null && keyword != null && staticType(o) == null && parameter != null) {
      primitive = parameter; // not necessarily primitive: the parameter's type
    }
    if (primitive != null) {
      String temp = cx.listing.field(cx.variableName("$kept"), primitive);
      cx.listing.code(r.withPreamble(temp + " = " + r.text() + ";"), r.references(), cx.rewriter.line(o));
      subs.put(o, temp);
      return;
    }
    TypeName type;
    if (keyword != null) {
      // A keyword result of known type is kept typed, so a wrongly typed sent value fails with
      // the ClassCastException right after its own suspension, as in the original.
      TypeName known = staticType(o);
      if (known != null) {
        String temp = cx.listing.field(cx.variableName("$kept"), known);
        cx.listing.code(r.withPreamble(temp + " = " + r.text() + ";"), r.references(), cx.rewriter.line(o));
        subs.put(o, temp);
        return;
      }
      type = OBJECT;
    } else {
      type = oracle.typeOf(o);
      if (type == null) {
        cx.error(o, Message.UNTYPED_SPILL, cx.rewriter.original(o));
        type = OBJECT;
      }
    }
    String temp = cx.listing.field(cx.variableName("$kept"), type);
    cx.listing.code(r.withPreamble(temp + " = " + r.text() + ";"), r.references(), cx.rewriter.line(o));
    subs.put(o, keyword == null ? temp : castPrefix(keyword) + temp + ")");
  }

  /**
   * Whether javac unboxes {@code operand} of {@code parent} right after evaluating it: an array
   * index or dimension, an operand of a numeric operator (binary numeric promotion, JLS 5.6), of {@code +} when the other
   * operand is numeric (not a string concatenation), of a boolean or bitwise operator, or of
   * {@code ==}/{@code !=} against a primitive.
   */
  private boolean unboxedOperand(ExpressionTree parent, ExpressionTree operand) {
    if (parent instanceof ArrayAccessTree) {
      return ((ArrayAccessTree) parent).getIndex() == operand;
    }
    if (parent instanceof AssignmentTree && ((AssignmentTree) parent).getVariable() instanceof ArrayAccessTree) {
      return ((ArrayAccessTree) ((AssignmentTree) parent).getVariable()).getIndex() == operand;
    }
    if (parent instanceof UnaryTree && ((UnaryTree) parent).getExpression() instanceof ArrayAccessTree) {
      return ((ArrayAccessTree) ((UnaryTree) parent).getExpression()).getIndex() == operand;
    }
    if (parent instanceof NewArrayTree) {
      return ((NewArrayTree) parent).getDimensions().contains(operand);
    }
    if (!(parent instanceof BinaryTree)) {
      return false;
    }
    BinaryTree b = (BinaryTree) parent;
    ExpressionTree other = b.getLeftOperand() == operand ? b.getRightOperand() : b.getLeftOperand();
    switch (parent.getKind()) {
      case MULTIPLY:
      case DIVIDE:
      case REMAINDER:
      case MINUS:
      case LEFT_SHIFT:
      case RIGHT_SHIFT:
      case UNSIGNED_RIGHT_SHIFT:
      case LESS_THAN:
      case LESS_THAN_EQUAL:
      case GREATER_THAN:
      case GREATER_THAN_EQUAL:
      case AND:
      case OR:
      case XOR:
        return true;
      case PLUS: {
        TypeName t = staticType(other);
        TypeName u = t == null ? null : (t.isPrimitive() ? t : unboxed(t));
        return u != null && !u.equals(TypeName.BOOLEAN);
      }
      case EQUAL_TO:
      case NOT_EQUAL_TO: {
        TypeName t = staticType(other);
        return t != null && t.isPrimitive();
      }
      default:
        return false;
    }
  }

  /**
   * The declared type of the parameter that {@code operand} is passed to, when {@code parent} is
   * an unqualified call of the interface's only non-generic method of that name and arity and the
   * type mentions no type variable; else null.
   */
  private TypeName parameterType(ExpressionTree parent, ExpressionTree operand) {
    if (!(parent instanceof MethodInvocationTree)
        || !(((MethodInvocationTree) parent).getMethodSelect() instanceof IdentifierTree)) {
      return null;
    }
    MethodInvocationTree call = (MethodInvocationTree) parent;
    int index = call.getArguments().indexOf(operand);
    if (index < 0) {
      return null;
    }
    javax.lang.model.element.ExecutableElement found = null;
    for (javax.lang.model.element.ExecutableElement m :
        cx.members.methods(((IdentifierTree) call.getMethodSelect()).getName().toString())) {
      if (m.getParameters().size() == call.getArguments().size() || m.isVarArgs()) {
        if (found != null) {
          return null;
        }
        found = m;
      }
    }
    if (found == null || found.isVarArgs() || !found.getTypeParameters().isEmpty()) {
      return null;
    }
    TypeName t = TypeName.get(found.getParameters().get(index).asType());
    return mentionsTypeVariable(t) ? null : t;
  }

  private static boolean mentionsTypeVariable(TypeName t) {
    if (t instanceof com.palantir.javapoet.TypeVariableName) {
      return true;
    }
    if (t instanceof com.palantir.javapoet.ParameterizedTypeName) {
      for (TypeName a : ((com.palantir.javapoet.ParameterizedTypeName) t).typeArguments()) {
        if (mentionsTypeVariable(a)) {
          return true;
        }
      }
      return false;
    }
    if (t instanceof ArrayTypeName) {
      return mentionsTypeVariable(((ArrayTypeName) t).componentType());
    }
    if (t instanceof com.palantir.javapoet.WildcardTypeName) {
      com.palantir.javapoet.WildcardTypeName w = (com.palantir.javapoet.WildcardTypeName) t;
      for (TypeName b : w.upperBounds()) {
        if (mentionsTypeVariable(b)) {
          return true;
        }
      }
      for (TypeName b : w.lowerBounds()) {
        if (mentionsTypeVariable(b)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The static type of {@code e} where it is known: a keyword call's result type, or the oracle's. */
  private TypeName staticType(ExpressionTree e) {
    return oracle.typeOf(e);
  }

  /** The primitive type a boxed type unboxes to, or null (java.lang names, as written or resolved). */
  private static TypeName unboxed(TypeName t) {
    if (!(t instanceof ClassName)) {
      return null;
    }
    ClassName c = (ClassName) t;
    if (c.enclosingClassName() != null || !(c.packageName().isEmpty() || c.packageName().equals("java.lang"))) {
      return null;
    }
    switch (c.simpleName()) {
      case "Integer":
        return TypeName.INT;
      case "Long":
        return TypeName.LONG;
      case "Short":
        return TypeName.SHORT;
      case "Byte":
        return TypeName.BYTE;
      case "Character":
        return TypeName.CHAR;
      case "Float":
        return TypeName.FLOAT;
      case "Double":
        return TypeName.DOUBLE;
      case "Boolean":
        return TypeName.BOOLEAN;
      default:
        return null;
    }
  }

  private String castPrefix(MethodInvocationTree keyword) {
    String args = typeArguments(keyword);
    return args == null ? "$cast(" : "dev.stepwise.internal.GenFrame.<" + args + ">$cast(";
  }

  private MethodInvocationTree keywordCall(ExpressionTree o) {
    ExpressionTree e = o;
    while (e instanceof ParenthesizedTree) {
      e = ((ParenthesizedTree) e).getExpression();
    }
    Keyword k = cx.analysis.keyword(e);
    return k != null && k.suspends() ? (MethodInvocationTree) e : null;
  }

  /** {@code a && b} / {@code a || b} where b suspends: b runs only when a does not decide. */
  private void shortCircuit(BinaryTree b, Map<Tree, String> subs) {
    String cond = cx.listing.field(cx.variableName("$condition"), TypeName.BOOLEAN);
    Rewritten left = lowerInto(b.getLeftOperand(), subs);
    cx.listing.code(left.withPreamble(cond + " = " + left.text() + ";"), left.references(), cx.rewriter.line(b));
    Label end = cx.listing.newLabel();
    String test = b.getKind() == Tree.Kind.CONDITIONAL_AND ? "!" + cond : cond;
    cx.listing.code("if (" + test + ") { " + Listing.jumpText(end) + " }", Set.of(), -1);
    Rewritten right = lowerInto(b.getRightOperand(), subs);
    cx.listing.code(right.withPreamble(cond + " = " + right.text() + ";"), right.references(), cx.rewriter.line(b.getRightOperand()));
    cx.listing.mark(end);
    subs.put(b, cond);
  }

  /** {@code c ? x : y} where x or y suspends: only the chosen branch runs. */
  private void conditional(ConditionalExpressionTree c, Map<Tree, String> subs) {
    TypeName type = conditionalType(c);
    String value = cx.listing.field(cx.variableName("$choice"), type == null ? OBJECT : type);
    Rewritten cond = lowerInto(c.getCondition(), subs);
    Label otherwise = cx.listing.newLabel();
    Label end = cx.listing.newLabel();
    cx.listing.code(cond.withPreamble("if (!(" + cond.text() + ")) { " + Listing.jumpText(otherwise) + " }"), cond.references(), cx.rewriter.line(c));
    Rewritten x = lowerInto(c.getTrueExpression(), subs);
    cx.listing.code(x.withPreamble(value + " = " + x.text() + ";"), x.references(), cx.rewriter.line(c.getTrueExpression()));
    cx.listing.jump(end);
    cx.listing.mark(otherwise);
    Rewritten y = lowerInto(c.getFalseExpression(), subs);
    cx.listing.code(y.withPreamble(value + " = " + y.text() + ";"), y.references(), cx.rewriter.line(c.getFalseExpression()));
    cx.listing.mark(end);
    subs.put(c, type == null ? "$cast(" + value + ")" : value);
  }

  /**
   * The type to keep a conditional's value in, or null to keep it as Object read through the
   * target-typed {@code $cast}. A keyword without a known type in a branch takes its type from the
   * conditional's target, so only the target can tell; branches of different known types make a
   * numeric conditional (binary numeric promotion) or a reference one (kept as Object, read
   * as-is).
   */
  private TypeName conditionalType(ConditionalExpressionTree c) {
    ExpressionTree x = c.getTrueExpression();
    ExpressionTree y = c.getFalseExpression();
    TypeName tx = staticType(x);
    TypeName ty = staticType(y);
    if ((tx == null && keywordCall(x) != null) || (ty == null && keywordCall(y) != null)) {
      return null;
    }
    if (tx == null || ty == null) {
      return tx == null ? ty : tx;
    }
    if (dev.stepwise.processor.analysis.TypeOracle.sameType(tx, ty)) {
      return tx;
    }
    TypeName ux = tx.isPrimitive() ? tx : unboxed(tx);
    TypeName uy = ty.isPrimitive() ? ty : unboxed(ty);
    if (ux != null && uy != null) {
      if (ux.equals(uy)) {
        return ux;
      }
      if (!ux.equals(TypeName.BOOLEAN) && !uy.equals(TypeName.BOOLEAN)) {
        for (TypeName t : List.of(TypeName.DOUBLE, TypeName.FLOAT, TypeName.LONG)) {
          if (ux.equals(t) || uy.equals(t)) {
            return t;
          }
        }
        return TypeName.INT;
      }
    }
    return OBJECT;
  }

  private Rewritten lowerInto(ExpressionTree e, Map<Tree, String> subs) {
    if (cx.analysis.suspends(e)) {
      walk(e, subs);
    }
    return rewrite(e, subs);
  }

  /** {@code x op= rhs} where rhs suspends: x is read first and the narrowing cast is kept. */
  private void compound(CompoundAssignmentTree a, Map<Tree, String> subs) {
    ExpressionTree target = a.getVariable();
    String op = cx.rewriter.between(cx.rewriter.end(target), cx.rewriter.start(a.getExpression())).trim();
    TypeName type;
    Rewritten targetRewritten;
    if (target instanceof IdentifierTree) {
      targetRewritten = rewrite(target, subs);
      type = oracle.typeOf(target);
    } else if (target instanceof ArrayAccessTree) {
      ArrayAccessTree access = (ArrayAccessTree) target;
      operands(List.of(access.getExpression(), access.getIndex()), subs, access);
      for (ExpressionTree part : List.of(access.getExpression(), access.getIndex())) {
        boolean unbox = part == access.getIndex() && unboxed(staticType(part)) != null;
        if (!subs.containsKey(part) && (!stable(part) || unbox)) {
          spill(part, subs, unbox, null);
        }
      }
      targetRewritten = rewrite(target, subs);
      TypeName array = oracle.typeOf(access.getExpression());
      type = array instanceof ArrayTypeName ? ((ArrayTypeName) array).componentType() : null;
    } else {
      cx.error(target, Message.UNSUPPORTED, "a compound assignment to a field whose right side suspends",
          "assign the right side to a local first");
      return;
    }
    if (type == null) {
      cx.error(target, Message.UNTYPED_SPILL, cx.rewriter.original(target));
      return;
    }
    if (unboxed(type) != null) {
      type = unboxed(type); // javac unboxes the saved left side at once (no boxed op= String exists)
    }
    String targetText = targetRewritten.text();
    String old = cx.listing.field(cx.variableName("$kept"), type);
    cx.listing.code(old + " = " + targetText + ";", targetRewritten.references(), cx.rewriter.line(a));
    walk(a.getExpression(), subs);
    Rewritten rhs = rewrite(a.getExpression(), subs);
    subs.put(a, targetText + " = (" + old + " " + op + " " + rhs.text() + ")");
    // The substituted text names variables and may need lambda snapshots: whoever rewrites a tree
    // containing this one must account for them (see rewrite).
    Set<LocalVar> refs = new java.util.LinkedHashSet<>(targetRewritten.references());
    refs.addAll(rhs.references());
    substituted.put(a, new Rewritten("", refs, rhs.preamble()));
  }

  /**
   * {@code e} rewritten with the substitutions made so far, with the variables and snapshot
   * declarations of substituted texts inside it (the rewriter sees only their text).
   */
  private Rewritten rewrite(ExpressionTree e, Map<Tree, String> subs) {
    Rewritten r = cx.rewriter.rewrite(e, subs);
    Set<LocalVar> refs = null;
    List<String> preamble = null;
    long start = cx.rewriter.start(e);
    long end = cx.rewriter.end(e);
    for (Map.Entry<Tree, Rewritten> s : substituted.entrySet()) {
      Tree t = s.getKey();
      if (subs.containsKey(t) && cx.rewriter.start(t) >= start && cx.rewriter.end(t) <= end) {
        if (refs == null) {
          refs = new java.util.LinkedHashSet<>(r.references());
          preamble = new ArrayList<>(r.preamble());
        }
        refs.addAll(s.getValue().references());
        preamble.addAll(s.getValue().preamble());
      }
    }
    return refs == null ? r : new Rewritten(r.text(), refs, preamble);
  }

  private boolean isReassignedLocal(IdentifierTree id) {
    LocalVar v = cx.analysis.variable(id);
    return v != null && v.reassigned();
  }

  /** A name that is a type, package, constant or variable: nothing to evaluate beyond a read. */
  private boolean isName(ExpressionTree e) {
    if (e instanceof IdentifierTree) {
      return true;
    }
    if (e instanceof MemberSelectTree) {
      return isName(((MemberSelectTree) e).getExpression());
    }
    return false;
  }

  /** Whether evaluating {@code e} later gives the same value as evaluating it now. */
  private boolean stable(ExpressionTree e) {
    switch (e.getKind()) {
      case INT_LITERAL:
      case LONG_LITERAL:
      case FLOAT_LITERAL:
      case DOUBLE_LITERAL:
      case BOOLEAN_LITERAL:
      case CHAR_LITERAL:
      case STRING_LITERAL:
      case NULL_LITERAL:
        return true;
      case IDENTIFIER:
        return !isReassignedLocal((IdentifierTree) e);
      case MEMBER_SELECT:
        return isName(e) && !(((MemberSelectTree) e).getExpression() instanceof IdentifierTree
            && cx.analysis.variable((IdentifierTree) ((MemberSelectTree) e).getExpression()) != null);
      case PARENTHESIZED:
        return stable(((ParenthesizedTree) e).getExpression());
      case LAMBDA_EXPRESSION:
        // Creating a lambda has no effect, and what it captures is effectively final.
        return true;
      case MEMBER_REFERENCE: {
        // Type::method evaluates nothing; expr::method evaluates (and null-checks) expr.
        ExpressionTree q = ((com.sun.source.tree.MemberReferenceTree) e).getQualifierExpression();
        return isName(q) && !(q instanceof IdentifierTree && cx.analysis.variable((IdentifierTree) q) != null);
      }
      default:
        return false;
    }
  }
}
