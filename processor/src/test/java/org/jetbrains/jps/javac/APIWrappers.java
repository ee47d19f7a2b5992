package org.jetbrains.jps.javac;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * A stand-in for IntelliJ's JPS class of this name, whose {@code unwrap} the IDE's build message
 * tells processors to call. Like the real one it returns the instance itself when it is not one
 * of its wrappers; its wrappers are proxies whose handler is a {@link Handler}.
 */
public final class APIWrappers {
  private APIWrappers() {}

  /** A handler that keeps the wrapped object where no field scan finds it. */
  public interface Handler extends InvocationHandler, Supplier<Object> {}

  public static <T> T unwrap(Class<T> ifaceClass, T instance) {
    if (instance != null && Proxy.isProxyClass(instance.getClass())
        && Proxy.getInvocationHandler(instance) instanceof Handler) {
      return ifaceClass.cast(((Handler) Proxy.getInvocationHandler(instance)).get());
    }
    return instance;
  }
}
