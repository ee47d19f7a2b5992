package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks coroutine bodies: Python's {@code async def}.
 *
 * <p>On an interface, every default method that returns {@code dev.stepwise.Coro} is a coroutine;
 * on a default method, that method is. A coroutine body may use {@code await}, {@code Async.iter}
 * and {@code Async.with}; {@code Yield.value} and {@code Yield.from} are a compile error
 * ("'yield' inside coroutine"), as in Python 3.5.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Coroutine {}
