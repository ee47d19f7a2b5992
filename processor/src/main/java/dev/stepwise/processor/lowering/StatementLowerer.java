package dev.stepwise.processor.lowering;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import dev.stepwise.processor.Message;
import dev.stepwise.processor.analysis.Completion;
import dev.stepwise.processor.analysis.LocalVar;
import dev.stepwise.processor.analysis.TypeResolver;
import dev.stepwise.processor.model.Keyword;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Lowers statements into the listing. A statement without a suspension point is copied as written
 * (through {@link SourceRewriter}); one with a suspension point is exploded into labels and jumps:
 * loops, if, switch (a native switch kept for dispatch), labeled statements, try/catch/finally as
 * handler-table regions with pending-completion slots, try-with-resources desugared as JLS 14.20.3
 * specifies, and enhanced for over an iterator kept in a field.
 */
final class StatementLowerer {
  private static final TypeName THROWABLE = ClassName.get(Throwable.class);

  private final LoweringContext cx;
  private final ExpressionLowerer expressions;
  private final Completion completion;

  StatementLowerer(LoweringContext cx, ExpressionLowerer expressions, Completion completion) {
    this.cx = cx;
    this.expressions = expressions;
    this.completion = completion;
    expressions.setStatements(this);
  }

  void statement(StatementTree s) {
    if (s instanceof VariableTree && cx.analysis.declared(s) != null && cx.analysis.declared(s).own()) {
      declaration((VariableTree) s);
      return;
    }
    if (s.getKind() == Tree.Kind.YIELD && cx.yieldTarget(cx.analysis.jumpTarget(s))) {
      ExpressionTree value = ((com.sun.source.tree.YieldTree) s).getValue();
      Rewritten r = expressions.lower(value);
      cx.listing.abrupt(r.withPreamble(cx.yieldCode(cx.analysis.jumpTarget(s), r.text())), r.references(), cx.rewriter.line(s));
      return;
    }
    if (!cx.analysis.suspends(s)) {
      copy(s);
      return;
    }
    switch (s.getKind()) {
      case BLOCK:
        for (StatementTree st : ((BlockTree) s).getStatements()) {
          statement(st);
        }
        break;
      case EXPRESSION_STATEMENT:
        expressionStatement((ExpressionStatementTree) s);
        break;
      case IF:
        ifStatement((IfTree) s);
        break;
      case WHILE_LOOP:
        whileLoop((WhileLoopTree) s, null);
        break;
      case DO_WHILE_LOOP:
        doWhileLoop((DoWhileLoopTree) s, null);
        break;
      case FOR_LOOP:
        forLoop((ForLoopTree) s, null);
        break;
      case ENHANCED_FOR_LOOP:
        enhancedFor((EnhancedForLoopTree) s, null);
        break;
      case LABELED_STATEMENT:
        labeled((LabeledStatementTree) s);
        break;
      case SWITCH:
        switchStatement((SwitchTree) s);
        break;
      case TRY:
        tryStatement((TryTree) s);
        break;
      case RETURN:
        returnStatement((ReturnTree) s);
        break;
      case THROW: {
        Rewritten r = expressions.lower(((ThrowTree) s).getExpression());
        cx.listing.abrupt(r.withPreamble("throw " + r.text() + ";"), r.references(), cx.rewriter.line(s));
        break;
      }
      default:
        cx.error(s, Message.UNSUPPORTED, "a suspension point in this kind of statement (" + s.getKind() + ")",
            "move the suspension into a statement of its own before it");
    }
  }

  /** A statement with no suspension point: copied, with returns and exploded jumps adapted. */
  private void copy(StatementTree s) {
    if (s.getKind() == Tree.Kind.EMPTY_STATEMENT) {
      return;
    }
    Rewritten r = cx.rewriter.rewrite(s);
    String text = r.withPreamble(r.text());
    if (completion.canCompleteNormally(s)) {
      cx.listing.code(text, r.references(), cx.rewriter.line(s));
    } else {
      cx.listing.abrupt(text, r.references(), cx.rewriter.line(s));
    }
  }

  private void declaration(VariableTree v) {
    LocalVar var = cx.analysis.declared(v);
    if (v.getInitializer() == null) {
      cx.listing.declare(var, null, Set.of(), cx.rewriter.line(v));
      return;
    }
    Rewritten r = expressions.lower(v.getInitializer());
    if (!r.preamble().isEmpty()) {
      cx.listing.code(String.join("\n", r.preamble()), Set.of(), cx.rewriter.line(v));
    }
    String init = r.text();
    if (v.getInitializer() instanceof NewArrayTree && ((NewArrayTree) v.getInitializer()).getType() == null
        && var.typeTree() != null) {
      // A bare array initializer ({1, 2}) is legal only in a declaration; a hoisted local is assigned.
      init = "new " + cx.rewriter.typeText(var.typeTree()) + " " + init;
    }
    cx.listing.declare(var, init, r.references(), cx.rewriter.line(v));
  }

  private void expressionStatement(ExpressionStatementTree s) {
    ExpressionTree e = s.getExpression();
    Keyword k = cx.analysis.keyword(e);
    Rewritten r = expressions.lower(e);
    if (k != null && k.suspends()) {
      return; // the value of a keyword used as a statement is discarded
    }
    cx.listing.code(r.withPreamble(r.text() + ";"), r.references(), cx.rewriter.line(s));
  }

  private void branchIfNot(ExpressionTree condition, Label target) {
    Rewritten c = expressions.lower(unparenthesized(condition));
    cx.listing.code(c.withPreamble("if (!(" + c.text() + ")) { " + Listing.jumpText(target) + " }"),
        c.references(), cx.rewriter.line(condition));
  }

  private void ifStatement(IfTree s) {
    Label otherwise = cx.listing.newLabel();
    branchIfNot(s.getCondition(), otherwise);
    statement(s.getThenStatement());
    if (s.getElseStatement() == null) {
      cx.listing.mark(otherwise);
      return;
    }
    Label end = cx.listing.newLabel();
    cx.listing.jump(end);
    cx.listing.mark(otherwise);
    statement(s.getElseStatement());
    cx.listing.mark(end);
  }

  private void pushLoop(Tree loop, LabeledStatementTree labeled, Label end, Label next) {
    int depth = cx.finallies.size();
    if (labeled != null) {
      cx.jumps.push(new LoweringContext.JumpEntry(labeled, end, next, depth));
    }
    cx.jumps.push(new LoweringContext.JumpEntry(loop, end, next, depth));
  }

  private void popLoop(LabeledStatementTree labeled) {
    cx.jumps.pop();
    if (labeled != null) {
      cx.jumps.pop();
    }
  }

  private void whileLoop(WhileLoopTree s, LabeledStatementTree labeled) {
    Label head = cx.listing.newLabel();
    Label end = cx.listing.newLabel();
    cx.listing.mark(head);
    if (!isLiteralTrue(s.getCondition())) {
      branchIfNot(s.getCondition(), end);
    }
    pushLoop(s, labeled, end, head);
    statement(s.getStatement());
    popLoop(labeled);
    cx.listing.jump(head);
    cx.listing.mark(end);
  }

  private void doWhileLoop(DoWhileLoopTree s, LabeledStatementTree labeled) {
    Label body = cx.listing.newLabel();
    Label test = cx.listing.newLabel();
    Label end = cx.listing.newLabel();
    cx.listing.mark(body);
    pushLoop(s, labeled, end, test);
    statement(s.getStatement());
    popLoop(labeled);
    cx.listing.mark(test);
    Rewritten c = expressions.lower(unparenthesized(s.getCondition()));
    cx.listing.code(c.withPreamble("if (" + c.text() + ") { " + Listing.jumpText(body) + " }"),
        c.references(), cx.rewriter.line(s.getCondition()));
    cx.listing.mark(end);
  }

  private void forLoop(ForLoopTree s, LabeledStatementTree labeled) {
    for (StatementTree init : s.getInitializer()) {
      if (init instanceof ExpressionStatementTree) {
        // An initializer such as 'i = 0' has no ';' of its own in the source to copy.
        expressionStatement((ExpressionStatementTree) init);
      } else {
        statement(init);
      }
    }
    Label head = cx.listing.newLabel();
    Label update = cx.listing.newLabel();
    Label end = cx.listing.newLabel();
    cx.listing.mark(head);
    if (s.getCondition() != null && !isLiteralTrue(s.getCondition())) {
      branchIfNot(s.getCondition(), end);
    }
    pushLoop(s, labeled, end, update);
    statement(s.getStatement());
    popLoop(labeled);
    cx.listing.mark(update);
    for (ExpressionStatementTree u : s.getUpdate()) {
      expressionStatement(u);
    }
    cx.listing.jump(head);
    cx.listing.mark(end);
  }

  private void enhancedFor(EnhancedForLoopTree s, LabeledStatementTree labeled) {
    VariableTree variable = s.getVariable();
    LocalVar var = cx.analysis.declared(variable);
    if (var.typeTree() == null) {
      cx.error(variable, Message.VAR_HOISTED, variable.getName());
      return;
    }
    if (cx.analysis.keyword(s.getExpression()) == Keyword.ASYNC_ITER) {
      asyncFor(s, labeled, var);
      return;
    }
    TypeName iteratorType =
        ParameterizedTypeName.get(ClassName.get("java.util", "Iterator"), WildcardTypeName.subtypeOf(Object.class));
    String it = cx.listing.field(cx.variableName("$iterator"), iteratorType);
    Rewritten source = expressions.lower(s.getExpression());
    cx.listing.code(source.withPreamble(it + " = dev.stepwise.internal.Iteration.of(" + source.text() + ");"),
        source.references(), cx.rewriter.line(s));
    Label head = cx.listing.newLabel();
    Label end = cx.listing.newLabel();
    cx.listing.mark(head);
    cx.listing.code("if (!" + it + ".hasNext()) { " + Listing.jumpText(end) + " }", Set.of(), cx.rewriter.line(s));
    cx.listing.declare(var, "(" + cx.rewriter.original(var.typeTree()) + ") " + it + ".next()", Set.of(), cx.rewriter.line(variable));
    pushLoop(s, labeled, end, head);
    statement(s.getStatement());
    popLoop(labeled);
    cx.listing.jump(head);
    cx.listing.mark(end);
    cx.listing.code(it + " = null;", Set.of(), -1);
  }

  /**
   * {@code for (T x : Async.iter(source)) body}: Python's {@code async for}, as PEP 492 expands
   * it. The iterator's {@code anext()} is awaited before each pass; its
   * {@link dev.stepwise.StopAsyncIteration} (and only the one from that await) ends the loop. A
   * {@code break} leaves the iterator as it is: an asynchronous generator is not closed.
   */
  private void asyncFor(EnhancedForLoopTree s, LabeledStatementTree labeled, LocalVar var) {
    int line = cx.rewriter.line(s);
    MethodInvocationTree iter = (MethodInvocationTree) s.getExpression();
    Rewritten source = expressions.lower(iter.getArguments().get(0));
    String it = cx.listing.field(cx.variableName("$asyncIterator"),
        ParameterizedTypeName.get(ClassName.get("dev.stepwise", "AsyncIterator"), WildcardTypeName.subtypeOf(Object.class)));
    String next = cx.listing.field(cx.variableName("$asyncNext"), ClassName.get(Object.class));
    cx.listing.code(source.withPreamble(it + " = dev.stepwise.internal.AsyncIteration.aiter(" + source.text() + ");"),
        source.references(), line);
    Label head = cx.listing.newLabel();
    Label end = cx.listing.newLabel();
    cx.listing.mark(head);
    LocalVar stop = LocalVar.synthetic(cx.variableName("$stop"), s);
    stop.setGeneratedName(stop.name());
    cx.listing.field(stop.name(), ClassName.get("dev.stepwise", "StopAsyncIteration"));
    region(
        () -> {
          awaitRaw(it + ".anext()", line);
          cx.listing.code(next + " = $sent();", Set.of(), line);
        },
        List.of(new CatchSpec(List.of("dev.stepwise.StopAsyncIteration"), stop, () -> cx.listing.jump(end))),
        null,
        s);
    cx.listing.declare(var, "(" + cx.rewriter.original(var.typeTree()) + ") " + next, Set.of(), cx.rewriter.line(s.getVariable()));
    cx.listing.code(next + " = null;", Set.of(), -1);
    pushLoop(s, labeled, end, head);
    statement(s.getStatement());
    popLoop(labeled);
    cx.listing.jump(head);
    cx.listing.mark(end);
    cx.listing.code(it + " = null;", Set.of(), -1);
  }

  private void labeled(LabeledStatementTree s) {
    StatementTree body = s.getStatement();
    switch (body.getKind()) {
      case WHILE_LOOP:
        whileLoop((WhileLoopTree) body, s);
        return;
      case DO_WHILE_LOOP:
        doWhileLoop((DoWhileLoopTree) body, s);
        return;
      case FOR_LOOP:
        forLoop((ForLoopTree) body, s);
        return;
      case ENHANCED_FOR_LOOP:
        enhancedFor((EnhancedForLoopTree) body, s);
        return;
      default:
        Label end = cx.listing.newLabel();
        cx.jumps.push(new LoweringContext.JumpEntry(s, end, null, cx.finallies.size()));
        statement(body);
        cx.jumps.pop();
        cx.listing.mark(end);
    }
  }

  /** A native switch dispatches to one label per case; the case bodies follow in order. */
  private void switchStatement(SwitchTree s) {
    Rewritten selector = expressions.lower(unparenthesized(s.getExpression()));
    Label end = cx.listing.newLabel();
    List<Label> labels = dispatch(selector, s.getCases(), Listing.jumpText(end), s);
    cx.jumps.push(new LoweringContext.JumpEntry(s, end, null, cx.finallies.size()));
    Iterator<Label> li = labels.iterator();
    for (CaseTree c : s.getCases()) {
      cx.listing.mark(li.next());
      if (c.getCaseKind() == CaseTree.CaseKind.RULE) {
        Tree body = c.getBody();
        if (body instanceof StatementTree) {
          statement((StatementTree) body);
        } else {
          Rewritten r = expressions.lower((ExpressionTree) body);
          cx.listing.code(r.withPreamble(r.text() + ";"), r.references(), cx.rewriter.line(body));
        }
        cx.listing.jump(end);
      } else {
        for (StatementTree st : c.getStatements()) {
          statement(st);
        }
      }
    }
    cx.jumps.pop();
    cx.listing.mark(end);
  }

  /**
   * A native switch on {@code selector} that jumps to a new label per case, returned in case
   * order; keeping Java's own switch for dispatch keeps its String, enum and null semantics. When
   * no case is the default, {@code noDefault} follows the switch (with a default, every path jumps
   * and code after it would be unreachable).
   */
  List<Label> dispatch(Rewritten selector, List<? extends CaseTree> cases, String noDefault, Tree at) {
    List<Label> labels = new ArrayList<>();
    StringBuilder dispatch = new StringBuilder("switch (" + selector.text() + ") {\n");
    boolean hasDefault = false;
    for (CaseTree c : cases) {
      Label l = cx.listing.newLabel();
      labels.add(l);
      if (c.getExpressions().isEmpty()) {
        hasDefault = true;
        dispatch.append("  default:");
      } else {
        List<String> constants = new ArrayList<>();
        for (ExpressionTree e : c.getExpressions()) {
          constants.add(cx.rewriter.original(e));
        }
        dispatch.append("  case ").append(String.join(", ", constants)).append(":");
      }
      dispatch.append(" ").append(Listing.jumpText(l)).append("\n");
    }
    dispatch.append("}");
    if (!hasDefault) {
      dispatch.append("\n").append(noDefault);
    }
    cx.listing.abrupt(selector.withPreamble(dispatch.toString()), selector.references(), cx.rewriter.line(at));
    return labels;
  }

  private void returnStatement(ReturnTree s) {
    ExpressionTree e = s.getExpression();
    if (cx.analysis.keyword(e) != cx.doneKeyword()) {
      cx.completionValue(s, t -> "null"); // reports the malformed return
      return;
    }
    List<? extends ExpressionTree> args = ((MethodInvocationTree) e).getArguments();
    Rewritten r = expressions.lower(args.get(0));
    cx.listing.abrupt(r.withPreamble(cx.returnCode(r.text())), r.references(), cx.rewriter.line(s));
  }

  /** A catch clause to lay out: the types it tests, its parameter and how to lower its block. */
  private static final class CatchSpec {
    final List<String> types;
    final LocalVar parameter;
    final Runnable body;

    CatchSpec(List<String> types, LocalVar parameter, Runnable body) {
      this.types = types;
      this.parameter = parameter;
      this.body = body;
    }
  }

  private void tryStatement(TryTree s) {
    List<CatchSpec> catches = new ArrayList<>();
    for (CatchTree c : s.getCatches()) {
      VariableTree p = c.getParameter();
      LocalVar param = cx.analysis.declared(p);
      List<String> types = new ArrayList<>();
      TypeName fieldType;
      if (p.getType() instanceof UnionTypeTree) {
        List<javax.lang.model.element.TypeElement> resolved = new ArrayList<>();
        TypeResolver resolver = new TypeResolver(cx.members.elements(), cx.members.element(), cx.unit);
        for (Tree alt : ((UnionTypeTree) p.getType()).getTypeAlternatives()) {
          types.add(cx.rewriter.original(alt));
          resolved.add(resolver.resolve(alt));
        }
        // The parameter's type is the alternatives' least upper bound (JLS 14.20); its class part
        // is their most specific common superclass.
        javax.lang.model.element.TypeElement common = TypeResolver.commonSuperclass(resolved);
        fieldType = common == null ? THROWABLE : ClassName.get(common);
      } else {
        types.add(cx.rewriter.original(p.getType()));
        fieldType = dev.stepwise.processor.emission.TypeNames.of(p.getType());
      }
      cx.listing.field(param.generatedName(), fieldType);
      catches.add(new CatchSpec(types, param, () -> statement(c.getBlock())));
    }
    Runnable fin = s.getFinallyBlock() == null ? null : () -> statement(s.getFinallyBlock());
    if (s.getResources().isEmpty()) {
      region(() -> statement(s.getBlock()), catches, fin, s);
    } else if (catches.isEmpty() && fin == null) {
      resources(s, 0);
    } else {
      region(() -> resources(s, 0), catches, fin, s);
    }
  }

  /**
   * An exploded try: the handler table sends exceptions in the try block to the first matching
   * catch, and anything else (and every exit) through the finally block's pending slot.
   */
  private void region(Runnable body, List<CatchSpec> catches, Runnable finallyBody, Tree at) {
    Label tryStart = cx.listing.newLabel();
    Label after = cx.listing.newLabel();
    TryRegion r = new TryRegion(++cx.tryDepth, tryStart, finallyBody != null);
    r.catchStart = cx.listing.newLabel();
    r.finallyStart = cx.listing.newLabel();
    if (finallyBody != null) {
      r.pendSlot = cx.listing.field(cx.variableName("$pending"), TypeName.INT);
      r.pendExceptionSlot = cx.listing.field(cx.variableName("$pendingException"), THROWABLE);
      cx.finallies.add(r);
    }
    cx.listing.addRegion(r);
    cx.listing.mark(tryStart);
    body.run();
    exitTo(r, after);
    cx.listing.mark(r.catchStart);
    for (CatchSpec c : catches) {
      Label entry = cx.listing.newLabel();
      r.catches.add(new TryRegion.Catch(c.types, c.parameter, entry));
      cx.listing.mark(entry);
      c.body.run();
      exitTo(r, after);
    }
    if (finallyBody != null) {
      cx.finallies.remove(cx.finallies.size() - 1);
    }
    cx.tryDepth--;
    cx.listing.mark(r.finallyStart);
    if (finallyBody != null) {
      finallyBody.run();
      endFinally(r, after, cx.rewriter.line(at));
    }
    cx.listing.mark(after);
  }

  private void exitTo(TryRegion r, Label after) {
    if (r.hasFinally) {
      cx.listing.code(r.pendSlot + " = " + TryRegion.NORMAL + ";", Set.of(), -1);
      cx.listing.jump(r.finallyStart);
    } else {
      cx.listing.jump(after);
    }
  }

  /** The end of a finally block: resume whatever completion was pending when it was entered. */
  private void endFinally(TryRegion r, Label after, int line) {
    int depth = cx.finallies.size();
    StringBuilder sb = new StringBuilder("switch (" + r.pendSlot + ") {\n");
    sb.append("  case ").append(TryRegion.THROW).append(": {\n")
        .append("    Throwable $thrown = ").append(r.pendExceptionSlot).append(";\n")
        .append("    ").append(r.pendExceptionSlot).append(" = null;\n")
        .append("    throw $thrown;\n  }\n");
    sb.append("  case ").append(TryRegion.RETURN).append(": { ")
        .append(cx.leave(null, 0, true, depth)).append(" }\n");
    for (var e : r.jumps.entrySet()) {
      sb.append("  case ").append(e.getKey()).append(": { ")
          .append(cx.leave(e.getValue().target, e.getValue().targetFinallyDepth, false, depth)).append(" }\n");
    }
    sb.append("  default: ").append(Listing.jumpText(after)).append("\n}");
    cx.listing.abrupt(sb.toString(), Set.of(), line);
  }

  /**
   * try-with-resources as JLS 14.20.3.1 specifies: each resource is closed in reverse order after
   * the body, and a close failure while an exception is propagating is added to it as suppressed.
   */
  private void resources(TryTree s, int index) {
    if (index == s.getResources().size()) {
      statement(s.getBlock());
      return;
    }
    Tree resource = s.getResources().get(index);
    if (resource instanceof VariableTree
        && cx.analysis.keyword(((VariableTree) resource).getInitializer()) == Keyword.ASYNC_WITH) {
      asyncWith(s, index, (VariableTree) resource);
      return;
    }
    String name;
    Set<LocalVar> refs;
    if (resource instanceof VariableTree) {
      VariableTree v = (VariableTree) resource;
      LocalVar var = cx.analysis.declared(v);
      if (var.typeTree() == null) {
        cx.error(v, Message.VAR_HOISTED, v.getName());
        return;
      }
      Rewritten init = expressions.lower(v.getInitializer());
      if (!init.preamble().isEmpty()) {
        cx.listing.code(String.join("\n", init.preamble()), Set.of(), cx.rewriter.line(v));
      }
      cx.listing.declare(var, init.text(), init.references(), cx.rewriter.line(v));
      name = var.generatedName();
      refs = Set.of(var);
    } else {
      Rewritten init = expressions.lower((ExpressionTree) resource);
      name = cx.listing.field(cx.variableName("$resource"), ClassName.get(AutoCloseable.class));
      cx.listing.code(init.withPreamble(name + " = " + init.text() + ";"), init.references(), cx.rewriter.line(resource));
      refs = Set.of();
    }
    String primary = cx.listing.field(cx.variableName("$primary"), THROWABLE);
    LocalVar caught = LocalVar.synthetic(cx.variableName("$caught"), resource);
    caught.setGeneratedName(caught.name());
    cx.listing.field(caught.name(), THROWABLE);
    cx.listing.code(primary + " = null;", Set.of(), -1);
    String closeCode =
        "if (" + name + " != null) {\n"
            + "  if (" + primary + " != null) {\n"
            + "    try {\n"
            + "      " + name + ".close();\n"
            + "    } catch (Throwable $closeFailure) {\n"
            + "      " + primary + ".addSuppressed($closeFailure);\n"
            + "    }\n"
            + "  } else {\n"
            + "    " + name + ".close();\n"
            + "  }\n"
            + "}";
    int line = cx.rewriter.line(resource);
    region(
        () -> resources(s, index + 1),
        List.of(new CatchSpec(List.of("Throwable"), caught, () ->
            cx.listing.abrupt(primary + " = " + caught.name() + ";\nthrow " + caught.name() + ";", Set.of(), line))),
        () -> cx.listing.code(closeCode, refs, line),
        resource);
  }

  /**
   * {@code try (T v = Async.with(manager)) body}: Python's {@code async with}, as PEP 492 expands
   * it. The manager's {@code enter()} is awaited and bound to {@code v}; if the body raises,
   * {@code exit(exception)} is awaited and the exception is suppressed when it produces true; on
   * every other way out (normal end, break, continue, return) {@code exit(null)} is awaited.
   */
  private void asyncWith(TryTree s, int index, VariableTree v) {
    LocalVar var = cx.analysis.declared(v);
    if (var.typeTree() == null) {
      cx.error(v, Message.VAR_HOISTED, v.getName());
      return;
    }
    int line = cx.rewriter.line(v);
    MethodInvocationTree with = (MethodInvocationTree) v.getInitializer();
    Rewritten init = expressions.lower(with.getArguments().get(0));
    String manager = cx.listing.field(cx.variableName("$manager"),
        ParameterizedTypeName.get(ClassName.get("dev.stepwise", "AsyncContextManager"), WildcardTypeName.subtypeOf(Object.class)));
    cx.listing.code(init.withPreamble(manager + " = " + init.text() + ";"), init.references(), line);
    awaitRaw(manager + ".enter()", line);
    cx.listing.declare(var, "$sent()", Set.of(), line);
    String primary = cx.listing.field(cx.variableName("$primary"), THROWABLE);
    LocalVar caught = LocalVar.synthetic(cx.variableName("$caught"), v);
    caught.setGeneratedName(caught.name());
    cx.listing.field(caught.name(), THROWABLE);
    cx.listing.code(primary + " = null;", Set.of(), -1);
    region(
        () -> resources(s, index + 1),
        List.of(new CatchSpec(List.of("Throwable"), caught, () -> {
          cx.listing.code(primary + " = " + caught.name() + ";", Set.of(), line);
          awaitRaw(manager + ".exit(" + caught.name() + ")", line);
          cx.listing.code("if (!Boolean.TRUE.equals($sent())) {\n  throw " + caught.name() + ";\n}", Set.of(), line);
        })),
        () -> {
          Label skip = cx.listing.newLabel();
          cx.listing.code("if (" + primary + " != null) { " + Listing.jumpText(skip) + " }", Set.of(), line);
          awaitRaw(manager + ".exit(null)", line);
          cx.listing.mark(skip);
        },
        v);
  }

  /** An await the lowering itself introduces: suspend on {@code operand}, resume at a new label. */
  private void awaitRaw(String operand, int line) {
    Label resume = cx.listing.newLabel();
    cx.listing.suspend("$awaiting = " + operand + ";\n$state = " + resume.ref() + ";\nreturn $AWAIT;", Set.of(), line);
    cx.listing.mark(resume);
  }

  private static boolean isLiteralTrue(ExpressionTree e) {
    ExpressionTree u = unparenthesized(e);
    return u.getKind() == Tree.Kind.BOOLEAN_LITERAL && Boolean.TRUE.equals(((com.sun.source.tree.LiteralTree) u).getValue());
  }

  /** The condition of if/while/do/switch without the parentheses the syntax requires. */
  private static ExpressionTree unparenthesized(ExpressionTree e) {
    return e instanceof com.sun.source.tree.ParenthesizedTree ? ((com.sun.source.tree.ParenthesizedTree) e).getExpression() : e;
  }
}
