package dev.stepwise.processor.lint;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.stepwise.processor.Diagnostics;
import dev.stepwise.processor.Message;
import dev.stepwise.processor.model.Kind;
import com.sun.source.util.SourcePositions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * One attributed class, scanned for the mistakes of async code that Python finds late or never: a
 * coroutine call whose result is dropped (anywhere), and, in the bodies of coroutines and async
 * generators, blocking calls, a nested {@code Aio.run}, and a {@code java.util.concurrent} lock
 * held across a suspension point. Code in a lambda or a local class inside a body is not run by
 * the body itself (it is often the fix: {@code Aio.toThread(() -> ...)}), so only the first check
 * applies there.
 */
final class MisuseScanner extends TreePathScanner<Void, Void> {
  private final Trees trees;
  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;
  private final Function<ExecutableElement, Kind> stepKind;
  private final Severity blockingCalls;
  private final TypeMirror coro;
  private final TypeElement lockType;

  private static final Set<String> LOCK_METHODS = Set.of("lock", "lockInterruptibly", "tryLock", "unlock");

  private CompilationUnitTree unit;
  /** The kind of the step body being scanned, or null. */
  private Kind body;
  private String bodyName;
  private TreePath bodyPath;
  /** Lambdas and classes entered inside the body. */
  private int opaque;
  /** The body's lock and unlock calls and suspension points, in source order. */
  private List<Event> events;

  MisuseScanner(Trees trees, Elements elements, Types types, Diagnostics diagnostics,
      Function<ExecutableElement, Kind> stepKind, Severity blockingCalls) {
    this.trees = trees;
    this.elements = elements;
    this.types = types;
    this.diagnostics = diagnostics;
    this.stepKind = stepKind;
    this.blockingCalls = blockingCalls;
    TypeElement coroType = elements.getTypeElement("dev.stepwise.Coro");
    this.coro = coroType == null ? null : types.erasure(coroType.asType());
    this.lockType = elements.getTypeElement("java.util.concurrent.locks.Lock");
  }

  void scanClass(TreePath path) {
    unit = path.getCompilationUnit();
    scan(path, null);
  }

  @Override
  public Void visitMethod(MethodTree node, Void unused) {
    if (body != null) {
      return super.visitMethod(node, unused); // a method of a class inside a body
    }
    Element e = trees.getElement(getCurrentPath());
    Kind kind = e instanceof ExecutableElement ? stepKind.apply((ExecutableElement) e) : null;
    if (kind == Kind.GENERATOR) {
      kind = null; // a generator runs on its caller's thread: blocking there is the caller's choice
    }
    if (kind == null || node.getBody() == null) {
      return super.visitMethod(node, unused);
    }
    body = kind;
    bodyName = node.getName().toString();
    bodyPath = getCurrentPath();
    events = new ArrayList<>();
    try {
      super.visitMethod(node, unused);
      reportLocksAcrossSuspensions();
    } finally {
      body = null;
      events = null;
    }
    return null;
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
    opaque++;
    try {
      return super.visitLambdaExpression(node, unused);
    } finally {
      opaque--;
    }
  }

  @Override
  public Void visitClass(ClassTree node, Void unused) {
    if (body == null) {
      return super.visitClass(node, unused);
    }
    opaque++;
    try {
      return super.visitClass(node, unused);
    } finally {
      opaque--;
    }
  }

  @Override
  public Void visitExpressionStatement(ExpressionStatementTree node, Void unused) {
    if (node.getExpression() instanceof MethodInvocationTree && coro != null) {
      MethodInvocationTree call = (MethodInvocationTree) node.getExpression();
      Element e = trees.getElement(new TreePath(getCurrentPath(), call));
      if (e instanceof ExecutableElement) {
        TypeMirror returned = ((ExecutableElement) e).getReturnType();
        if (returned.getKind() == TypeKind.DECLARED && types.isAssignable(types.erasure(returned), coro)) {
          String name = e.getSimpleName().toString();
          warn(getCurrentPath(), call, Message.NEVER_AWAITED, name, name);
        }
      }
    }
    return super.visitExpressionStatement(node, unused);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
    if (body != null && opaque == 0) {
      Element e = trees.getElement(getCurrentPath());
      if (e instanceof ExecutableElement) {
        check(node, (ExecutableElement) e);
      }
    }
    return super.visitMethodInvocation(node, unused);
  }

  private void check(MethodInvocationTree node, ExecutableElement called) {
    String owner = ((TypeElement) called.getEnclosingElement()).getQualifiedName().toString();
    String name = called.getSimpleName().toString();
    if (owner.equals("dev.stepwise.aio.Aio") && name.equals("run")
        || owner.equals("dev.stepwise.aio.EventLoop") && (name.equals("runUntilComplete") || name.equals("runForever"))) {
      if (!suppressed(getCurrentPath(), Message.NESTED_RUN)) {
        diagnostics.error(node, unit, Message.NESTED_RUN, shown(called), body.noun(), bodyName);
      }
      return;
    }
    if (owner.equals("dev.stepwise.Async") && (name.equals("await") || name.equals("with") || name.equals("iter"))) {
      events.add(new Event(Event.SUSPEND, null, node, "await"));
      return;
    }
    if (owner.equals("dev.stepwise.Yield") && (name.equals("value") || name.equals("from"))) {
      events.add(new Event(Event.SUSPEND, null, node, "yield"));
      return;
    }
    String lockMethod = lockMethod(called);
    if (lockMethod != null) {
      Element receiver = receiver(node);
      if (receiver != null) {
        events.add(new Event(lockMethod.equals("unlock") ? Event.UNLOCK : Event.LOCK, receiver, node, name));
      }
    }
    BlockingCall blocking = blockingCalls == Severity.OFF ? null : BlockingCall.of(called, elements);
    if (blocking == null) {
      return;
    }
    if (blockingCalls == Severity.ERROR) {
      if (!suppressed(getCurrentPath(), Message.BLOCKING_CALL)) {
        diagnostics.error(node, unit, Message.BLOCKING_CALL, shown(called), body.noun(), bodyName, blocking.fix());
      }
    } else {
      warn(getCurrentPath(), node, Message.BLOCKING_CALL, shown(called), body.noun(), bodyName, blocking.fix());
    }
  }

  /** A call as a diagnostic names it: {@code Thread.sleep}, {@code ReentrantLock.lock}. */
  private static String shown(ExecutableElement called) {
    return called.getEnclosingElement().getSimpleName() + "." + called.getSimpleName();
  }

  /**
   * The method of {@code java.util.concurrent.locks.Lock} that {@code called} is or overrides among
   * those that take or release it ({@code lock}, {@code lockInterruptibly}, {@code tryLock},
   * {@code unlock}), or null.
   */
  private String lockMethod(ExecutableElement called) {
    String name = called.getSimpleName().toString();
    if (!LOCK_METHODS.contains(name) || lockType == null) {
      return null;
    }
    TypeElement owner = (TypeElement) called.getEnclosingElement();
    for (ExecutableElement m : ElementFilter.methodsIn(lockType.getEnclosedElements())) {
      if (m.getSimpleName().contentEquals(name) && (m.equals(called) || elements.overrides(called, m, owner))) {
        return name;
      }
    }
    return null;
  }

  /** The variable or field a call is made on ({@code lock} in {@code lock.unlock()}), or null. */
  private Element receiver(MethodInvocationTree node) {
    if (!(node.getMethodSelect() instanceof MemberSelectTree)) {
      return null;
    }
    ExpressionTree target = ((MemberSelectTree) node.getMethodSelect()).getExpression();
    Element e = trees.getElement(new TreePath(new TreePath(getCurrentPath(), node.getMethodSelect()), target));
    if (e == null) {
      return null;
    }
    ElementKind k = e.getKind();
    return k.isField() || k == ElementKind.LOCAL_VARIABLE || k == ElementKind.PARAMETER ? e : null;
  }

  /**
   * A suspension point between a {@code lock} (or {@code tryLock}) call and the next {@code unlock}
   * of the same lock, in source order, is reported once, at the suspension point.
   */
  private void reportLocksAcrossSuspensions() {
    SourcePositions positions = trees.getSourcePositions();
    events.sort(Comparator.comparingLong(ev -> positions.getStartPosition(unit, ev.node)));
    Set<Tree> reported = new HashSet<>();
    for (int i = 0; i < events.size(); i++) {
      Event lock = events.get(i);
      if (lock.kind != Event.LOCK) {
        continue;
      }
      for (int j = i + 1; j < events.size(); j++) {
        Event next = events.get(j);
        if (next.kind == Event.UNLOCK && next.receiver.equals(lock.receiver)) {
          break;
        }
        if (next.kind == Event.SUSPEND) {
          if (reported.add(next.node)) {
            String held = lock.receiver.getSimpleName().toString();
            warn(bodyPath, next.node, Message.LOCK_ACROSS_SUSPENSION, held, next.name, body.noun(), held);
          }
          break;
        }
      }
    }
  }

  /**
   * Whether a {@code @SuppressWarnings} on a declaration enclosing {@code path} names the finding's
   * tag ({@code "StepwiseBlockingCall"}, ...) or {@code "stepwise"}, which names them all.
   */
  private boolean suppressed(TreePath path, Message message) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      Tree.Kind k = p.getLeaf().getKind();
      if (k != Tree.Kind.METHOD && k != Tree.Kind.VARIABLE && !(p.getLeaf() instanceof ClassTree)) {
        continue;
      }
      Element e = trees.getElement(p);
      SuppressWarnings s = e == null ? null : e.getAnnotation(SuppressWarnings.class);
      if (s != null) {
        for (String name : s.value()) {
          if (name.equals("stepwise") || name.equals(message.tag())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void warn(TreePath at, Tree node, Message message, Object... args) {
    if (!suppressed(at, message)) {
      diagnostics.warning(node, unit, message, args);
    }
  }

  /** A lock or unlock call on a receiver, or a suspension point, of the body being scanned. */
  private static final class Event {
    static final int LOCK = 0;
    static final int UNLOCK = 1;
    static final int SUSPEND = 2;

    final int kind;
    final Element receiver;
    final Tree node;
    final String name;

    Event(int kind, Element receiver, Tree node, String name) {
      this.kind = kind;
      this.receiver = receiver;
      this.node = node;
      this.name = name;
    }
  }
}
