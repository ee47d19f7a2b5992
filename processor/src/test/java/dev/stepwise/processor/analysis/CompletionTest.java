package dev.stepwise.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.source.tree.StatementTree;
import dev.stepwise.processor.testing.Parsed;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JLS 14.22 "can complete normally", which decides where copied statements may be followed by code. */
class CompletionTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "f();                                                  | true",
      "return Gen.done();                                    | false",
      "throw new RuntimeException();                         | false",
      "while (true) { f(); }                                 | false",
      "while ((true)) { if (c()) break; }                    | true",
      "while (c()) { return Gen.done(); }                    | true",
      "for (;;) { f(); }                                     | false",
      "do { f(); } while (true);                             | false",
      "if (c()) { return Gen.done(); } else { throw new RuntimeException(); } | false",
      "if (c()) { return Gen.done(); }                       | true",
      "{ f(); return Gen.done(); }                           | false",
      "l: { if (c()) break l; return Gen.done(); }           | true",
      "try { return Gen.done(); } finally { f(); }           | false",
      "try { f(); } finally { throw new RuntimeException(); } | false",
      "try { return Gen.done(); } catch (RuntimeException e) { f(); } | true",
      "switch (n) { case 1: return Gen.done(); default: throw new RuntimeException(); } | false",
      "switch (n) { case 1: return Gen.done(); }             | true",
      "switch (n) { case 1 -> throw new RuntimeException(); default -> { return Gen.done(); } } | false",
      "switch (n) { case 1 -> f(); default -> { return Gen.done(); } } | true",
  })
  void followsJls1422(String statement, boolean completes) {
    Parsed p = Parsed.of("import dev.stepwise.*;",
        "interface I { default Gen<Integer, Void, Void> m(int n) {", statement, "} void f(); boolean c(); }");
    BodyAnalysis a = BodyAnalysis.of(p.method("m"), new KeywordResolver(p.unit(), p.elements(), Set.of(), Set.of()));
    List<? extends StatementTree> s = p.method("m").getBody().getStatements();
    assertEquals(completes, new Completion(a).canCompleteNormally(s.get(0)), statement);
  }
}
