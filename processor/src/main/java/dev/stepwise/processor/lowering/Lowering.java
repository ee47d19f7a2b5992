package dev.stepwise.processor.lowering;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.SourcePositions;
import dev.stepwise.processor.Diagnostics;
import dev.stepwise.processor.analysis.BodyAnalysis;
import dev.stepwise.processor.analysis.Completion;
import dev.stepwise.processor.analysis.InterfaceMembers;
import dev.stepwise.processor.analysis.LocalVar;
import dev.stepwise.processor.analysis.TypeOracle;
import dev.stepwise.processor.model.Kind;
import java.util.ArrayList;
import java.util.List;

/** The lowering pass: turns one analysed body into a {@link LoweredBody}. */
public final class Lowering {
  private Lowering() {}

  /**
   * Lowers the body of {@code analysis.method()}.
   *
   * @param source the compilation unit's text, which copied code is taken from
   */
  public static LoweredBody lower(
      BodyAnalysis analysis,
      InterfaceMembers members,
      Kind kind,
      Diagnostics diagnostics,
      CompilationUnitTree unit,
      CharSequence source,
      SourcePositions positions) {
    LoweringContext cx = new LoweringContext(analysis, members, kind, diagnostics, unit);
    cx.rewriter = new SourceRewriter(unit, source, positions, analysis, members, cx);
    List<LocalVar> own = new ArrayList<>();
    new OwnVariables(analysis).forEach(v -> {
      v.setGeneratedName(cx.variableName(v.name()));
      own.add(v);
    });
    TypeOracle oracle = new TypeOracle(analysis, members);
    StatementLowerer statements =
        new StatementLowerer(cx, new ExpressionLowerer(cx, oracle), new Completion(analysis));
    statements.statement(analysis.method().getBody());
    java.util.Map<LocalVar, com.palantir.javapoet.TypeName> varTypes = new java.util.HashMap<>();
    for (LocalVar v : own) {
      if (v.typeTree() == null && v.declaration() instanceof com.sun.source.tree.VariableTree) {
        com.sun.source.tree.ExpressionTree init = ((com.sun.source.tree.VariableTree) v.declaration()).getInitializer();
        com.palantir.javapoet.TypeName t = init == null ? null : oracle.typeOf(init);
        if (t != null) {
          varTypes.put(v, t);
        }
      }
    }
    return new LoweredBody(cx.listing, own, cx.selfName(), cx.rewriter, analysis.localTypes(), varTypes);
  }
}
