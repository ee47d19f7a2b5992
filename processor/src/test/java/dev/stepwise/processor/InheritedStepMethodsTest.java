package dev.stepwise.processor;

import static dev.stepwise.processor.Harness.assertClean;
import static dev.stepwise.processor.Harness.compile;
import static dev.stepwise.processor.Harness.drain;
import static dev.stepwise.processor.Harness.invoke;
import static dev.stepwise.processor.Harness.loader;
import static dev.stepwise.processor.Harness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A subinterface's Steps class serves the step methods it inherits with the state machines
 * generated for the interface that declares them, so inherited generators run transformed.
 */
class InheritedStepMethodsTest {

  @Test
  void anInheritedGeneratorRunsItsStateMachine() throws Exception {
    Compilation c = compile(
        source("test.Base",
            "package test;",
            "import dev.stepwise.*;",
            "import dev.stepwise.annotations.Generator;",
            "@Generator",
            "public interface Base {",
            "  default String label() { return \"base\"; }",
            "  default Gen<String, Void, Integer> count(int n) {",
            "    for (int i = 0; i < n; i++) { Yield.value(label() + i); }",
            "    return Gen.done(n);",
            "  }",
            "}"),
        source("test.Child",
            "package test;",
            "import dev.stepwise.*;",
            "import dev.stepwise.annotations.Generator;",
            "@Generator",
            "public interface Child extends Base {",
            "  @Override default String label() { return \"child\"; }",
            "  default Gen<String, Void, Integer> twice() {",
            "    int a = Yield.from(count(1));",
            "    int b = Yield.from(count(2));",
            "    return Gen.done(a + b);",
            "  }",
            "}"));
    assertClean(c);
    ClassLoader l = loader(c);
    assertEquals(List.of("child0", "return=1"), drain(invoke(l, "test.ChildSteps", "count", 1)),
        "the inherited generator is transformed and dispatches label() on the child");
    assertEquals(List.of("child0", "child0", "child1", "return=3"), drain(invoke(l, "test.ChildSteps", "twice")));
    assertEquals(List.of("base0", "base1", "return=2"), drain(invoke(l, "test.BaseSteps", "count", 2)));
  }

  @Test
  void aSubinterfaceOfAGenericInterfaceGetsTheSubstitutedTypes() throws Exception {
    Compilation c = compile(
        source("test.Source",
            "package test;",
            "import dev.stepwise.*;",
            "import dev.stepwise.annotations.Generator;",
            "@Generator",
            "public interface Source<T> {",
            "  default Gen<T, Void, Void> repeat(T item, int times) {",
            "    for (int i = 0; i < times; i++) { Yield.value(item); }",
            "    return Gen.done();",
            "  }",
            "}"),
        source("test.Words",
            "package test;",
            "import dev.stepwise.annotations.Generator;",
            "@Generator",
            "public interface Words extends Source<String> {}"));
    assertClean(c);
    assertEquals(List.of("w", "w", "return=null"), drain(invoke(loader(c), "test.WordsSteps", "repeat", "w", 2)));
  }
}
