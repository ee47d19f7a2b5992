package dev.stepwise.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and unusual inputs. Each either compiles, and then every generator it declares is run
 * as the generated state machine and through the reference executor (the untransformed body) and
 * the two must behave alike; or fails with diagnostics. Never with a processor crash: javac's
 * "threw an uncaught exception", a stack trace, or our {@code [StepwiseInternal]} tag.
 */
class RobustnessCorpusTest {
  private static final String HEADER = String.join("\n",
      "package test;",
      "import dev.stepwise.*;",
      "import dev.stepwise.annotations.*;",
      "import java.util.*;",
      "");

  /** One input: its sources, whether it compiles, and the generator calls to compare. */
  static final class Case {
    final String name;
    final List<JavaFileObject> sources = new ArrayList<>();
    final List<Run> runs = new ArrayList<>();
    boolean compiles = true;
    String instanceClass;
    boolean abstractSteps;
    String errorContaining;

    Case(String name) {
      this.name = name;
    }

    /** A file in package {@code test} (the header is added) holding type {@code simpleName}. */
    Case file(String simpleName, String body) {
      sources.add(Harness.source("test." + simpleName, HEADER + body));
      return this;
    }

    /** A file with exactly this text. */
    Case rawFile(String fqn, String text) {
      sources.add(Harness.source(fqn, text));
      return this;
    }

    /** Compares {@code method(args)} of the generated Steps class, sending {@code sends} after the first step. */
    Case run(String stepsClass, String method, List<?> sends, Object... args) {
      runs.add(new Run(stepsClass, method, sends, args));
      return this;
    }

    Case run(String stepsClass, String method, Object... args) {
      return run(stepsClass, method, List.of(), args);
    }

    Case fails() {
      compiles = false;
      return this;
    }

    Case failsWith(String message) {
      compiles = false;
      errorContaining = message;
      return this;
    }

    /** The generated class is abstract; {@code implClass} (in the sources) extends it. */
    Case abstractSteps(String implClass) {
      abstractSteps = true;
      instanceClass = implClass;
      return this;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final class Run {
    final String stepsClass;
    final String method;
    final List<?> sends;
    final Object[] args;

    Run(String stepsClass, String method, List<?> sends, Object[] args) {
      this.stepsClass = stepsClass;
      this.method = method;
      this.sends = sends;
      this.args = args;
    }
  }

  static List<Case> cases() {
    List<Case> all = new ArrayList<>();

    // --- Broken inputs: javac's errors, never ours crashing -------------------------------------
    all.add(new Case("syntax error in a body").fails().file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
            Yield.value(1)
            return Gen.done();
          }
        }
        """));
    all.add(new Case("unbalanced braces").fails().file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
            if (true) {
              Yield.value(1);
            return Gen.done();
          }
        """));
    all.add(new Case("unresolvable type in a body").fails().file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
            Missing m = new Missing();
            Yield.value(1);
            m.go();
            return Gen.done();
          }
        }
        """));
    all.add(new Case("unresolvable type argument of Gen").fails().file("C", """
        @Generator interface C {
          default Gen<Missing, Void, Void> g() {
            Yield.value(1);
            return Gen.done();
          }
        }
        """));
    all.add(new Case("unresolvable import and parameter type").fails().rawFile("test.C", HEADER.replace("import java.util.*;", "import does.not.Exist;") + """
        @Generator interface C {
          default Gen<Integer, Void, Void> g(Exist e) {
            Yield.value(1);
            Yield.value(e.hashCode());
            return Gen.done();
          }
        }
        """));
    all.add(new Case("empty body").fails().file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
          }
        }
        """));
    all.add(new Case("unreachable code after an infinite loop").fails().file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
            while (true) {
              Yield.value(1);
            }
            System.out.println("never");
          }
        }
        """));
    all.add(new Case("Gen.done with two arguments").fails().file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
            Yield.value(1);
            return Gen.done(2, 3);
          }
        }
        """));
    all.add(new Case("Yield.from without an argument").fails().file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
            Yield.from();
            return Gen.done();
          }
        }
        """));
    all.add(new Case("undefined variable in a yield").fails().file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
            Yield.value(undefinedName);
            Yield.value(2);
            return Gen.done();
          }
        }
        """));
    all.add(new Case("Java's yield statement outside a switch").fails().file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
            Yield.value(1);
            yield 2;
          }
        }
        """));
    all.add(new Case("annotation type not imported").fails().rawFile("test.C", """
        package test;
        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
            Yield.value(1);
            return Gen.done();
          }
        }
        """));
    all.add(new Case("cyclic interface inheritance").fails().file("C", """
        @Generator interface C extends D {
          default Gen<Integer, Void, Void> g() {
            Yield.value(1);
            return Gen.done();
          }
        }
        interface D extends C {}
        """));
    all.add(new Case("Steps name already taken").failsWith("[StepwiseStepsNameTaken]").file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
            Yield.value(1);
            return Gen.done();
          }
        }
        class CSteps {}
        """));
    all.add(new Case("a generator interface used as a Gen").fails().file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
            Yield.value(1);
            Gen<Integer, Void, Void> self = this;
            return Gen.done();
          }
        }
        """));

    // --- Unusual inputs that compile and must behave like the original body --------------------
    all.add(new Case("no yield at all").file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Integer> g() {
            int x = 2 + 3;
            return Gen.done(x);
          }
          default Gen<Integer, Void, Void> h() {
            return Gen.done();
          }
        }
        """).run("test.CSteps", "g").run("test.CSteps", "h"));
    all.add(new Case("a body that only throws").file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
            throw new IllegalStateException("only throws");
          }
          default Gen<Integer, Void, Void> h() {
            Yield.value(1);
            throw new UnsupportedOperationException("after one");
          }
        }
        """).run("test.CSteps", "g").run("test.CSteps", "h"));
    all.add(new Case("deeply nested blocks").file("C", "@Generator interface C {\n"
        + "  default Gen<Integer, Void, Void> g(int n) {\n"
        + "    int depth = 0;\n"
        + nested(40)
        + "    return Gen.done();\n  }\n}\n").run("test.CSteps", "g", 1).run("test.CSteps", "g", 30));
    all.add(new Case("huge switch").file("C", "@Generator interface C {\n"
        + "  default Gen<Integer, Void, Void> g(int k) {\n"
        + "    switch (k) {\n"
        + IntStream.range(0, 300).mapToObj(i -> "      case " + i + ": Yield.value(" + (i * 7) + ");"
            + (i % 3 == 0 ? " break;" : "") + "\n").collect(Collectors.joining())
        + "      default: Yield.value(-1);\n"
        + "    }\n"
        + "    return Gen.done();\n  }\n}\n")
        .run("test.CSteps", "g", 0).run("test.CSteps", "g", 298).run("test.CSteps", "g", 150).run("test.CSteps", "g", 1000));
    all.add(new Case("generic method with bounds, and varargs").file("C", """
        @Generator interface C {
          default <T extends Comparable<T>> Gen<T, Void, T> max(List<T> xs) {
            T best = null;
            for (T x : xs) {
              if (best == null || x.compareTo(best) > 0) {
                best = x;
                Yield.value(best);
              }
            }
            return Gen.done(best);
          }
          default Gen<Integer, Void, Integer> each(int... xs) {
            int sum = 0;
            for (int x : xs) {
              sum += x;
              Yield.value(x);
            }
            return Gen.done(sum);
          }
        }
        """).run("test.CSteps", "max", List.of(), List.of(3, 1, 4, 1, 5, 9, 2, 6)).run("test.CSteps", "each", (Object) new int[] {4, 5, 6}));
    all.add(new Case("nested interface using the outer class's static members").file("Outer", """
        class Outer {
          static final int OPEN = 3;
          static int open() { return 4; }
          static class Helper { static int twice(int x) { return 2 * x; } }
          @Generator interface Inner {
            default Gen<Integer, Void, Void> g() {
              Yield.value(OPEN);
              Yield.value(open());
              Yield.value(Helper.twice(open()));
              return Gen.done();
            }
          }
        }
        """).run("test.Outer_InnerSteps", "g"));
    all.add(new Case("generic interface with abstract methods: abstract Steps").abstractSteps("test.Impl").file("C", """
        @Generator interface C<E extends Number> {
          E scale(E e);
          default Gen<E, Void, Void> scaled(List<E> xs) {
            for (E x : xs) {
              Yield.value(scale(x));
            }
            return Gen.done();
          }
        }
        class Impl extends CSteps<Integer> {
          public Impl() {}
          @Override public Integer scale(Integer e) { return e * 10; }
        }
        """).run("test.CSteps", "scaled", List.of(), List.of(1, 2, 3)));
    all.add(new Case("labeled blocks and labeled loops").file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g(boolean b) {
            outer: {
              Yield.value(1);
              if (b) break outer;
              Yield.value(2);
            }
            loop: for (int i = 0; i < 3; i++) {
              for (int j = 0; j < 3; j++) {
                if (j == 1) continue loop;
                if (i == 2) break loop;
                Yield.value(10 * i + j);
              }
            }
            return Gen.done();
          }
        }
        """).run("test.CSteps", "g", true).run("test.CSteps", "g", false));
    all.add(new Case("code after a loop left by break").file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g(int n) {
            int i = 0;
            while (true) {
              if (i >= n) break;
              Yield.value(i++);
            }
            Yield.value(-1);
            do {
              Yield.value(i--);
            } while (i > n - 2);
            return Gen.done();
          }
        }
        """).run("test.CSteps", "g", 3));
    all.add(new Case("unicode identifiers and escapes").file("C", """
        @Generator interface C {
          default Gen<Integer, Void, String> g() {
            int größe = 3;
            Yield.value(größe);
            String 名前 = "x\\u0041";
            Yield.value(名前.length() + größe);
            return Gen.done(名前);
          }
        }
        """).run("test.CSteps", "g"));
    all.add(new Case("text block and Yield.value()").file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
            Yield.value(1);
            String s = \"""
                text block
                \""";
            Yield.value(s.length());
            Yield.value();
            return Gen.done();
          }
        }
        """).run("test.CSteps", "g"));
    all.add(new Case("enum and string switches, fall-through and arrows").file("C", """
        @Generator interface C {
          enum Color { RED, GREEN, BLUE }
          default Gen<String, Void, Void> g(Color c, String s) {
            switch (c) {
              case RED: Yield.value("r");
              case GREEN: Yield.value("g"); break;
              default: Yield.value("other");
            }
            switch (s) {
              case "a" -> Yield.value("A");
              case "b" -> { Yield.value("B"); Yield.value("B2"); }
              default -> Yield.value("?");
            }
            return Gen.done();
          }
        }
        """).run("test.CSteps", "g", enumArg("RED"), "b").run("test.CSteps", "g", enumArg("BLUE"), "z"));
    all.add(new Case("checked exception, catch and finally that yield").file("C", """
        @Generator interface C {
          default Gen<Integer, Void, String> g(boolean fail) throws java.io.IOException {
            StringBuilder log = new StringBuilder();
            try {
              Yield.value(1);
              if (fail) throw new java.io.IOException("io");
            } catch (java.io.IOException e) {
              log.append("caught ");
              Yield.value(2);
            } finally {
              log.append("finally");
              Yield.value(3);
            }
            return Gen.done(log.toString());
          }
        }
        """).run("test.CSteps", "g", true).run("test.CSteps", "g", false));
    all.add(new Case("recursive delegation").file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> count(int n) {
            if (n > 0) {
              Yield.from(count(n - 1));
              Yield.value(n);
            }
            return Gen.done();
          }
        }
        """).run("test.CSteps", "count", 4));
    all.add(new Case("overloaded generator methods").file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
            Yield.value(1);
            return Gen.done();
          }
          default Gen<Integer, Void, Void> g(int x) {
            Yield.value(x);
            Yield.from(g());
            return Gen.done();
          }
        }
        """).run("test.CSteps", "g").run("test.CSteps", "g", 7));
    all.add(new Case("user names that look generated").file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g(int self, int state) {
            int $state = 1;
            int $resume = 2;
            int $sent = 3;
            int INSTANCE = 4;
            Yield.value(self + state);
            Yield.value($state + $resume + $sent + INSTANCE);
            return Gen.done();
          }
        }
        """).run("test.CSteps", "g", 10, 20));
    all.add(new Case("generator in the unnamed package").rawFile("C", """
        import dev.stepwise.Gen;
        import dev.stepwise.Yield;
        import dev.stepwise.annotations.Generator;
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
            Yield.value(1);
            return Gen.done();
          }
        }
        """).run("CSteps", "g"));
    all.add(new Case("lambdas capturing locals across a suspension").file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g(int n) {
            java.util.function.IntSupplier s = () -> n * 2;
            int k = n;
            Yield.value(1);
            List<java.util.function.IntSupplier> later = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
              int captured = i + k;
              later.add(() -> captured);
              Yield.value(i);
            }
            for (java.util.function.IntSupplier f : later) {
              Yield.value(f.getAsInt());
            }
            Yield.value(s.getAsInt());
            return Gen.done();
          }
        }
        """).run("test.CSteps", "g", 5));
    all.add(new Case("this passed around").file("C", """
        @Generator interface C {
          default String describe() { return "C"; }
          default Gen<Object, Void, Void> g() {
            Yield.value(this.describe());
            Yield.value(C.this.describe());
            java.util.function.Supplier<String> s = () -> describe();
            Yield.value(s.get());
            return Gen.done();
          }
        }
        """).run("test.CSteps", "g"));
    all.add(new Case("generator interfaces extending each other").file("C", """
        interface Base {
          @Generator
          default Gen<Integer, Void, Void> base() {
            Yield.value(1);
            return Gen.done();
          }
          default int helper() { return 2; }
        }
        @Generator interface C extends Base {
          default Gen<Integer, Void, Void> derived() {
            Yield.from(List.of(0));
            Yield.value(helper());
            return Gen.done();
          }
        }
        """).run("test.CSteps", "derived").run("test.BaseSteps", "base"));
    all.add(new Case("string concatenation around suspensions").file("C", """
        @Generator interface C {
          default Gen<String, String, String> g(int a) {
            String r = "a" + a + Yield.value("mid") + "z";
            Yield.value(r);
            return Gen.done(r);
          }
        }
        """).run("test.CSteps", "g", List.of("S", "T"), 1));
    all.add(new Case("try-with-resources with two resources").file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g() throws Exception {
            try (java.io.StringReader r = new java.io.StringReader("ab"); java.io.StringReader q = new java.io.StringReader("c")) {
              Yield.value(r.read());
              Yield.value(q.read());
            }
            return Gen.done();
          }
        }
        """).run("test.CSteps", "g"));
    all.add(new Case("averager receiving sent values").file("C", """
        @Generator interface C {
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
        }
        """).run("test.CSteps", "averager", List.of(10.0, 20.0, 60.0)));
    all.add(new Case("Java's yield in a switch expression inside a lambda").file("C", """
        @Generator interface C {
          default Gen<Integer, Void, Void> g() {
            java.util.function.IntUnaryOperator f = k -> switch (k) {
              case 0: yield 100;
              default: { int t = k * 3; yield t; }
            };
            Yield.value(f.applyAsInt(0));
            Yield.value(f.applyAsInt(5));
            return Gen.done();
          }
        }
        """).run("test.CSteps", "g"));
    all.add(new Case("interface constants and static helpers").file("C", """
        @Generator interface C {
          int LIMIT = 3;
          static int square(int x) { return x * x; }
          default Gen<Integer, Void, Void> g() {
            for (int i = 0; i < LIMIT; i++) {
              switch (i) {
                case LIMIT - 1: Yield.value(-square(i)); break;
                default: Yield.value(square(i));
              }
            }
            return Gen.done();
          }
        }
        """).run("test.CSteps", "g"));
    return all;
  }

  /** A marker for an argument that is the constant {@code name} of the case's enum {@code C.Color}. */
  private static Object enumArg(String name) {
    return new EnumArg(name);
  }

  private static final class EnumArg {
    final String name;

    EnumArg(String name) {
      this.name = name;
    }
  }

  private static String nested(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append("    if (n > ").append(i).append(") {\n      depth++;\n      Yield.value(depth);\n");
    }
    sb.append("    Yield.value(-depth);\n");
    for (int i = 0; i < depth; i++) {
      sb.append("    }\n");
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void neverCrashes(Case c) throws Exception {
    Compilation compilation = Harness.compile(c.sources.toArray(new JavaFileObject[0]));
    String described = Harness.describe(compilation);
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      assertWithMessage("a diagnostic without a position: %s", described)
          .that(d.getSource() != null || d.getMessage(Locale.ROOT).contains("[Stepwise")).isTrue();
    }
    if (!c.compiles) {
      assertWithMessage("expected errors:\n%s", described).that(compilation.errors()).isNotEmpty();
      if (c.errorContaining != null) {
        assertWithMessage("expected '%s' among:\n%s", c.errorContaining, described)
            .that(described).contains(c.errorContaining);
      }
      return;
    }
    assertWithMessage("expected success:\n%s", described).that(compilation.errors()).isEmpty();
    ClassLoader loader = Harness.loader(compilation);
    for (Run run : c.runs) {
      Class<?> steps = loader.loadClass(run.stepsClass);
      Object instance;
      if (c.abstractSteps) {
        assertThat(Modifier.isAbstract(steps.getModifiers())).isTrue();
        assertThat(Arrays.stream(steps.getFields()).map(f -> f.getName()).collect(Collectors.toList())).doesNotContain("INSTANCE");
        java.lang.reflect.Constructor<?> ctor = loader.loadClass(c.instanceClass).getDeclaredConstructor();
        ctor.setAccessible(true);
        instance = ctor.newInstance();
      } else {
        assertThat(Modifier.isAbstract(steps.getModifiers())).isFalse();
        java.lang.reflect.Field field = steps.getField("INSTANCE");
        field.setAccessible(true);
        instance = field.get(null);
      }
      Object[] args = resolveArgs(loader, run.args);
      List<String> machine = Differential.trace(() -> Harness.call(instance, run.method, args), run.sends);
      List<String> reference = Differential.referenceTrace(() -> Harness.call(instance, run.method, args), run.sends);
      assertWithMessage("%s%s: state machine vs the untransformed body", run.method, Arrays.deepToString(run.args))
          .that(machine).isEqualTo(reference);
      assertThat(machine).isNotEmpty();
    }
  }

  private static Object[] resolveArgs(ClassLoader loader, Object[] args) throws Exception {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof EnumArg) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object constant = Enum.valueOf((Class) loader.loadClass("test.C$Color"), ((EnumArg) out[i]).name);
        out[i] = constant;
      }
    }
    return out;
  }

  /** Counts the cases, so that the corpus cannot shrink unnoticed. */
  @org.junit.jupiter.api.Test
  void corpusIsLargeEnough() {
    List<Case> all = cases();
    assertThat(all.size()).isAtLeast(30);
    assertThat(all.stream().filter(c -> !c.compiles).count()).isAtLeast(10);
    assertThat(all.stream().filter(c -> c.compiles && !c.runs.isEmpty()).count()).isAtLeast(15);
  }
}
