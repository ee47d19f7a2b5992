package dev.stepwise.junit;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link AsyncTest} (or {@code @ExtendWith(StepwiseExtension.class)}):
 * resolves a {@link TestLoop} parameter to a fresh loop on a virtual clock, and after the test
 * shuts that loop down and fails the test, with one message per problem, if a task was still
 * pending, a coroutine was never awaited, or the loop's exception handler received anything.
 */
public final class StepwiseExtension implements ParameterResolver, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StepwiseExtension.class);

  /** Created by JUnit. */
  public StepwiseExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestLoop.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(TestLoop.class, k -> new TestLoop(), TestLoop.class);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    TestLoop loop = context.getStore(NAMESPACE).remove(TestLoop.class, TestLoop.class);
    if (loop == null) {
      return;
    }
    TestLoop.Problems problems = loop.finish();
    if (problems.isEmpty()) {
      return;
    }
    AssertionError failure = new AssertionError(
        "async test " + context.getDisplayName() + ":\n- " + String.join("\n- ", problems.messages));
    problems.causes.forEach(failure::addSuppressed);
    throw failure;
  }
}
