package dev.stepwise.processor.emission;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.sun.source.tree.CompilationUnitTree;
import dev.stepwise.processor.Diagnostics;
import dev.stepwise.processor.Message;
import dev.stepwise.processor.analysis.LocalVar;
import dev.stepwise.processor.lowering.Layout;
import dev.stepwise.processor.lowering.LineMarks;
import dev.stepwise.processor.lowering.LoweredBody;
import dev.stepwise.processor.lowering.Op;
import dev.stepwise.processor.lowering.TryRegion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;

/**
 * Emits the state-machine class of one generator method: fields for the interface instance, the
 * parameters and the hoisted locals, and a {@code $resume} method shaped as
 * {@code while (true) switch ($state)} with one case per state (each marked with its source line)
 * and an exception handler table that routes exceptions to catch and finally blocks by state range.
 */
public final class FrameEmitter {
  static final ClassName GEN_FRAME = ClassName.get("dev.stepwise.internal", "GenFrame");
  static final ClassName CORO_FRAME = ClassName.get("dev.stepwise.internal", "CoroFrame");
  static final ClassName ASYNC_GEN_FRAME = ClassName.get("dev.stepwise.internal", "AsyncGenFrame");

  private final Diagnostics diagnostics;
  private final CompilationUnitTree unit;

  public FrameEmitter(Diagnostics diagnostics, CompilationUnitTree unit) {
    this.diagnostics = diagnostics;
    this.unit = unit;
  }

  /** The frame class; null when an error was reported. */
  public TypeSpec emit(
      String className,
      String qualifiedName,
      TypeElement iface,
      ExecutableElement method,
      LoweredBody body,
      String sourceFile) {
    int errorsBefore = diagnostics.errorCount();
    Layout layout = new Layout(body.listing(), body.variables());
    checkHoistable(body, layout);
    if (diagnostics.errorCount() > errorsBefore) {
      return null;
    }
    // The frame declares the interface's and the method's type parameters. A method type parameter
    // may hide an interface one of the same name (<T> in Foo<T>); the body means the method's, so
    // the interface's is renamed in the frame, where only the type of self still mentions it.
    java.util.Set<String> names = new java.util.HashSet<>();
    for (TypeParameterElement p : method.getTypeParameters()) {
      names.add(p.getSimpleName().toString());
    }
    Map<String, TypeName> renamed = new java.util.HashMap<>();
    for (TypeParameterElement p : iface.getTypeParameters()) {
      String name = p.getSimpleName().toString();
      if (names.contains(name)) {
        String fresh = name + "$iface";
        for (int i = 2; names.contains(fresh); i++) {
          fresh = name + "$iface" + i;
        }
        names.add(fresh);
        renamed.put(name, TypeVariableName.get(fresh));
      }
    }
    List<TypeVariableName> typeVariables = new ArrayList<>();
    for (TypeParameterElement p : iface.getTypeParameters()) {
      TypeVariableName v = TypeVariableName.get(p);
      if (!renamed.isEmpty()) {
        List<TypeName> bounds = new ArrayList<>();
        for (TypeName b : v.bounds()) {
          bounds.add(substitute(b, renamed));
        }
        String name = renamed.containsKey(v.name()) ? ((TypeVariableName) renamed.get(v.name())).name() : v.name();
        v = TypeVariableName.get(name, bounds.toArray(new TypeName[0]));
      }
      typeVariables.add(v);
    }
    for (TypeParameterElement p : method.getTypeParameters()) {
      typeVariables.add(TypeVariableName.get(p));
    }
    DeclaredType returnType = (DeclaredType) method.getReturnType();
    List<TypeName> genArgs = new ArrayList<>();
    for (var arg : returnType.getTypeArguments()) {
      genArgs.add(TypeName.get(arg));
    }
    TypeName selfType = substitute(TypeName.get(iface.asType()), renamed);
    TypeSpec.Builder frame = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addTypeVariables(typeVariables)
        .superclass(ParameterizedTypeName.get(frameBase(returnType), genArgs.toArray(new TypeName[0])))
        .addJavadoc("The state machine of {@code $L}.\n", qualifiedName)
        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "{$S, $S, $S, $S, $S, $S, $S}",
                "unchecked", "rawtypes", "fallthrough", "finally", "cast", "deprecation", "removal")
            .build())
        .addField(FieldSpec.builder(selfType, body.selfName(), Modifier.PRIVATE, Modifier.FINAL).build());

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addParameter(selfType, body.selfName())
        .addStatement("this.$N = $N", body.selfName(), body.selfName());
    for (LocalVar v : body.variables()) {
      if (v.origin() == LocalVar.Origin.PARAMETER) {
        TypeName type = TypeNames.of(v.typeTree());
        frame.addField(FieldSpec.builder(type, v.generatedName(), Modifier.PRIVATE).build());
        constructor.addParameter(type, v.name());
        constructor.addStatement("this.$N = $N", v.generatedName(), v.name());
      } else if (layout.isHoisted(v) && !body.listing().syntheticFields().containsKey(v.generatedName())) {
        frame.addField(FieldSpec.builder(TypeNames.of(v.typeTree()), v.generatedName(), Modifier.PRIVATE).build());
      }
    }
    for (Map.Entry<String, TypeName> f : body.listing().syntheticFields().entrySet()) {
      frame.addField(FieldSpec.builder(f.getValue(), f.getKey(), Modifier.PRIVATE).build());
    }
    frame.addMethod(constructor.build());
    frame.addMethod(MethodSpec.methodBuilder("name")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S", qualifiedName)
        .build());
    frame.addMethod(resume(body, layout, sourceFile));
    addLocations(frame, layout, sourceFile);
    return frame.build();
  }

  /** {@code type} with the type variables named in {@code renamed} replaced. */
  private static TypeName substitute(TypeName type, Map<String, TypeName> renamed) {
    if (renamed.isEmpty()) {
      return type;
    }
    if (type instanceof TypeVariableName) {
      return renamed.getOrDefault(((TypeVariableName) type).name(), type);
    }
    if (type instanceof ParameterizedTypeName) {
      ParameterizedTypeName p = (ParameterizedTypeName) type;
      List<TypeName> args = new ArrayList<>();
      for (TypeName a : p.typeArguments()) {
        args.add(substitute(a, renamed));
      }
      return ParameterizedTypeName.get(p.rawType(), args.toArray(new TypeName[0]));
    }
    if (type instanceof com.palantir.javapoet.ArrayTypeName) {
      return com.palantir.javapoet.ArrayTypeName.of(substitute(((com.palantir.javapoet.ArrayTypeName) type).componentType(), renamed));
    }
    if (type instanceof com.palantir.javapoet.WildcardTypeName) {
      com.palantir.javapoet.WildcardTypeName w = (com.palantir.javapoet.WildcardTypeName) type;
      if (!w.lowerBounds().isEmpty()) {
        return com.palantir.javapoet.WildcardTypeName.supertypeOf(substitute(w.lowerBounds().get(0), renamed));
      }
      return com.palantir.javapoet.WildcardTypeName.subtypeOf(substitute(w.upperBounds().get(0), renamed));
    }
    return type;
  }

  /**
   * The source line of every state, so that the runtime can say where a frame is in terms of the
   * interface's own source: for a state a suspension point resumes in, the line of that point
   * (where a suspended frame waits, as a task dump shows it); for any other, its first line
   * (where it created a coroutine never awaited, for example).
   */
  private static void addLocations(TypeSpec.Builder frame, Layout layout, String sourceFile) {
    List<String> lines = new ArrayList<>();
    for (Layout.State state : layout.states()) {
      int line = state.suspendedAt() >= 0 ? state.suspendedAt() : state.line();
      lines.add(String.valueOf(Math.max(0, line)));
    }
    frame.addField(FieldSpec.builder(int[].class, "$LINES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}", String.join(", ", lines))
        .build());
    frame.addMethod(MethodSpec.methodBuilder("$sourceLines")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(String.class)
        .addStatement("return $L", SourceLineTable.FIELD)
        .build());
    frame.addMethod(MethodSpec.methodBuilder("$location")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(String.class)
        .addParameter(int.class, "state")
        .addStatement("return state >= 0 && state < $$LINES.length && $$LINES[state] > 0 ? $S + $$LINES[state] : null",
            sourceFile + ":")
        .build());
  }

  private void checkHoistable(LoweredBody body, Layout layout) {
    for (LocalVar v : body.variables()) {
      if (layout.isHoisted(v) && v.typeTree() == null && !body.listing().syntheticFields().containsKey(v.generatedName())) {
        com.palantir.javapoet.TypeName evident = body.evidentType(v);
        if (evident != null) {
          diagnostics.error(v.declaration(), unit, Message.VAR_HOISTED_TYPED, v.name(), evident, v.name());
        } else {
          diagnostics.error(v.declaration(), unit, Message.VAR_HOISTED, v.name());
        }
      }
    }
    // A local type exists only in the state that declares it: it cannot be used in another state,
    // nor be the type of a field.
    java.util.Set<LocalVar> misplaced = new java.util.LinkedHashSet<>();
    for (LocalVar v : layout.crossing()) {
      if (v.origin() == LocalVar.Origin.BINDING) {
        diagnostics.error(v.declaration(), unit, Message.BINDING_HOISTED, v.name());
      } else if (v.origin() == LocalVar.Origin.LOCAL_TYPE) {
        misplaced.add(v);
      }
    }
    for (LocalVar v : body.variables()) {
      if (layout.isHoisted(v) || body.listing().syntheticFields().containsKey(v.generatedName())) {
        misplaced.addAll(v.typeMentions());
      }
    }
    for (TypeName fieldType : body.listing().syntheticFields().values()) {
      for (LocalVar t : body.localTypes()) {
        if (java.util.regex.Pattern.compile("(^|[^\\w$.])" + java.util.regex.Pattern.quote(t.name()) + "([^\\w$]|$)")
            .matcher(fieldType.toString()).find()) {
          misplaced.add(t);
        }
      }
    }
    for (LocalVar t : misplaced) {
      diagnostics.error(t.declaration(), unit, Message.LOCAL_CLASS_CAPTURE, t.name());
    }
  }

  private MethodSpec resume(LoweredBody body, Layout layout, String sourceFile) {
    List<TryRegion> regions = body.listing().regions();
    CodeBlock.Builder code = CodeBlock.builder();
    if (!regions.isEmpty()) {
      code.beginControlFlow("while (true)");
      code.beginControlFlow("try");
    }
    code.beginControlFlow("if ($$injected != null)");
    code.addStatement("$T $$raise = $$injected", Throwable.class);
    code.addStatement("$$injected = null");
    code.addStatement("throw $$raise");
    code.endControlFlow();
    code.add("$$dispatch:\n");
    code.beginControlFlow("while (true)");
    code.beginControlFlow("switch ($$state)");
    for (Layout.State state : layout.states()) {
      int line = state.line();
      if (line >= 0) {
        code.add("case $L: { $L\n", state.number(), LineMarks.comment(sourceFile, line));
      } else {
        code.add("case $L: {\n", state.number());
      }
      code.indent();
      int marked = line;
      for (Op op : state.ops()) {
        if (op.line() >= 0 && op.line() != marked) {
          code.add("$L\n", LineMarks.comment(sourceFile, op.line())); // read by SourceLineTable
          marked = op.line();
        }
        String text = layout.resolve(render(op, layout, body));
        code.add("$L\n", text);
        if (LineMarks.marked(text, sourceFile)) {
          marked = -1; // the text ended on a later line than the op's: mark the next op again
        }
      }
      if (state.fallsThrough()) {
        code.addStatement("$$state = $L", state.number() + 1);
      }
      code.unindent();
      code.add("}\n");
    }
    code.add("default:\n").indent()
        .addStatement("throw new $T($S + $$state)", IllegalStateException.class, "no such state: ")
        .unindent();
    code.endControlFlow();
    code.endControlFlow();
    if (!regions.isEmpty()) {
      code.nextControlFlow("catch ($T $$t)", Throwable.class);
      code.addStatement("int $$s = $$state");
      List<TryRegion> ordered = new ArrayList<>(regions);
      ordered.sort(Comparator.comparingInt(TryRegion::depth).reversed());
      for (TryRegion r : ordered) {
        handler(code, r, body);
      }
      code.addStatement("throw $$t");
      code.endControlFlow();
      code.endControlFlow();
    }
    return MethodSpec.methodBuilder("$resume")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(int.class)
        .addParameter(Throwable.class, "$injected")
        .addException(Throwable.class)
        .addCode(code.build())
        .build();
  }

  private void handler(CodeBlock.Builder code, TryRegion r, LoweredBody body) {
    int tryStart = r.tryStart().state();
    int catchStart = r.catchStart().state();
    int finallyStart = r.finallyStart().state();
    if (!r.catches().isEmpty() && tryStart < catchStart) {
      code.beginControlFlow("if ($$s >= $L && $$s < $L)", tryStart, catchStart);
      for (TryRegion.Catch c : r.catches()) {
        List<String> tests = new ArrayList<>();
        for (String type : c.types()) {
          tests.add("$t instanceof " + type);
        }
        code.beginControlFlow("if ($L)", String.join(" || ", tests));
        if (c.types().size() == 1) {
          code.addStatement("$L = ($L) $$t", c.parameter().generatedName(), c.types().get(0));
        } else {
          TypeName type = body.listing().syntheticFields().get(c.parameter().generatedName());
          code.addStatement("$L = ($T) $$t", c.parameter().generatedName(), type);
        }
        code.addStatement("$$state = $L", c.entry().state());
        code.addStatement("continue");
        code.endControlFlow();
      }
      code.endControlFlow();
    }
    if (r.hasFinally() && tryStart < finallyStart) {
      code.beginControlFlow("if ($$s >= $L && $$s < $L)", tryStart, finallyStart);
      code.addStatement("$L = 1", r.pendSlot());
      code.addStatement("$L = $$t", r.pendExceptionSlot());
      code.addStatement("$$state = $L", finallyStart);
      code.addStatement("continue");
      code.endControlFlow();
    }
  }

  private String render(Op op, Layout layout, LoweredBody body) {
    if (op.kind() != Op.Kind.DECLARE) {
      return op.text();
    }
    LocalVar v = op.variable();
    if (layout.isHoisted(v) || body.listing().syntheticFields().containsKey(v.generatedName())) {
      return op.text() == null ? "// " + v.name() + " declared" : v.generatedName() + " = " + op.text() + ";";
    }
    String type = v.typeTree() == null ? "var" : body.typeText(v.typeTree());
    return type + " " + v.generatedName() + (op.text() == null ? "" : " = " + op.text()) + ";";
  }

  /** The runtime base class of a frame whose method returns {@code returnType}. */
  private static ClassName frameBase(DeclaredType returnType) {
    String name = ((javax.lang.model.element.TypeElement) returnType.asElement()).getQualifiedName().toString();
    switch (name) {
      case "dev.stepwise.Coro":
        return CORO_FRAME;
      case "dev.stepwise.AsyncGen":
        return ASYNC_GEN_FRAME;
      default:
        return GEN_FRAME;
    }
  }
}
