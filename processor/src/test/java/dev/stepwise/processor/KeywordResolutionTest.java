package dev.stepwise.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.stepwise.processor.Harness.assertClean;
import static dev.stepwise.processor.Harness.compile;
import static dev.stepwise.processor.Harness.drain;
import static dev.stepwise.processor.Harness.invoke;
import static dev.stepwise.processor.Harness.loader;
import static dev.stepwise.processor.Harness.source;

import com.google.testing.compile.Compilation;
import dev.stepwise.Gen;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Correct code gets no diagnostic: realistic bodies, every way of naming a keyword, Java's own
 * {@code yield} statement, and names that only look like keywords. Each is also run.
 */
class KeywordResolutionTest {
  private static Compilation clean(JavaFileObject... sources) {
    Compilation c = compile(sources);
    assertThat(c.errors()).isEmpty();
    assertClean(c);
    return c;
  }

  @Test
  void realisticBodies() throws Exception {
    Compilation c = clean(source("test.Pipeline", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;
        import java.util.ArrayList;
        import java.util.List;

        @Generator
        public interface Pipeline {
          default Gen<Double, Double, Void> averager() {
            double total = 0.0;
            int count = 0;
            Double average = null;
            while (true) {
              double term = Yield.value(average);
              total += term;
              count += 1;
              average = total / count;
            }
          }

          default Gen<String, Void, Integer> lines(List<String> input) {
            int emitted = 0;
            for (String line : input) {
              if (line.isBlank()) {
                continue;
              }
              try {
                Yield.value(line.trim());
                emitted++;
              } finally {
                System.out.print("");
              }
            }
            return Gen.done(emitted);
          }

          default Gen<String, Void, List<Integer>> outer(List<String> input) {
            List<Integer> counts = new ArrayList<>();
            Integer n = Yield.from(lines(input));
            counts.add(n);
            Yield.value("end");
            return Gen.done(counts);
          }
        }
        """));
    ClassLoader l = loader(c);
    @SuppressWarnings("unchecked")
    Gen<Double, Double, Void> avg = (Gen<Double, Double, Void>) invoke(l, "test.PipelineSteps", "averager");
    assertThat(avg.next()).isNull();
    assertThat(avg.send(10.0)).isEqualTo(10.0);
    assertThat(avg.send(20.0)).isEqualTo(15.0);
    assertThat(drain(invoke(l, "test.PipelineSteps", "outer", java.util.List.of(" a", "", "b ")))).containsExactly("a", "b", "end", "return=[2]").inOrder();
  }

  @Test
  void staticImportAndQualifiedNames() throws Exception {
    Compilation c = clean(source("test.Names", """
        package test;

        import static dev.stepwise.Yield.value;

        import dev.stepwise.Gen;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Names {
          default Gen<Integer, Integer, Void> g() {
            value(1);
            dev.stepwise.Yield.value(2);
            Integer sent = dev.stepwise.Yield.<Integer>value(3);
            value(sent == null ? -1 : sent);
            dev.stepwise.Yield.from(java.util.List.of(4, 5));
            return dev.stepwise.Gen.done();
          }
        }
        """));
    assertThat(drain(invoke(loader(c), "test.NamesSteps", "g"))).containsExactly(1, 2, 3, -1, 4, 5, "return=null").inOrder();
  }

  @Test
  void onDemandImportOfTheRuntimePackage() throws Exception {
    Compilation c = clean(source("test.OnDemand", """
        package test;

        import dev.stepwise.*;
        import dev.stepwise.annotations.*;

        @Generator
        interface OnDemand {
          default Gen<Integer, Void, Void> g() {
            Yield.value(1);
            Yield.from(java.util.List.of(2));
            return Gen.done();
          }
        }
        """));
    assertThat(drain(invoke(loader(c), "test.OnDemandSteps", "g"))).containsExactly(1, 2, "return=null").inOrder();
  }

  @Test
  void javasOwnYieldInASwitchExpressionIsLeftAlone() throws Exception {
    Compilation c = clean(source("test.Switches", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Switches {
          default Gen<Integer, Void, Void> g(int k) {
            for (int i = 0; i < 3; i++) {
              int r = switch (k + i) {
                case 1:
                  yield 10;
                case 2: {
                  int doubled = (k + i) * 2;
                  yield doubled * 10;
                }
                default:
                  yield -1;
              };
              Yield.value(r);
              String s = switch (i) {
                case 0 -> "zero";
                default -> {
                  String t = "i" + i;
                  yield t;
                }
              };
              Yield.value(s.length());
            }
            return Gen.done();
          }
        }
        """));
    assertThat(drain(invoke(loader(c), "test.SwitchesSteps", "g", 1))).containsExactly(10, 4, 40, 2, -1, 2, "return=null").inOrder();
  }

  @Test
  void aClassNamedYieldInTheUsersPackageIsNotTheKeyword() throws Exception {
    JavaFileObject userYield = source("test.Yield", """
        package test;

        /** The user's own class, which happens to be called Yield. */
        public final class Yield {
          private Yield() {}

          public static int value(int x) {
            return x * 2;
          }
        }
        """);
    JavaFileObject plain = source("test.Plain", """
        package test;

        import dev.stepwise.*;

        class Plain {
          static int twice(int x) {
            return Yield.value(x);
          }
        }
        """);
    JavaFileObject generator = source("test.Mixed", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Mixed {
          default Gen<Integer, Void, Void> g() {
            int doubled = Yield.value(3);
            dev.stepwise.Yield.value(doubled);
            dev.stepwise.Yield.value(Yield.value(doubled));
            return Gen.done();
          }
        }
        """);
    Compilation c = clean(userYield, plain, generator);
    assertThat(drain(invoke(loader(c), "test.MixedSteps", "g"))).containsExactly(6, 12, "return=null").inOrder();
  }

  @Test
  void anInterfaceMethodNamedLikeAKeywordShadowsTheStaticImport() throws Exception {
    Compilation c = clean(source("test.Shadowing", """
        package test;

        import static dev.stepwise.Yield.value;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Shadowing {
          default int value(int x) {
            return x + 100;
          }

          default Gen<Integer, Void, Void> g() {
            int v = value(1);
            Yield.value(v);
            Yield.value(value(2));
            return Gen.done();
          }
        }
        """));
    assertThat(drain(invoke(loader(c), "test.ShadowingSteps", "g"))).containsExactly(101, 102, "return=null").inOrder();
  }

  @Test
  void aClassMethodNamedLikeAKeywordShadowsTheStaticImportOutsideBodies() {
    clean(source("test.Helper", """
        package test;

        import static dev.stepwise.Yield.value;

        class Helper {
          int value(int x) {
            return x;
          }

          int use() {
            return value(1);
          }

          static class Nested {
            static int value(String s) {
              return s.length();
            }

            int use() {
              return value("abc") + new Object() {
                int twice() {
                  return value("x") * 2;
                }
              }.twice();
            }
          }
        }
        """));
  }

  @Test
  void anAnonymousClassMethodNamedLikeAKeywordShadowsTheStaticImportInABody() throws Exception {
    Compilation c = clean(source("test.Anonymous", """
        package test;

        import static dev.stepwise.Yield.value;

        import dev.stepwise.Gen;
        import dev.stepwise.annotations.Generator;
        import java.util.function.IntSupplier;

        @Generator
        interface Anonymous {
          default Gen<Integer, Void, Void> g() {
            IntSupplier s = new IntSupplier() {
              int value(int x) {
                return x * 3;
              }

              @Override
              public int getAsInt() {
                return value(5);
              }
            };
            value(s.getAsInt());
            return Gen.done();
          }
        }
        """));
    assertThat(drain(invoke(loader(c), "test.AnonymousSteps", "g"))).containsExactly(15, "return=null").inOrder();
  }

  @Test
  void keywordsNamedInStringsAndCommentsAreText() throws Exception {
    Compilation c = clean(source("test.Texts", """
        package test;

        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;

        @Generator
        interface Texts {
          /** Calls Yield.value(x) once; Async.await(y) would be wrong here. */
          default Gen<String, Void, Void> g() {
            // Yield.value("not this one");
            Yield.value("Yield.value(1) /* await(x) */");
            return Gen.done();
          }
        }
        """));
    assertThat(drain(invoke(loader(c), "test.TextsSteps", "g"))).containsExactly("Yield.value(1) /* await(x) */", "return=null").inOrder();
  }
}
