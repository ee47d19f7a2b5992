package dev.stepwise.processor;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Reaches javac's {@link Trees} through the wrappers IDEs and build tools put around the
 * processing environment: IntelliJ's dynamic proxy (unwrapped by JPS's own
 * {@code org.jetbrains.jps.javac.APIWrappers.unwrap} when it is there, else through the field its
 * invocation handler captured the real environment in), Gradle's incremental
 * {@code IncrementalProcessingEnvironment} (field {@code delegate}) and kapt-like wrappers
 * ({@code processingEnv}). Only {@code Trees} comes from the unwrapped environment; the wrapped
 * {@code Filer} and {@code Messager} stay in use so tools track our output.
 */
public final class JavacEnvironment {
  private JavacEnvironment() {}

  /** How many wrappers deep to look; real tools nest one or two. */
  private static final int MAX_DEPTH = 8;

  /**
   * The {@code Trees} of the compiler behind {@code env}.
   *
   * @throws UnsupportedOperationException with the reason, when the compiler is not javac or the
   *     wrapper around it cannot be opened
   */
  public static Trees trees(ProcessingEnvironment env) {
    return Trees.instance(javac(env));
  }

  /**
   * The {@code JavacTask} of the compilation behind {@code env}, to listen to its later phases.
   *
   * @throws UnsupportedOperationException as {@link #trees}
   */
  public static JavacTask task(ProcessingEnvironment env) {
    return JavacTask.instance(javac(env));
  }

  /** javac's own environment behind {@code env}, found as {@link #trees} describes. */
  private static ProcessingEnvironment javac(ProcessingEnvironment env) {
    ProcessingEnvironment candidate = env;
    for (int depth = 0; depth < MAX_DEPTH && candidate != null; depth++) {
      try {
        Trees.instance(candidate);
        return candidate;
      } catch (IllegalArgumentException e) {
        // not javac's own environment: look inside it
      } catch (LinkageError e) {
        throw new UnsupportedOperationException("com.sun.source is not available: " + e, e);
      }
      candidate = unwrap(candidate);
    }
    String name = env.getClass().getName();
    boolean wrapped = Proxy.isProxyClass(env.getClass()) || unwrap(env) != null;
    throw new UnsupportedOperationException(wrapped
        ? "the processing environment " + name + " wraps another one that could not be opened"
        : "the processing environment " + name + " is not javac's");
  }

  /** The environment {@code env} wraps, or null. */
  static ProcessingEnvironment unwrap(ProcessingEnvironment env) {
    ProcessingEnvironment viaJps = jpsUnwrap(env);
    if (viaJps != null && viaJps != env) {
      return viaJps;
    }
    if (Proxy.isProxyClass(env.getClass())) {
      InvocationHandler handler = Proxy.getInvocationHandler(env);
      ProcessingEnvironment inner = environmentField(handler, env);
      if (inner != null) {
        return inner;
      }
    }
    return environmentField(env, env);
  }

  /**
   * IntelliJ's {@code org.jetbrains.jps.javac.APIWrappers.unwrap(Class, Object)}, which its build
   * message tells processors to call, looked up where the wrapper was loaded; null when absent.
   */
  private static ProcessingEnvironment jpsUnwrap(ProcessingEnvironment env) {
    for (ClassLoader loader : new ClassLoader[] {
        env.getClass().getClassLoader(), Thread.currentThread().getContextClassLoader()}) {
      if (loader == null) {
        continue;
      }
      try {
        Class<?> wrappers = Class.forName("org.jetbrains.jps.javac.APIWrappers", false, loader);
        Method unwrap = wrappers.getMethod("unwrap", Class.class, Object.class);
        Object inner = unwrap.invoke(null, ProcessingEnvironment.class, env);
        return inner instanceof ProcessingEnvironment ? (ProcessingEnvironment) inner : null;
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        // not running under JPS, or a JPS without that method: the fields are tried next
      }
    }
    return null;
  }

  private static ProcessingEnvironment environmentField(Object holder, ProcessingEnvironment outer) {
    for (Class<?> c = holder.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (!ProcessingEnvironment.class.isAssignableFrom(f.getType()) && !f.getType().equals(Object.class)) {
          continue;
        }
        try {
          f.setAccessible(true);
          Object value = f.get(holder);
          if (value instanceof ProcessingEnvironment && value != holder && value != outer) {
            return (ProcessingEnvironment) value;
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          // not accessible (a module boundary): try the next field
        }
      }
    }
    return null;
  }
}
