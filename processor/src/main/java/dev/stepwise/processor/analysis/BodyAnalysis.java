package dev.stepwise.processor.analysis;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreeScanner;
import dev.stepwise.processor.model.Keyword;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the later passes need to know about one step body, computed from its syntax alone (never
 * attributing it): which calls are keywords, which trees contain a suspension point, which
 * variables exist and which identifier refers to which, which statement every break/continue
 * targets, and every identifier the body uses (so generated names never collide with them).
 */
public final class BodyAnalysis {
  private final MethodTree method;
  private final Map<MethodInvocationTree, Keyword> keywords = new IdentityHashMap<>();
  private final Set<Tree> suspending = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<IdentifierTree, LocalVar> references = new IdentityHashMap<>();
  private final Map<Tree, LocalVar> declarations = new IdentityHashMap<>();
  private final Map<Tree, Tree> jumpTargets = new IdentityHashMap<>();
  private final List<LocalVar> parameters = new ArrayList<>();
  private final Set<String> identifiers = new HashSet<>();
  private final List<LocalVar> localTypes = new ArrayList<>();

  private BodyAnalysis(MethodTree method) {
    this.method = method;
  }

  /** Analyses {@code method}'s body with {@code resolver} deciding which calls are keywords. */
  public static BodyAnalysis of(MethodTree method, KeywordResolver resolver) {
    BodyAnalysis a = new BodyAnalysis(method);
    new SuspensionScanner(a, resolver).scan(method.getBody(), null);
    new ScopeScanner(a).run();
    return a;
  }

  public MethodTree method() {
    return method;
  }

  /** Every keyword call in the body, including misplaced ones (inside lambdas and classes). */
  public Map<MethodInvocationTree, Keyword> keywords() {
    return keywords;
  }

  /** The keyword {@code call} is, or null. */
  public Keyword keyword(Tree call) {
    return call instanceof MethodInvocationTree ? keywords.get(call) : null;
  }

  /** Whether {@code tree} contains a suspension point outside nested lambdas and classes. */
  public boolean suspends(Tree tree) {
    return tree != null && suspending.contains(tree);
  }

  /** The variable an identifier refers to, or null (a field, type, package or foreign name). */
  public LocalVar variable(IdentifierTree id) {
    return references.get(id);
  }

  /** The variable a declaration tree declares, or null. */
  public LocalVar declared(Tree declaration) {
    return declarations.get(declaration);
  }

  /**
   * The loop, switch or labeled statement a break or continue jumps to; the switch expression a
   * Java {@code yield} statement completes.
   */
  public Tree jumpTarget(Tree jump) {
    return jumpTargets.get(jump);
  }

  /** Local classes, records, enums and interfaces declared directly in the body's statements. */
  public List<LocalVar> localTypes() {
    return localTypes;
  }

  /** The method's parameters, in order. */
  public List<LocalVar> parameters() {
    return parameters;
  }

  /** Every identifier (and declared name) that occurs in the body. */
  public Set<String> identifiers() {
    return identifiers;
  }

  /** Marks the trees that contain a suspension point and records keyword calls. */
  private static final class SuspensionScanner extends TreeScanner<Boolean, Void> {
    private final BodyAnalysis a;
    private final KeywordResolver resolver;
    private int opaqueDepth;

    SuspensionScanner(BodyAnalysis a, KeywordResolver resolver) {
      this.a = a;
      this.resolver = resolver;
    }

    @Override
    public Boolean scan(Tree tree, Void unused) {
      if (tree == null) {
        return false;
      }
      Boolean r = super.scan(tree, unused);
      boolean s = r != null && r;
      if (tree instanceof MethodInvocationTree) {
        Keyword k = a.keywords.get(tree);
        if (k != null && k.suspends() && opaqueDepth == 0) {
          s = true;
        }
      }
      if (s) {
        a.suspending.add(tree);
      }
      return s;
    }

    @Override
    public Boolean reduce(Boolean r1, Boolean r2) {
      return (r1 != null && r1) || (r2 != null && r2);
    }

    @Override
    public Boolean visitIdentifier(IdentifierTree node, Void unused) {
      a.identifiers.add(node.getName().toString());
      return false;
    }

    @Override
    public Boolean visitVariable(VariableTree node, Void unused) {
      a.identifiers.add(node.getName().toString());
      return super.visitVariable(node, unused);
    }

    @Override
    public Boolean visitMethodInvocation(MethodInvocationTree node, Void unused) {
      Keyword k = resolver.resolve(node);
      if (k != null) {
        a.keywords.put(node, k);
      }
      return super.visitMethodInvocation(node, unused);
    }

    @Override
    public Boolean visitLambdaExpression(LambdaExpressionTree node, Void unused) {
      opaqueDepth++;
      try {
        super.visitLambdaExpression(node, unused);
        return false;
      } finally {
        opaqueDepth--;
      }
    }

    @Override
    public Boolean visitClass(ClassTree node, Void unused) {
      opaqueDepth++;
      try {
        super.visitClass(node, unused);
        return false;
      } finally {
        opaqueDepth--;
      }
    }
  }

  /**
   * Declares variables in source scope order and binds identifiers to them; finds jump targets
   * and counts assignments.
   */
  private static final class ScopeScanner extends TreeScanner<Void, Void> {
    private final BodyAnalysis a;
    private final Deque<Map<String, LocalVar>> scopes = new ArrayDeque<>();
    private final Deque<Tree> jumpables = new ArrayDeque<>();
    private final Map<Tree, String> labels = new IdentityHashMap<>();
    private int foreignDepth;

    ScopeScanner(BodyAnalysis a) {
      this.a = a;
    }

    void run() {
      push();
      for (VariableTree p : a.method.getParameters()) {
        LocalVar v = new LocalVar(p.getName().toString(), LocalVar.Origin.PARAMETER, p, p.getType(), true);
        a.parameters.add(v);
        declare(p, v);
      }
      scan(a.method.getBody(), null);
      pop();
    }

    private void push() {
      scopes.push(new LinkedHashMap<>());
    }

    private void pop() {
      scopes.pop();
    }

    private void declare(Tree decl, LocalVar v) {
      scopes.peek().put(v.name(), v);
      a.declarations.put(decl, v);
      a.identifiers.add(v.name());
    }

    /** The key under which a local type is kept in a scope, apart from variables of the same name. */
    private String typeKey(String name) {
      return "class " + name;
    }

    private LocalVar lookupType(String name) {
      return lookup(typeKey(name));
    }

    /** Binds the names in a type tree that denote local types of the body. */
    private void bindTypeNames(Tree type) {
      if (type == null) {
        return;
      }
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitIdentifier(IdentifierTree node, Void unused) {
          LocalVar t = lookupType(node.getName().toString());
          if (t != null) {
            a.references.put(node, t);
          }
          return null;
        }
      }.scan(type, null);
    }

    /** The local types a type tree mentions. */
    private Set<LocalVar> localTypesIn(Tree type) {
      Set<LocalVar> found = new java.util.LinkedHashSet<>();
      if (type != null) {
        new TreeScanner<Void, Void>() {
          @Override
          public Void visitIdentifier(IdentifierTree node, Void unused) {
            LocalVar t = a.references.get(node);
            if (t != null && t.origin() == LocalVar.Origin.LOCAL_TYPE) {
              found.add(t);
            }
            return null;
          }
        }.scan(type, null);
      }
      return found;
    }

    private LocalVar lookup(String name) {
      for (Map<String, LocalVar> scope : scopes) {
        LocalVar v = scope.get(name);
        if (v != null) {
          return v;
        }
      }
      return null;
    }

    /** Whether statements directly inside {@code parent} are managed by the lowering. */
    private boolean ownContext(Tree parent) {
      return foreignDepth == 0 && a.suspends(parent);
    }

    private void declareVariable(VariableTree node, LocalVar.Origin origin, boolean own) {
      Tree type = node.getType();
      if (type != null && isVarKeyword(node)) {
        type = null;
      }
      LocalVar v = new LocalVar(node.getName().toString(), foreignDepth > 0 ? LocalVar.Origin.FOREIGN : origin, node, type, own && foreignDepth == 0);
      bindTypeNames(type);
      v.setTypeMentions(localTypesIn(type));
      declare(node, v);
    }

    private boolean ownBlockStatements;

    @Override
    public Void visitBlock(BlockTree node, Void unused) {
      push();
      boolean saved = ownBlockStatements;
      for (StatementTree s : node.getStatements()) {
        ownBlockStatements = ownContext(node);
        scan(s, null);
      }
      ownBlockStatements = saved;
      pop();
      return null;
    }

    @Override
    public Void visitVariable(VariableTree node, Void unused) {
      boolean own = ownBlockStatements;
      ownBlockStatements = false;
      scan(node.getInitializer(), null);
      scanType(node.getType());
      declareVariable(node, LocalVar.Origin.LOCAL, own);
      return null;
    }

    private void scanType(Tree type) {
      // Type positions never refer to variables; names there are left as written.
      if (type != null) {
        a.identifiers.add(type.toString());
      }
    }

    @Override
    public Void visitBindingPattern(BindingPatternTree node, Void unused) {
      VariableTree v = node.getVariable();
      declareVariable(v, LocalVar.Origin.BINDING, false);
      return null;
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
      LocalVar v = lookup(node.getName().toString());
      if (v == null) {
        v = lookupType(node.getName().toString());
      }
      if (v != null) {
        a.references.put(node, v);
      }
      return null;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
      // An unqualified method name is not a variable reference.
      if (!(node.getMethodSelect() instanceof IdentifierTree)) {
        scan(node.getMethodSelect(), null);
      }
      scan(node.getArguments(), null);
      return null;
    }

    @Override
    public Void visitNewClass(com.sun.source.tree.NewClassTree node, Void unused) {
      bindTypeNames(node.getIdentifier());
      scan(node.getEnclosingExpression(), null);
      scan(node.getArguments(), null);
      scan(node.getClassBody(), null);
      return null;
    }

    @Override
    public Void visitAssignment(AssignmentTree node, Void unused) {
      countAssignment(node.getVariable());
      return super.visitAssignment(node, unused);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
      countAssignment(node.getVariable());
      return super.visitCompoundAssignment(node, unused);
    }

    @Override
    public Void visitUnary(UnaryTree node, Void unused) {
      switch (node.getKind()) {
        case PREFIX_INCREMENT:
        case PREFIX_DECREMENT:
        case POSTFIX_INCREMENT:
        case POSTFIX_DECREMENT:
          countAssignment(node.getExpression());
          break;
        default:
          break;
      }
      return super.visitUnary(node, unused);
    }

    private void countAssignment(ExpressionTree target) {
      if (target instanceof IdentifierTree) {
        LocalVar v = lookup(((IdentifierTree) target).getName().toString());
        if (v != null) {
          v.countAssignment();
        }
      }
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
      push();
      foreignDepth++;
      for (VariableTree p : node.getParameters()) {
        declareVariable(p, LocalVar.Origin.FOREIGN, false);
      }
      scan(node.getBody(), null);
      foreignDepth--;
      pop();
      return null;
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      if (node.getSimpleName().length() > 0 && foreignDepth == 0) {
        // A local class, record, enum or interface: in scope from its declaration on (and in its body).
        LocalVar t = new LocalVar(node.getSimpleName().toString(), LocalVar.Origin.LOCAL_TYPE, node, null, false);
        scopes.peek().put(typeKey(t.name()), t);
        a.declarations.put(node, t);
        a.localTypes.add(t);
      }
      push();
      foreignDepth++;
      // Members of a local or anonymous class shadow outer variables inside its body.
      for (Tree member : node.getMembers()) {
        if (member instanceof VariableTree) {
          declareVariable((VariableTree) member, LocalVar.Origin.FOREIGN, false);
        }
      }
      for (Tree member : node.getMembers()) {
        if (member instanceof VariableTree) {
          scan(((VariableTree) member).getInitializer(), null);
        } else {
          scan(member, null);
        }
      }
      foreignDepth--;
      pop();
      return null;
    }

    @Override
    public Void visitMethod(MethodTree node, Void unused) {
      push();
      for (VariableTree p : node.getParameters()) {
        declareVariable(p, LocalVar.Origin.FOREIGN, false);
      }
      scan(node.getBody(), null);
      pop();
      return null;
    }

    @Override
    public Void visitForLoop(ForLoopTree node, Void unused) {
      push();
      boolean own = ownContext(node);
      for (StatementTree init : node.getInitializer()) {
        ownBlockStatements = own;
        scan(init, null);
      }
      ownBlockStatements = false;
      scan(node.getCondition(), null);
      scan(node.getUpdate(), null);
      loopBody(node, node.getStatement());
      pop();
      return null;
    }

    @Override
    public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void unused) {
      scan(node.getExpression(), null);
      push();
      VariableTree v = node.getVariable();
      scanType(v.getType());
      declareVariable(v, LocalVar.Origin.FOR_EACH, ownContext(node));
      loopBody(node, node.getStatement());
      pop();
      return null;
    }

    @Override
    public Void visitWhileLoop(WhileLoopTree node, Void unused) {
      scan(node.getCondition(), null);
      loopBody(node, node.getStatement());
      return null;
    }

    @Override
    public Void visitDoWhileLoop(DoWhileLoopTree node, Void unused) {
      loopBody(node, node.getStatement());
      scan(node.getCondition(), null);
      return null;
    }

    private void loopBody(Tree loop, StatementTree body) {
      jumpables.push(loop);
      ownBlockStatements = false;
      scan(body, null);
      jumpables.pop();
    }

    @Override
    public Void visitSwitch(SwitchTree node, Void unused) {
      scan(node.getExpression(), null);
      jumpables.push(node);
      cases(node, node.getCases());
      jumpables.pop();
      return null;
    }

    /** The cases of a switch statement or expression: one scope, shared by all its case groups. */
    private void cases(Tree node, List<? extends CaseTree> cases) {
      push();
      boolean own = ownContext(node);
      for (CaseTree c : cases) {
        scan(c.getExpressions(), null);
        if (c.getStatements() != null) {
          for (StatementTree s : c.getStatements()) {
            ownBlockStatements = own;
            scan(s, null);
          }
        } else {
          ownBlockStatements = false;
          scan(c.getBody(), null);
        }
      }
      ownBlockStatements = false;
      pop();
    }

    /** Enclosing switch expressions, innermost first: the targets of Java's yield statements. */
    private final Deque<Tree> switchExpressions = new ArrayDeque<>();

    @Override
    public Void visitSwitchExpression(com.sun.source.tree.SwitchExpressionTree node, Void unused) {
      scan(node.getExpression(), null);
      switchExpressions.push(node);
      cases(node, node.getCases());
      switchExpressions.pop();
      return null;
    }

    @Override
    public Void visitYield(com.sun.source.tree.YieldTree node, Void unused) {
      a.jumpTargets.put(node, switchExpressions.peek());
      return super.visitYield(node, unused);
    }

    @Override
    public Void visitLabeledStatement(LabeledStatementTree node, Void unused) {
      labels.put(node, node.getLabel().toString());
      jumpables.push(node);
      scan(node.getStatement(), null);
      jumpables.pop();
      return null;
    }

    @Override
    public Void visitBreak(BreakTree node, Void unused) {
      a.jumpTargets.put(node, findTarget(node.getLabel() == null ? null : node.getLabel().toString(), false));
      return null;
    }

    @Override
    public Void visitContinue(ContinueTree node, Void unused) {
      a.jumpTargets.put(node, findTarget(node.getLabel() == null ? null : node.getLabel().toString(), true));
      return null;
    }

    private Tree findTarget(String label, boolean isContinue) {
      for (Tree t : jumpables) {
        if (label != null) {
          if (t instanceof LabeledStatementTree && label.equals(labels.get(t))) {
            return isContinue ? ((LabeledStatementTree) t).getStatement() : t;
          }
        } else if (isLoop(t) || (!isContinue && t instanceof SwitchTree)) {
          return t;
        }
      }
      return null;
    }

    @Override
    public Void visitTry(TryTree node, Void unused) {
      push();
      boolean own = ownContext(node);
      for (Tree r : node.getResources()) {
        if (r instanceof VariableTree) {
          VariableTree v = (VariableTree) r;
          scan(v.getInitializer(), null);
          scanType(v.getType());
          declareVariable(v, LocalVar.Origin.RESOURCE, own);
        } else {
          scan(r, null);
        }
      }
      ownBlockStatements = false;
      scan(node.getBlock(), null);
      pop();
      for (CatchTree c : node.getCatches()) {
        push();
        VariableTree p = c.getParameter();
        scanType(p.getType());
        declareVariable(p, LocalVar.Origin.CATCH, own);
        scan(c.getBlock(), null);
        pop();
      }
      scan(node.getFinallyBlock(), null);
      return null;
    }
  }

  static boolean isLoop(Tree t) {
    switch (t.getKind()) {
      case WHILE_LOOP:
      case DO_WHILE_LOOP:
      case FOR_LOOP:
      case ENHANCED_FOR_LOOP:
        return true;
      default:
        return false;
    }
  }

  static boolean isVarKeyword(VariableTree node) {
    Tree type = node.getType();
    // javac leaves the type of 'var' null before attribution; some versions keep an identifier 'var'.
    return type == null || (type instanceof IdentifierTree && ((IdentifierTree) type).getName().contentEquals("var"));
  }

  /** Names of keywords used in messages, e.g. for diagnostics about a call. */
  public static String display(Keyword k) {
    return k.display();
  }

  /** Groups keyword calls by their kind, for tests and diagnostics. */
  public Map<Keyword, Integer> keywordCounts() {
    Map<Keyword, Integer> counts = new HashMap<>();
    for (Keyword k : keywords.values()) {
      counts.merge(k, 1, Integer::sum);
    }
    return counts;
  }
}
