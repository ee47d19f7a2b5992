package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks generator bodies: Python's {@code def} with {@code yield}.
 *
 * <p>On an interface, every default method that returns {@code dev.stepwise.Gen} is a generator;
 * on a default method, that method is. The Stepwise processor turns each body into a resumable
 * state machine in the generated {@code <Interface>Steps} class. A generator body may use
 * {@code Yield.value} and {@code Yield.from}; {@code await} and the other coroutine keywords are a
 * compile error ("'await' outside coroutine"), as in Python.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Generator {}
