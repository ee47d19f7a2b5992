package dev.stepwise.processor;

import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Reaches javac's {@link Trees} through the wrappers IDEs and build tools put around the
 * processing environment: Gradle's incremental {@code IncrementalProcessingEnvironment} (field
 * {@code delegate}), IntelliJ's dynamic proxy (a handler that captured the real environment), and
 * kapt-like wrappers ({@code processingEnv}). Only {@code Trees} comes from the unwrapped
 * environment; the wrapped {@code Filer} and {@code Messager} stay in use so tools track our output.
 */
public final class JavacEnvironment {
  private JavacEnvironment() {}

  /**
   * The {@code Trees} of the compiler behind {@code env}.
   *
   * @throws UnsupportedOperationException with the reason, when the compiler is not javac
   */
  public static Trees trees(ProcessingEnvironment env) {
    Throwable failure = null;
    ProcessingEnvironment candidate = env;
    for (int depth = 0; depth < 5 && candidate != null; depth++) {
      try {
        return Trees.instance(candidate);
      } catch (IllegalArgumentException e) {
        failure = e;
      } catch (LinkageError e) {
        throw new UnsupportedOperationException("com.sun.source is not available: " + e, e);
      }
      candidate = unwrap(candidate);
    }
    throw new UnsupportedOperationException(
        "the processing environment " + env.getClass().getName() + " is not javac's"
            + (failure == null ? "" : " (" + failure.getMessage() + ")"));
  }

  /** The environment {@code env} wraps, or null. */
  static ProcessingEnvironment unwrap(ProcessingEnvironment env) {
    if (Proxy.isProxyClass(env.getClass())) {
      InvocationHandler handler = Proxy.getInvocationHandler(env);
      ProcessingEnvironment inner = environmentField(handler);
      if (inner != null) {
        return inner;
      }
    }
    return environmentField(env);
  }

  private static ProcessingEnvironment environmentField(Object holder) {
    for (Class<?> c = holder.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (!ProcessingEnvironment.class.isAssignableFrom(f.getType()) && !f.getType().equals(Object.class)) {
          continue;
        }
        try {
          f.setAccessible(true);
          Object value = f.get(holder);
          if (value instanceof ProcessingEnvironment && value != holder) {
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
