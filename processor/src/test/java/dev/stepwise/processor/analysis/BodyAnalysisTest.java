package dev.stepwise.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreeScanner;
import dev.stepwise.processor.testing.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The analysis pass: suspension containment, variables and jump targets, from syntax alone. */
class BodyAnalysisTest {
  private static final String[] HEADER = {"import dev.stepwise.*;"};

  private static Parsed parse(String body) {
    return Parsed.of(HEADER[0], "interface I { default Gen<Integer, Integer, Void> m(int n) {", body, "} }");
  }

  private static BodyAnalysis analyse(Parsed p) {
    return BodyAnalysis.of(p.method("m"), new KeywordResolver(p.unit(), p.elements(), Set.of("m"), Set.of()));
  }

  private static <T extends Tree> List<T> all(Tree root, Class<T> type) {
    List<T> found = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (type.isInstance(tree)) {
          found.add(type.cast(tree));
        }
        return super.scan(tree, unused);
      }
    }.scan(root, null);
    return found;
  }

  @Test
  void suspensionContainmentStopsAtLambdasAndClasses() {
    Parsed p = parse(String.join("\n",
        "int a = 1;",
        "if (a > 0) { Yield.value(a); }",
        "Runnable r = () -> Yield.value(2);",
        "Object o = new Object() { void f() { Yield.value(3); } };",
        "return Gen.done();"));
    BodyAnalysis a = analyse(p);
    List<? extends StatementTree> s = p.method("m").getBody().getStatements();
    assertFalse(a.suspends(s.get(0)));
    assertTrue(a.suspends(s.get(1)));
    assertFalse(a.suspends(s.get(2)), "a keyword in a lambda does not suspend the body");
    assertFalse(a.suspends(s.get(3)), "nor does one in an anonymous class");
    assertFalse(a.suspends(s.get(4)), "Gen.done is a completion marker, not a suspension");
    assertTrue(a.suspends(p.method("m").getBody()));
  }

  @Test
  void variablesOfExplodedBlocksAreOwnAndOthersAreNot() {
    Parsed p = parse(String.join("\n",
        "int total = 0;",
        "for (int i = 0; i < n; i++) { int inner = i; total += inner; }",
        "while (total > 0) { int step = Yield.value(total); total -= step; }",
        "return Gen.done();"));
    BodyAnalysis a = analyse(p);
    MethodTree m = p.method("m");
    List<VariableTree> vars = all(m.getBody(), VariableTree.class);
    assertTrue(a.declared(vars.get(0)).own(), "total is declared directly in the exploded body");
    assertFalse(a.declared(vars.get(1)).own(), "i belongs to a loop copied as written");
    assertFalse(a.declared(vars.get(2)).own(), "inner too");
    assertTrue(a.declared(vars.get(3)).own(), "step is in an exploded loop body");
    assertTrue(a.declared(vars.get(0)).reassigned());
    assertFalse(a.declared(vars.get(3)).reassigned());
    assertEquals("n", a.parameters().get(0).name());
  }

  @Test
  void identifiersBindToTheInnermostDeclaration() {
    Parsed p = parse(String.join("\n",
        "{ int x = 1; Yield.value(x); }",
        "{ String x = \"s\"; Yield.value(x); }",
        "return Gen.done();"));
    BodyAnalysis a = analyse(p);
    List<VariableTree> vars = all(p.method("m").getBody(), VariableTree.class);
    List<IdentifierTree> xs = new ArrayList<>();
    for (IdentifierTree id : all(p.method("m").getBody(), IdentifierTree.class)) {
      if (id.getName().contentEquals("x")) {
        xs.add(id);
      }
    }
    assertSame(a.declared(vars.get(0)), a.variable(xs.get(0)));
    assertSame(a.declared(vars.get(1)), a.variable(xs.get(1)));
  }

  @Test
  void jumpTargetsFollowLabelsAndLoops() {
    Parsed p = parse(String.join("\n",
        "outer:",
        "while (true) {",
        "  while (n > 0) { if (n == 3) break outer; if (n == 2) continue outer; break; }",
        "  Yield.value(1);",
        "}"));
    BodyAnalysis a = analyse(p);
    BlockTree body = p.method("m").getBody();
    LabeledStatementTree outer = (LabeledStatementTree) body.getStatements().get(0);
    WhileLoopTree outerLoop = (WhileLoopTree) outer.getStatement();
    WhileLoopTree innerLoop = all(outerLoop.getStatement(), WhileLoopTree.class).get(0);
    List<BreakTree> breaks = all(body, BreakTree.class);
    assertSame(outer, a.jumpTarget(breaks.get(0)), "break outer leaves the labeled statement");
    assertSame(innerLoop, a.jumpTarget(breaks.get(1)), "an unlabeled break leaves the innermost loop");
    ContinueTree cont = all(body, ContinueTree.class).get(0);
    assertSame(outerLoop, a.jumpTarget(cont), "continue outer continues the labeled loop");
    assertNotNull(a.identifiers());
    assertTrue(a.identifiers().contains("n"));
  }
}
