package dev.stepwise.processor.emission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sun.source.tree.VariableTree;
import dev.stepwise.processor.testing.Parsed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Types are printed as the user wrote them, so the generated file resolves them as the interface does. */
class TypeNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "int", "double[]", "String", "java.util.List<String>", "Map.Entry<String, int[]>",
      "List<? extends Number>", "Comparator<? super T>", "List<?>", "Map<String, List<Integer>>[][]"})
  void printsTheWrittenType(String type) {
    Parsed p = Parsed.of("class C<T> { void m() { " + type + " x = null; } }");
    VariableTree v = (VariableTree) p.method("m").getBody().getStatements().get(0);
    assertEquals(type, TypeNames.of(v.getType()).toString());
  }

  @org.junit.jupiter.api.Test
  void aDiamondHasNoWrittenType() {
    Parsed p = Parsed.of("class C { void m() { Object x = new java.util.ArrayList<>(); } }");
    VariableTree v = (VariableTree) p.method("m").getBody().getStatements().get(0);
    assertNull(TypeNames.of(((com.sun.source.tree.NewClassTree) v.getInitializer()).getIdentifier()));
  }
}
