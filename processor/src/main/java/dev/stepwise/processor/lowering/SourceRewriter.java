package dev.stepwise.processor.lowering;

import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import dev.stepwise.processor.analysis.BodyAnalysis;
import dev.stepwise.processor.analysis.InterfaceMembers;
import dev.stepwise.processor.analysis.LocalVar;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies a piece of the user's source text into the state machine, editing only what must change
 * for the code to mean the same thing there: managed variables get their generated names (or a
 * snapshot inside lambdas and anonymous classes), {@code this} becomes {@code self}, calls to the
 * interface's methods are qualified, {@code return} and jumps to exploded statements follow the
 * state machine's protocol, and subtrees already lowered are replaced by their residual text.
 * Everything else, comments and formatting included, is kept as written.
 */
public final class SourceRewriter {
  private final CompilationUnitTree unit;
  private final CharSequence source;
  private final SourcePositions positions;
  private final BodyAnalysis analysis;
  private final InterfaceMembers members;
  private final LoweringContext context;
  private final String file;

  SourceRewriter(
      CompilationUnitTree unit,
      CharSequence source,
      SourcePositions positions,
      BodyAnalysis analysis,
      InterfaceMembers members,
      LoweringContext context) {
    this.unit = unit;
    this.source = source;
    this.positions = positions;
    this.analysis = analysis;
    this.members = members;
    this.context = context;
    this.file = LineMarks.fileName(unit);
  }

  long start(Tree tree) {
    return positions.getStartPosition(unit, tree);
  }

  long end(Tree tree) {
    long end = positions.getEndPosition(unit, tree);
    if (end < 0) {
      throw new IllegalStateException("javac did not record end positions for " + tree.getKind());
    }
    return end;
  }

  /** The source line of {@code tree}. */
  int line(Tree tree) {
    long pos = start(tree);
    return pos < 0 ? -1 : (int) unit.getLineMap().getLineNumber(pos);
  }

  /** The text of {@code tree} exactly as written. */
  String original(Tree tree) {
    return source.subSequence((int) start(tree), (int) end(tree)).toString();
  }

  /**
   * The text of a type as written, with C-style array dimensions ({@code int a[]}, where javac's
   * array type tree spans the variable name) moved onto the type.
   */
  String typeText(Tree type) {
    if (type instanceof com.sun.source.tree.ArrayTypeTree) {
      return typeText(((com.sun.source.tree.ArrayTypeTree) type).getType()) + "[]";
    }
    return original(type);
  }

  /** The source text between two positions. */
  String between(long from, long to) {
    return source.subSequence((int) from, (int) to).toString();
  }

  /** Rewrites {@code root}; subtrees in {@code substitutions} are replaced by the given text. */
  Rewritten rewrite(Tree root, Map<Tree, String> substitutions) {
    Scanner scanner = new Scanner(substitutions);
    scanner.scan(root, null);
    List<Edit> edits = scanner.edits;
    // An insertion before a statement sorts before a replacement of that statement.
    edits.sort(Comparator.<Edit>comparingLong(e -> e.start).thenComparingLong(e -> e.end));
    long from = start(root);
    StringBuilder sb = new StringBuilder();
    for (Edit e : edits) {
      LineMarks.appendMarked(sb, source, (int) from, (int) e.start, unit.getLineMap(), file);
      sb.append(e.text);
      from = e.end;
    }
    LineMarks.appendMarked(sb, source, (int) from, (int) end(root), unit.getLineMap(), file);
    return new Rewritten(dedent(sb.toString(), column(root)), scanner.references,
        new ArrayList<>(scanner.snapshots.values()));
  }

  /** The indentation of the source line on which {@code tree} starts. */
  private int column(Tree tree) {
    long pos = start(tree);
    if (pos < 0) {
      return 0;
    }
    int lineStart = (int) unit.getLineMap().getStartPosition(unit.getLineMap().getLineNumber(pos));
    int i = lineStart;
    while (i < pos && source.charAt(i) == ' ') {
      i++;
    }
    return i - lineStart;
  }

  /**
   * Removes the indentation a copied piece of code had in the interface from its second and
   * later lines, so that it lines up in the generated case. Text blocks keep every character.
   */
  static String dedent(String text, int column) {
    if (column <= 0 || text.indexOf('\n') < 0 || text.contains("\"\"\"")) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    StringBuilder sb = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      int strip = 0;
      while (strip < column && strip < line.length() && line.charAt(strip) == ' ') {
        strip++;
      }
      sb.append('\n').append(line, strip, line.length());
    }
    return sb.toString();
  }

  Rewritten rewrite(Tree root) {
    return rewrite(root, Map.of());
  }

  private static final class Edit {
    final long start;
    final long end;
    final String text;

    Edit(long start, long end, String text) {
      this.start = start;
      this.end = end;
      this.text = text;
    }
  }

  private final class Scanner extends TreeScanner<Void, Void> {
    final Map<Tree, String> substitutions;
    final List<Edit> edits = new ArrayList<>();
    final Set<LocalVar> references = new LinkedHashSet<>();
    final Map<LocalVar, String> snapshots = new LinkedHashMap<>();
    final Map<LocalVar, String> snapshotNames = new IdentityHashMap<>();
    /**
     * The statements, directly in a block (outside lambdas and class bodies) of the tree being
     * rewritten, that enclose the current position, innermost first. A snapshot for a lambda is
     * declared just before the innermost one, so that it sees assignments made earlier in the
     * same copied statement; with none, it goes into the preamble before the whole tree.
     */
    final Deque<Tree> anchors = new ArrayDeque<>();
    final Map<Tree, Map<LocalVar, String>> anchoredSnapshots = new IdentityHashMap<>();
    /** Method names declared by enclosing anonymous or local classes: calls to them stay as written. */
    final Deque<Set<String>> classMethods = new ArrayDeque<>();
    int captureDepth;
    int classDepth;

    Scanner(Map<Tree, String> substitutions) {
      this.substitutions = substitutions;
    }

    private void replace(Tree tree, String text) {
      edits.add(new Edit(start(tree), end(tree), text));
    }

    private void insertBefore(Tree tree, String text) {
      long s = start(tree);
      edits.add(new Edit(s, s, text));
    }

    @Override
    public Void scan(Tree tree, Void unused) {
      if (tree == null) {
        return null;
      }
      String sub = substitutions.get(tree);
      if (sub != null) {
        replace(tree, sub);
        return null;
      }
      return super.scan(tree, unused);
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
      String name = node.getName().toString();
      if (name.equals("this")) {
        if (classDepth == 0) {
          replace(node, context.selfName());
        }
        return null;
      }
      LocalVar v = analysis.variable(node);
      if (v != null) {
        if (v.own()) {
          references.add(v);
          replace(node, captureDepth > 0 ? snapshot(v) : v.generatedName());
        } else if (v.origin() == LocalVar.Origin.BINDING || v.origin() == LocalVar.Origin.LOCAL_TYPE) {
          references.add(v);
        }
        return null;
      }
      String qualifier = members.enclosingQualifier(name);
      if (qualifier != null && !inClassMethods(name)) {
        insertBefore(node, qualifier + ".");
      }
      return null;
    }

    private String snapshot(LocalVar v) {
      Tree anchor = anchors.peek();
      if (anchor != null) {
        Map<LocalVar, String> names = anchoredSnapshots.computeIfAbsent(anchor, k -> new IdentityHashMap<>());
        String name = names.get(v);
        if (name == null) {
          name = context.newName(v.name() + "$captured");
          names.put(v, name);
          insertBefore(anchor, "final var " + name + " = " + v.generatedName() + "; ");
        }
        return name;
      }
      String name = snapshotNames.get(v);
      if (name == null) {
        name = context.newName(v.name() + "$captured");
        snapshotNames.put(v, name);
        snapshots.put(v, "final var " + name + " = " + v.generatedName() + ";");
      }
      return name;
    }

    @Override
    public Void visitBlock(com.sun.source.tree.BlockTree node, Void unused) {
      if (captureDepth > 0) {
        return super.visitBlock(node, unused);
      }
      statements(node.getStatements());
      return null;
    }

    @Override
    public Void visitCase(com.sun.source.tree.CaseTree node, Void unused) {
      if (captureDepth > 0 || node.getCaseKind() != com.sun.source.tree.CaseTree.CaseKind.STATEMENT) {
        return super.visitCase(node, unused);
      }
      scan(node.getExpressions(), null);
      statements(node.getStatements());
      return null;
    }

    private void statements(List<? extends com.sun.source.tree.StatementTree> statements) {
      for (com.sun.source.tree.StatementTree st : statements) {
        anchors.push(st);
        try {
          scan(st, null);
        } finally {
          anchors.pop();
        }
      }
    }

    @Override
    public Void visitBindingPattern(com.sun.source.tree.BindingPatternTree node, Void unused) {
      LocalVar v = analysis.declared(node.getVariable());
      if (v != null && captureDepth == 0) {
        references.add(v);
      }
      return super.visitBindingPattern(node, unused);
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree node, Void unused) {
      ExpressionTree qualifier = node.getExpression();
      String id = node.getIdentifier().toString();
      if (qualifier instanceof IdentifierTree || qualifier instanceof MemberSelectTree) {
        String q = qualifier.toString();
        boolean namesInterface = q.equals(members.reference()) || q.equals(members.element().getSimpleName().toString())
            || q.equals(members.element().getQualifiedName().toString());
        if (namesInterface && id.equals("this") && classDepth == 0) {
          replace(node, context.selfName());
          return null;
        }
        if (namesInterface && id.equals("super")) {
          context.error(node, dev.stepwise.processor.Message.SUPER_CALL, q);
          return null;
        }
      }
      return super.visitMemberSelect(node, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
      if (node.getMethodSelect() instanceof IdentifierTree) {
        String name = ((IdentifierTree) node.getMethodSelect()).getName().toString();
        // Inside a class body, Object's methods are the class's own (it inherits them).
        boolean objectMethodOfClass = classDepth > 0 && InterfaceMembers.isObjectMethod(name);
        if (!inClassMethods(name) && !objectMethodOfClass) {
          if (members.isInstanceMethod(name)) {
            insertBefore(node.getMethodSelect(), context.selfName() + ".");
          } else if (members.isStaticMethod(name)) {
            insertBefore(node.getMethodSelect(), members.reference() + ".");
          } else if (members.isPrivateMethod(name)) {
            context.error(node.getMethodSelect(), dev.stepwise.processor.Message.PRIVATE_MEMBER, name);
          } else {
            String qualifier = members.enclosingQualifier(name);
            if (qualifier != null) {
              insertBefore(node.getMethodSelect(), qualifier + ".");
            }
          }
        }
        scan(node.getTypeArguments(), null);
        scan(node.getArguments(), null);
        return null;
      }
      return super.visitMethodInvocation(node, unused);
    }

    private boolean inClassMethods(String name) {
      for (Set<String> names : classMethods) {
        if (names.contains(name)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
      captureDepth++;
      try {
        return super.visitLambdaExpression(node, unused);
      } finally {
        captureDepth--;
      }
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      Set<String> methods = new HashSet<>();
      for (Tree member : node.getMembers()) {
        if (member instanceof MethodTree) {
          methods.add(((MethodTree) member).getName().toString());
        }
      }
      LocalVar localType = analysis.declared(node);
      if (localType != null) {
        references.add(localType);
      }
      classMethods.push(methods);
      captureDepth++;
      classDepth++;
      try {
        return super.visitClass(node, unused);
      } finally {
        classDepth--;
        captureDepth--;
        classMethods.pop();
      }
    }

    @Override
    public Void visitReturn(ReturnTree node, Void unused) {
      if (captureDepth > 0) {
        return super.visitReturn(node, unused);
      }
      String value = context.completionValue(node, this::rewriteNested);
      replace(node, context.returnCode(value));
      return null;
    }

    private String rewriteNested(Tree tree) {
      Rewritten r = SourceRewriter.this.rewrite(tree, substitutions);
      references.addAll(r.references());
      for (String p : r.preamble()) {
        if (anchors.isEmpty()) {
          snapshots.put(LocalVar.synthetic(p, tree), p);
        } else {
          insertBefore(anchors.peek(), p + " ");
        }
      }
      return r.text();
    }

    @Override
    public Void visitYield(com.sun.source.tree.YieldTree node, Void unused) {
      Tree target = analysis.jumpTarget(node);
      if (captureDepth == 0 && target != null && context.yieldTarget(target)) {
        replace(node, context.yieldCode(target, rewriteNested(node.getValue())));
        return null;
      }
      return super.visitYield(node, unused);
    }

    @Override
    public Void visitBreak(BreakTree node, Void unused) {
      jump(node, false);
      return null;
    }

    @Override
    public Void visitContinue(ContinueTree node, Void unused) {
      jump(node, true);
      return null;
    }

    private void jump(Tree node, boolean isContinue) {
      if (captureDepth > 0) {
        return;
      }
      String code = context.jumpCode(analysis.jumpTarget(node), isContinue);
      if (code != null) {
        replace(node, code);
      }
    }
  }
}
