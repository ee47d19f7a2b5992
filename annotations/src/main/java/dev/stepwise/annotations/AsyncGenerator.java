package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks asynchronous generator bodies: Python's {@code async def} with {@code yield} (PEP 525).
 *
 * <p>On an interface, every default method that returns {@code dev.stepwise.AsyncGen} is an
 * asynchronous generator; on a default method, that method is. Such a body may use every step
 * keyword: {@code Yield.value}, {@code Yield.from} (PEP 828), {@code await}, {@code Async.iter} and
 * {@code Async.with}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AsyncGenerator {}
