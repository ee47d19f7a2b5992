package dev.stepwise.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.TypeSpec;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.stepwise.processor.analysis.BodyAnalysis;
import dev.stepwise.processor.analysis.InterfaceMembers;
import dev.stepwise.processor.analysis.KeywordResolver;
import dev.stepwise.processor.emission.FrameEmitter;
import dev.stepwise.processor.emission.StepsEmitter;
import dev.stepwise.processor.lint.AsyncLint;
import dev.stepwise.processor.lint.Severity;
import dev.stepwise.processor.lowering.LoweredBody;
import dev.stepwise.processor.lowering.Lowering;
import dev.stepwise.processor.model.Kind;
import dev.stepwise.processor.validation.BodyValidator;
import dev.stepwise.processor.validation.StrayKeywordScanner;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Stepwise's annotation processor. For every interface with {@code @Generator} (or
 * {@code @Coroutine}/{@code @AsyncGenerator}) bodies it runs the passes validate, analyse, lower
 * and emit, and writes {@code <Interface>Steps}. It also reports step keywords used outside any
 * step body. It never claims annotations and never lets an exception reach the compiler: a
 * failure becomes an error on the element it concerns.
 */
@AutoService(Processor.class)
public final class StepwiseProcessor extends AbstractProcessor {
  private Trees trees;
  private String noJavac;
  private Diagnostics diagnostics;
  /** The lint pass, listening to javac's later phases; null when javac's task is out of reach. */
  private AsyncLint lint;
  /** Bodies of methods whose annotation was rejected: already reported, so not scanned for stray keywords. */
  private final Set<Tree> rejectedBodies = Collections.newSetFromMap(new IdentityHashMap<>());

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(AsyncLint.BLOCKING_CALLS_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
    super.init(env);
    try {
      trees = JavacEnvironment.trees(env);
      diagnostics = new Diagnostics(env.getMessager(), trees);
    } catch (UnsupportedOperationException | LinkageError e) {
      noJavac = e.getMessage();
      return;
    }
    Severity blocking = Severity.WARNING;
    try {
      blocking = Severity.parse(env.getOptions().get(AsyncLint.BLOCKING_CALLS_OPTION), Severity.WARNING);
    } catch (IllegalArgumentException e) {
      env.getMessager().printMessage(Diagnostic.Kind.ERROR,
          Message.BAD_OPTION.format(AsyncLint.BLOCKING_CALLS_OPTION, e.getMessage()));
    }
    try {
      lint = new AsyncLint(trees, env.getElementUtils(), env.getTypeUtils(), diagnostics, env.getMessager(),
          this::stepKind, blocking);
      JavacEnvironment.task(env).addTaskListener(lint);
    } catch (UnsupportedOperationException | IllegalArgumentException | LinkageError e) {
      lint = null; // the generation passes do not need it
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      Map<TypeElement, Map<ExecutableElement, Kind>> work = collect(round);
      for (String name : deferred) {
        TypeElement iface = processingEnv.getElementUtils().getTypeElement(name);
        if (iface != null && !work.containsKey(iface)) {
          work.put(iface, ownStepMethods(iface));
        }
      }
      deferred.clear();
      if (noJavac != null) {
        for (TypeElement iface : work.keySet()) {
          processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Message.NO_JAVAC.format(noJavac), iface);
        }
        return false;
      }
      Set<Tree> stepBodies = Collections.newSetFromMap(new IdentityHashMap<>());
      stepBodies.addAll(rejectedBodies);
      rejectedBodies.clear();
      for (Map.Entry<TypeElement, Map<ExecutableElement, Kind>> e : work.entrySet()) {
        for (ExecutableElement m : e.getValue().keySet()) {
          MethodTree tree = trees.getTree(m);
          if (tree != null && tree.getBody() != null) {
            stepBodies.add(tree.getBody());
          }
        }
      }
      for (Map.Entry<TypeElement, Map<ExecutableElement, Kind>> e : work.entrySet()) {
        if (mentionsMissingTypes(e.getValue().keySet())) {
          // A type another processor generates in a later round: try again then. In the last
          // round javac itself reports the missing type at the user's source.
          if (!round.processingOver()) {
            deferred.add(e.getKey().getQualifiedName().toString());
          }
          continue;
        }
        generate(e.getKey(), e.getValue());
      }
      Set<CompilationUnitTree> units = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Element root : round.getRootElements()) {
        TreePath path = trees.getPath(root);
        if (path != null) {
          units.add(path.getCompilationUnit());
        }
      }
      StrayKeywordScanner stray = new StrayKeywordScanner(diagnostics, processingEnv.getElementUtils());
      for (CompilationUnitTree unit : units) {
        stray.scan(unit, stepBodies);
      }
    } catch (RuntimeException e) {
      // Never let an exception reach the compiler.
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Message.INTERNAL.format(describe(e)));
    }
    return false;
  }

  /** The step methods of each interface, with their kinds; reports misplaced annotations. */
  private Map<TypeElement, Map<ExecutableElement, Kind>> collect(RoundEnvironment round) {
    Map<TypeElement, Map<ExecutableElement, Kind>> work = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(kind.annotation());
      if (annotation == null) {
        continue;
      }
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        if (e.getKind() == ElementKind.METHOD) {
          collectMethod((ExecutableElement) e, kind, work);
        } else if (e.getKind() == ElementKind.INTERFACE) {
          TypeElement iface = (TypeElement) e;
          boolean any = false;
          for (ExecutableElement m : ElementFilter.methodsIn(iface.getEnclosedElements())) {
            if (m.isDefault() && returns(m, kind)) {
              work.computeIfAbsent(iface, k -> new LinkedHashMap<>()).putIfAbsent(m, kind);
              any = true;
            }
          }
          if (!any && !inherited(iface).isEmpty()) {
            work.computeIfAbsent(iface, k -> new LinkedHashMap<>()); // only inherited step methods
          } else if (!any) {
            errorOnAnnotation(iface, annotation, Message.NO_ANNOTATED_METHODS,
                kind.annotationSimpleName(), iface.getSimpleName(), kind.simpleReturnType());
          }
        } else {
          errorOnAnnotation(e, annotation, Message.NOT_INTERFACE, kind.annotationSimpleName(), e.getSimpleName());
        }
      }
    }
    return work;
  }

  private void collectMethod(ExecutableElement m, Kind kind, Map<TypeElement, Map<ExecutableElement, Kind>> work) {
    Element owner = m.getEnclosingElement();
    if (owner.getKind() != ElementKind.INTERFACE || !m.isDefault()) {
      reject(m);
      error(m, Message.NOT_DEFAULT_METHOD, kind.annotationSimpleName());
      return;
    }
    if (!returns(m, kind)) {
      reject(m);
      String message = Message.WRONG_RETURN_TYPE.format(kind.annotationSimpleName(), kind.simpleReturnType() + "<...>",
          m.getSimpleName(), m.getReturnType());
      MethodTree tree = trees == null ? null : trees.getTree(m);
      TreePath path = trees == null ? null : trees.getPath(m);
      if (tree != null && tree.getReturnType() != null && path != null) {
        // At the return type itself: that is what has to change.
        diagnostics.error(tree.getReturnType(), path.getCompilationUnit(), Message.WRONG_RETURN_TYPE,
            kind.annotationSimpleName(), kind.simpleReturnType() + "<...>", m.getSimpleName(), m.getReturnType());
      } else {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, m);
      }
      return;
    }
    work.computeIfAbsent((TypeElement) owner, k -> new LinkedHashMap<>()).put(m, kind);
  }

  /** Remembers the body of a rejected method, so that its keywords are not reported again as stray. */
  private void reject(ExecutableElement m) {
    if (trees != null) {
      MethodTree tree = trees.getTree(m);
      if (tree != null && tree.getBody() != null) {
        rejectedBodies.add(tree.getBody());
      }
    }
  }

  private boolean returns(ExecutableElement m, Kind kind) {
    TypeMirror r = m.getReturnType();
    if (r.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement type = (TypeElement) ((DeclaredType) r).asElement();
    return type.getQualifiedName().contentEquals(kind.returnType()) && !((DeclaredType) r).getTypeArguments().isEmpty();
  }

  /** Runs the passes for every step method of {@code iface} and writes its Steps class. */
  private void generate(TypeElement iface, Map<ExecutableElement, Kind> methods) {
    int errorsBefore = diagnostics.errorCount();
    TreePath path = trees.getPath(iface);
    if (path == null) {
      return;
    }
    if (iface.getModifiers().contains(Modifier.PRIVATE)) {
      Kind kind = methods.values().iterator().next();
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(kind.annotation());
      errorOnAnnotation(iface, annotation, Message.PRIVATE_INTERFACE, kind.annotationSimpleName(), iface.getSimpleName(),
          StepsEmitter.stepsName(iface, new InterfaceMembers(iface, processingEnv.getElementUtils()).reference()));
      return;
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    CharSequence source;
    try {
      source = unit.getSourceFile().getCharContent(true);
    } catch (IOException e) {
      error(iface, Message.INTERNAL, "cannot read the source: " + e.getMessage());
      return;
    }
    InterfaceMembers members = new InterfaceMembers(iface, processingEnv.getElementUtils());
    KeywordResolver resolver =
        new KeywordResolver(unit, processingEnv.getElementUtils(), members.methodNames(), members.memberTypeNames());
    String file = dev.stepwise.processor.lowering.LineMarks.fileName(unit);
    List<StepsEmitter.StepMethod> emitted = new ArrayList<>();
    Set<String> usedNames = new HashSet<>();
    Set<String> frameNames = new HashSet<>();
    for (Map.Entry<ExecutableElement, Kind> entry : methods.entrySet()) {
      ExecutableElement method = entry.getKey();
      try {
        MethodTree tree = trees.getTree(method);
        if (tree == null || tree.getBody() == null) {
          error(method, Message.NOT_DEFAULT_METHOD, entry.getValue().annotationSimpleName());
          continue;
        }
        int before = diagnostics.errorCount();
        BodyAnalysis analysis = BodyAnalysis.of(tree, resolver);
        usedNames.addAll(analysis.identifiers());
        // The kind wall and the placement rules hold for every kind, even one not lowered yet.
        new BodyValidator(diagnostics, unit, members).validate(analysis, entry.getValue());
        if (diagnostics.errorCount() > before) {
          continue;
        }
        LoweredBody lowered = Lowering.lower(analysis, members, entry.getValue(), diagnostics, unit, source,
            trees.getSourcePositions());
        if (diagnostics.errorCount() > before) {
          continue;
        }
        String qualifiedName = iface.getSimpleName() + "." + method.getSimpleName();
        String frameName = frameName(method, frameNames);
        TypeSpec frame = new FrameEmitter(diagnostics, unit).emit(frameName, qualifiedName, iface, method, lowered, file);
        if (frame != null) {
          emitted.add(new StepsEmitter.StepMethod(method, frame, qualifiedName, entry.getValue()));
        }
      } catch (RuntimeException e) {
        error(method, Message.INTERNAL, describe(e));
      }
    }
    List<StepsEmitter.InheritedStep> inheritedSteps = inherited(iface);
    if (diagnostics.errorCount() > errorsBefore || (emitted.isEmpty() && inheritedSteps.isEmpty())) {
      return;
    }
    String pkg = InterfaceMembers.packageOf(iface);
    String text = new StepsEmitter(processingEnv.getElementUtils())
        .emit(iface, pkg, members.reference(), hasAbstractMethods(iface), emitted, inheritedSteps, unit, usedNames);
    String name = StepsEmitter.stepsName(iface, members.reference());
    String qualified = pkg.isEmpty() ? name : pkg + "." + name;
    if (lint != null) {
      lint.generated(qualified);
    }
    try (Writer w = processingEnv.getFiler().createSourceFile(qualified, iface).openWriter()) {
      w.write(text);
    } catch (FilerException e) {
      // The name is taken by a type in the sources being compiled (or generated earlier).
      errorOnAnnotation(iface, processingEnv.getElementUtils().getTypeElement(methods.values().iterator().next().annotation()),
          Message.STEPS_NAME_TAKEN, iface.getSimpleName(), pkg.isEmpty() ? name : pkg + "." + name);
    } catch (IOException e) {
      error(iface, Message.INTERNAL, "cannot write " + name + ": " + e.getMessage());
    }
  }

  /** Interfaces whose signatures mentioned types not generated yet, retried next round. */
  private final java.util.Set<String> deferred = new java.util.LinkedHashSet<>();

  /** The step methods {@code iface} declares itself. */
  private Map<ExecutableElement, Kind> ownStepMethods(TypeElement iface) {
    Map<ExecutableElement, Kind> methods = new LinkedHashMap<>();
    for (ExecutableElement m : ElementFilter.methodsIn(iface.getEnclosedElements())) {
      Kind kind = m.isDefault() ? stepKind(m) : null;
      if (kind != null) {
        methods.put(m, kind);
      }
    }
    return methods;
  }

  /** Whether a signature refers to a type that does not exist (yet). */
  private static boolean mentionsMissingTypes(java.util.Collection<ExecutableElement> methods) {
    for (ExecutableElement m : methods) {
      if (isMissing(m.getReturnType())) {
        return true;
      }
      for (var p : m.getParameters()) {
        if (isMissing(p.asType())) {
          return true;
        }
      }
      for (TypeMirror t : m.getThrownTypes()) {
        if (isMissing(t)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isMissing(TypeMirror t) {
    switch (t.getKind()) {
      case ERROR:
        return true;
      case DECLARED:
        for (TypeMirror arg : ((DeclaredType) t).getTypeArguments()) {
          if (isMissing(arg)) {
            return true;
          }
        }
        return false;
      case ARRAY:
        return isMissing(((javax.lang.model.type.ArrayType) t).getComponentType());
      case WILDCARD: {
        javax.lang.model.type.WildcardType w = (javax.lang.model.type.WildcardType) t;
        return (w.getExtendsBound() != null && isMissing(w.getExtendsBound()))
            || (w.getSuperBound() != null && isMissing(w.getSuperBound()));
      }
      default:
        return false;
    }
  }

  /**
   * The step methods {@code iface} inherits from superinterfaces without overriding them: its Steps
   * class overrides each to use the state machine generated for the declaring interface.
   */
  private List<StepsEmitter.InheritedStep> inherited(TypeElement iface) {
    List<StepsEmitter.InheritedStep> out = new ArrayList<>();
    javax.lang.model.util.Types types = processingEnv.getTypeUtils();
    for (ExecutableElement m : ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(iface))) {
      Element owner = m.getEnclosingElement();
      if (owner.equals(iface) || owner.getKind() != ElementKind.INTERFACE || !m.isDefault()
          || owner.getModifiers().contains(Modifier.PRIVATE) || stepKind(m) == null) {
        continue;
      }
      TypeElement declaring = (TypeElement) owner;
      String reference = InterfaceMembers.relativeName(declaring);
      com.palantir.javapoet.ClassName steps = com.palantir.javapoet.ClassName.get(
          InterfaceMembers.packageOf(declaring), StepsEmitter.stepsName(declaring, reference));
      javax.lang.model.type.ExecutableType asMember =
          (javax.lang.model.type.ExecutableType) types.asMemberOf((DeclaredType) iface.asType(), m);
      out.add(new StepsEmitter.InheritedStep(m, asMember, steps));
    }
    return out;
  }

  /** The kind of a step method declared anywhere, from its own annotation or its interface's. */
  private Kind stepKind(ExecutableElement m) {
    for (Kind kind : Kind.values()) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(kind.annotation());
      if (annotation == null) {
        continue;
      }
      boolean annotated = hasAnnotation(m, annotation) || hasAnnotation(m.getEnclosingElement(), annotation);
      if (annotated && returns(m, kind)) {
        return kind;
      }
    }
    return null;
  }

  private static boolean hasAnnotation(Element e, TypeElement annotation) {
    for (var mirror : e.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().equals(annotation)) {
        return true;
      }
    }
    return false;
  }

  private static String frameName(ExecutableElement method, Set<String> taken) {
    String base = method.getSimpleName().toString();
    base = Character.toUpperCase(base.charAt(0)) + base.substring(1) + "Frame";
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + i;
    }
    return name;
  }

  private boolean hasAbstractMethods(TypeElement iface) {
    for (ExecutableElement m : ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(iface))) {
      if (m.getModifiers().contains(Modifier.ABSTRACT) && m.getEnclosingElement().getKind() == ElementKind.INTERFACE) {
        return true;
      }
    }
    return false;
  }

  private void errorOnAnnotation(Element element, TypeElement annotation, Message message, Object... args) {
    AnnotationMirror mirror = null;
    for (AnnotationMirror a : element.getAnnotationMirrors()) {
      if (a.getAnnotationType().asElement().equals(annotation)) {
        mirror = a;
      }
    }
    if (mirror == null) {
      error(element, message, args);
    } else if (diagnostics != null) {
      diagnostics.error(element, mirror, message, args);
    } else {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message.format(args), element, mirror);
    }
  }

  private void error(Element element, Message message, Object... args) {
    if (diagnostics != null) {
      diagnostics.error(element, message, args);
    } else {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
    }
  }

  private static String describe(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    String where = trace.length == 0 ? "" : " at " + trace[0];
    return e.getClass().getSimpleName() + ": " + e.getMessage() + where;
  }
}
