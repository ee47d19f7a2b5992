package dev.stepwise.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.stepwise.Gen;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import org.jetbrains.jps.javac.APIWrappers;
import org.junit.jupiter.api.Test;

/**
 * IDEs and build tools wrap the {@link ProcessingEnvironment}: IntelliJ in a dynamic proxy,
 * Gradle in an object with a {@code delegate} field, kapt with a {@code processingEnv} field.
 * {@link JavacEnvironment} must find javac's environment behind each, and the processor must work
 * through them; an environment that cannot be opened gives one clear error per interface.
 */
class EnvironmentTest {
  // --- Wrappers shaped like the tools' ----------------------------------------------------------

  /** IntelliJ style: a proxy whose handler (an anonymous class) captured the real environment. */
  static ProcessingEnvironment intellijProxy(ProcessingEnvironment delegateTo) {
    InvocationHandler handler = new InvocationHandler() {
      @Override
      public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        try {
          return method.invoke(delegateTo, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    };
    return (ProcessingEnvironment) Proxy.newProxyInstance(
        EnvironmentTest.class.getClassLoader(), new Class<?>[] {ProcessingEnvironment.class}, handler);
  }

  /** IntelliJ with JPS present: only {@code APIWrappers.unwrap} can open this one. */
  static ProcessingEnvironment jpsProxy(ProcessingEnvironment delegateTo) {
    Map<String, ProcessingEnvironment> hidden = new HashMap<>();
    hidden.put("env", delegateTo);
    APIWrappers.Handler handler = new APIWrappers.Handler() {
      @Override
      public Object get() {
        return hidden.get("env");
      }

      @Override
      public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        try {
          return method.invoke(hidden.get("env"), args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    };
    return (ProcessingEnvironment) Proxy.newProxyInstance(
        EnvironmentTest.class.getClassLoader(), new Class<?>[] {ProcessingEnvironment.class}, handler);
  }

  /** A wrapper that forwards everything to an environment it keeps in the named field. */
  abstract static class Forwarding implements ProcessingEnvironment {
    abstract ProcessingEnvironment inner();

    @Override
    public Map<String, String> getOptions() {
      return inner().getOptions();
    }

    @Override
    public Messager getMessager() {
      return inner().getMessager();
    }

    @Override
    public Filer getFiler() {
      return inner().getFiler();
    }

    @Override
    public Elements getElementUtils() {
      return inner().getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return inner().getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return inner().getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return inner().getLocale();
    }
  }

  /** Gradle style: {@code IncrementalProcessingEnvironment} keeps the real one in {@code delegate}. */
  static final class IncrementalProcessingEnvironment extends Forwarding {
    private final ProcessingEnvironment delegate;

    IncrementalProcessingEnvironment(ProcessingEnvironment delegate) {
      this.delegate = delegate;
    }

    @Override
    ProcessingEnvironment inner() {
      return delegate;
    }
  }

  /** kapt style: the field is called {@code processingEnv}. */
  static final class KaptEnvironment extends Forwarding {
    private final ProcessingEnvironment processingEnv;

    KaptEnvironment(ProcessingEnvironment processingEnv) {
      this.processingEnv = processingEnv;
    }

    @Override
    ProcessingEnvironment inner() {
      return processingEnv;
    }
  }

  /** A wrapper nobody knows how to open: it keeps the environment behind a lookup. */
  static final class Opaque extends Forwarding {
    private final Map<String, ProcessingEnvironment> store = new HashMap<>();

    Opaque(ProcessingEnvironment env) {
      store.put("env", env);
    }

    @Override
    ProcessingEnvironment inner() {
      return store.get("env");
    }
  }

  /** Not javac's and wrapping nothing: stands for the real environment in unit tests. */
  static final class Fake extends Forwarding {
    @Override
    ProcessingEnvironment inner() {
      throw new UnsupportedOperationException();
    }
  }

  // --- unwrap ------------------------------------------------------------------------------------

  @Test
  void unwrapsAnIntellijProxy() {
    Fake real = new Fake();
    assertThat(JavacEnvironment.unwrap(intellijProxy(real))).isSameInstanceAs(real);
  }

  @Test
  void unwrapsThroughJpsApiWrappers() {
    Fake real = new Fake();
    assertThat(JavacEnvironment.unwrap(jpsProxy(real))).isSameInstanceAs(real);
  }

  @Test
  void unwrapsAGradleDelegate() {
    Fake real = new Fake();
    assertThat(JavacEnvironment.unwrap(new IncrementalProcessingEnvironment(real))).isSameInstanceAs(real);
  }

  @Test
  void unwrapsKapt() {
    Fake real = new Fake();
    assertThat(JavacEnvironment.unwrap(new KaptEnvironment(real))).isSameInstanceAs(real);
  }

  @Test
  void unwrapsNestedWrappersOneAtATime() {
    Fake real = new Fake();
    ProcessingEnvironment gradle = new IncrementalProcessingEnvironment(real);
    ProcessingEnvironment outer = intellijProxy(gradle);
    assertThat(JavacEnvironment.unwrap(outer)).isSameInstanceAs(gradle);
    assertThat(JavacEnvironment.unwrap(JavacEnvironment.unwrap(outer))).isSameInstanceAs(real);
  }

  @Test
  void anUnwrappedEnvironmentHasNothingInside() {
    assertThat(JavacEnvironment.unwrap(new Fake())).isNull();
    assertThat(JavacEnvironment.unwrap(new Opaque(new Fake()))).isNull();
  }

  @Test
  void anEnvironmentThatIsNotJavacsIsRefusedWithItsName() {
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> JavacEnvironment.trees(new Fake()));
    assertThat(e).hasMessageThat().isEqualTo("the processing environment " + Fake.class.getName() + " is not javac's");
    UnsupportedOperationException wrapped = assertThrows(UnsupportedOperationException.class,
        () -> JavacEnvironment.trees(new IncrementalProcessingEnvironment(new Fake())));
    assertThat(wrapped).hasMessageThat().contains("wraps another one that could not be opened");
  }

  // --- The processor behind each wrapper, end to end --------------------------------------------

  /** Runs {@link StepwiseProcessor} with the environment javac gives it wrapped by {@code wrap}. */
  static final class Wrapping implements Processor {
    private final Processor inner = new StepwiseProcessor();
    private final UnaryOperator<ProcessingEnvironment> wrap;

    Wrapping(UnaryOperator<ProcessingEnvironment> wrap) {
      this.wrap = wrap;
    }

    @Override
    public Set<String> getSupportedOptions() {
      return inner.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return inner.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return inner.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment env) {
      inner.init(wrap.apply(env));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return inner.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
        Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
      return inner.getCompletions(element, annotation, member, userText);
    }
  }

  private static final String TWO_GENERATORS = """
      package test;

      import dev.stepwise.Gen;
      import dev.stepwise.Yield;
      import dev.stepwise.annotations.Generator;

      @Generator
      interface Counter {
        default Gen<Integer, Void, Void> upTo(int n) {
          for (int i = 1; i <= n; i++) {
            Yield.value(i);
          }
          return Gen.done();
        }
      }

      @Generator
      interface Other {
        default Gen<String, Void, Void> one() {
          Yield.value("one");
          return Gen.done();
        }
      }
      """;

  private static Compilation compileWrapped(UnaryOperator<ProcessingEnvironment> wrap) {
    JavaFileObject source = Harness.source("test.Counter", TWO_GENERATORS);
    Compilation c = Compiler.javac().withProcessors(new Wrapping(wrap)).compile(source);
    Harness.assertNoCrash(c);
    return c;
  }

  private static void assertGeneratesWorkingCode(UnaryOperator<ProcessingEnvironment> wrap) throws Exception {
    Compilation c = compileWrapped(wrap);
    assertWithMessage(Harness.describe(c)).that(c.errors()).isEmpty();
    ClassLoader loader = Harness.loader(c);
    Gen<?, ?, ?> gen = (Gen<?, ?, ?>) Harness.invoke(loader, "test.CounterSteps", "upTo", 3);
    assertThat(Harness.drain(gen)).containsExactly(1, 2, 3, "return=null").inOrder();
  }

  @Test
  void worksBehindAnIntellijProxy() throws Exception {
    assertGeneratesWorkingCode(EnvironmentTest::intellijProxy);
  }

  @Test
  void worksBehindJpsApiWrappers() throws Exception {
    assertGeneratesWorkingCode(EnvironmentTest::jpsProxy);
  }

  @Test
  void worksBehindAGradleDelegate() throws Exception {
    assertGeneratesWorkingCode(IncrementalProcessingEnvironment::new);
  }

  @Test
  void worksBehindGradleInsideIntellij() throws Exception {
    assertGeneratesWorkingCode(env -> intellijProxy(new IncrementalProcessingEnvironment(env)));
  }

  @Test
  void anEnvironmentThatCannotBeOpenedGivesOneErrorPerInterface() {
    Compilation c = compileWrapped(Opaque::new);
    List<String> errors = c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).collect(java.util.stream.Collectors.toList());
    assertWithMessage(Harness.describe(c)).that(errors).hasSize(2);
    for (String e : errors) {
      assertThat(e).isEqualTo(Message.NO_JAVAC.format(
          "the processing environment " + Opaque.class.getName() + " is not javac's"));
    }
    assertThat(c.errors().stream().map(d -> d.getLineNumber()).sorted().collect(java.util.stream.Collectors.toList()))
        .containsExactly(8L, 18L);
  }
}
