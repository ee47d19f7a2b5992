package dev.stepwise.processor.lowering;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import dev.stepwise.processor.analysis.BodyAnalysis;
import dev.stepwise.processor.analysis.LocalVar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Enumerates, in source order, the variables the lowering manages: parameters first. */
final class OwnVariables {
  private final BodyAnalysis analysis;

  OwnVariables(BodyAnalysis analysis) {
    this.analysis = analysis;
  }

  void forEach(Consumer<LocalVar> action) {
    List<LocalVar> found = new ArrayList<>(analysis.parameters());
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (tree != null) {
          LocalVar v = analysis.declared(tree);
          if (v != null && v.own() && !found.contains(v)) {
            found.add(v);
          }
        }
        return super.scan(tree, unused);
      }
    }.scan(analysis.method().getBody(), null);
    found.forEach(action);
  }
}
