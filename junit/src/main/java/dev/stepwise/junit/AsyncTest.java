package dev.stepwise.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JUnit 5 test of async code: a {@code @Test} run with the {@link StepwiseExtension}. Declare a
 * {@link TestLoop} parameter and run your coroutines on it; the test then fails if a task is still
 * pending when it ends, if a coroutine was never awaited, or if the loop's exception handler
 * received anything (an exception never retrieved, a failing callback). Python has no counterpart
 * in its standard library ({@code unittest.IsolatedAsyncioTestCase} runs each test on a fresh loop
 * but reports none of these).
 *
 * <pre>{@code
 * @AsyncTest
 * void fetchesInOrder(TestLoop loop) {
 *   assertEquals("a", loop.run(FetcherSteps.INSTANCE.fetch("a")));
 *   assertEquals(2.0, loop.clock().now());  // slept two virtual seconds, instantly
 * }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@ExtendWith(StepwiseExtension.class)
public @interface AsyncTest {}
