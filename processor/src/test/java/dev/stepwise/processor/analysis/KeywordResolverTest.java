package dev.stepwise.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreeScanner;
import dev.stepwise.processor.model.Keyword;
import dev.stepwise.processor.testing.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keywords are recognised through the imports that make the name mean the runtime class, only. */
class KeywordResolverTest {

  /** The keyword (or null) of every call in method {@code m}, in source order. */
  private static List<Keyword> resolve(Set<String> ifaceMethods, String... lines) {
    Parsed p = Parsed.of(lines);
    KeywordResolver r = new KeywordResolver(p.unit(), p.elements(), ifaceMethods, Set.of());
    List<Keyword> found = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        super.visitMethodInvocation(node, unused);
        found.add(r.resolve(node));
        return null;
      }
    }.scan(p.method("m"), null);
    return found;
  }

  @Test
  void importedClassName() {
    // Calls are listed innermost first: the m() inside Yield.from(m()) is an ordinary call.
    assertEquals(java.util.Arrays.asList(Keyword.YIELD_VALUE, null, Keyword.YIELD_FROM, Keyword.GEN_DONE),
        resolve(Set.of(),
            "import dev.stepwise.Gen;",
            "import dev.stepwise.Yield;",
            "interface I { default Gen<Integer, Void, Void> m() { Yield.value(1); Yield.from(m()); return Gen.done(); } }"));
  }

  @Test
  void qualifiedNameWithoutImport() {
    List<Keyword> k = resolve(Set.of(),
        "interface I { default void m() { dev.stepwise.Yield.value(1); dev.stepwise.Async.await(null); } }");
    assertEquals(List.of(Keyword.YIELD_VALUE, Keyword.AWAIT), k);
  }

  @Test
  void staticImportsSingleAndOnDemand() {
    assertEquals(List.of(Keyword.AWAIT, Keyword.YIELD_VALUE),
        resolve(Set.of(),
            "import static dev.stepwise.Async.await;",
            "import static dev.stepwise.Yield.*;",
            "interface I { default void m() { await(null); value(2); } }"));
  }

  @Test
  void onDemandImportOfTheRuntimePackage() {
    assertEquals(List.of(Keyword.YIELD_VALUE),
        resolve(Set.of(), "import dev.stepwise.*;", "interface I { default void m() { Yield.value(1); } }"));
  }

  @Test
  void bareNamesWithoutTheImportAreOrdinaryCalls() {
    List<Keyword> k = resolve(Set.of(), "interface I { default void m() { Yield.value(1); await(2); } }");
    assertNull(k.get(0));
    assertNull(k.get(1));
  }

  @Test
  void anotherClassNamedYieldIsNotTheKeyword() {
    List<Keyword> k = resolve(Set.of(),
        "import com.example.Yield;",
        "import static com.example.Async.await;",
        "interface I { default void m() { Yield.value(1); await(2); } }");
    assertNull(k.get(0));
    assertNull(k.get(1));
  }

  @Test
  void anInterfaceMethodShadowsAStaticImport() {
    List<Keyword> k = resolve(Set.of("await"),
        "import static dev.stepwise.Async.await;",
        "interface I { default void m() { await(2); } }");
    assertNull(k.get(0));
  }
}
