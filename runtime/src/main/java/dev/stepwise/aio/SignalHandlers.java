package dev.stepwise.aio;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The process's signal handlers that belong to event loops: asyncio's
 * {@code loop.add_signal_handler} bookkeeping. The JDK observes signals through
 * {@code sun.misc.Signal} of the {@code jdk.unsupported} module (javac warns about any direct use
 * of it, so it is called through reflection); its handler runs on a thread of the JDK's, and all
 * it does here is {@link EventLoop#callSoonThreadsafe} the callback, so the callback runs on the
 * loop's thread, never in the signal's context.
 *
 * <p>A signal has one handler per process: adding it on a second loop takes it over from the
 * first. Removing it restores the handler that was there before the first loop added it (for
 * INT, TERM and HUP the JVM's own, which runs the shutdown hooks and exits).
 */
final class SignalHandlers {
  private static final Class<?> SIGNAL;
  private static final Class<?> HANDLER;
  private static final Constructor<?> NEW_SIGNAL;
  private static final Method HANDLE;
  private static final Throwable UNAVAILABLE;

  static {
    Class<?> signal = null;
    Class<?> handler = null;
    Constructor<?> newSignal = null;
    Method handle = null;
    Throwable unavailable = null;
    try {
      signal = Class.forName("sun.misc.Signal");
      handler = Class.forName("sun.misc.SignalHandler");
      newSignal = signal.getConstructor(String.class);
      handle = signal.getMethod("handle", signal, handler);
    } catch (ReflectiveOperationException | LinkageError e) {
      unavailable = e;
    }
    SIGNAL = signal;
    HANDLER = handler;
    NEW_SIGNAL = newSignal;
    HANDLE = handle;
    UNAVAILABLE = unavailable;
  }

  /** One loop's handler of one signal. */
  private static final class Registration {
    final EventLoop loop;
    final Object signal;
    /** The handler to put back: the one before the first loop's. */
    final Object previous;

    Registration(EventLoop loop, Object signal, Object previous) {
      this.loop = loop;
      this.signal = signal;
      this.previous = previous;
    }
  }

  /** By canonical name ({@code "HUP"}); guarded by the class. */
  private static final Map<String, Registration> REGISTERED = new HashMap<>();

  private SignalHandlers() {}

  /** {@code "sigint"}, {@code "SIGINT"}, {@code "INT"}: the upper-case name without {@code SIG}. */
  static String canonicalName(String signal) {
    Objects.requireNonNull(signal, "signal");
    String s = signal.trim().toUpperCase(Locale.ROOT);
    return s.startsWith("SIG") ? s.substring(3) : s;
  }

  /** Whether {@code loop} handles any signal (one may then wake it at any time). */
  static synchronized boolean any(EventLoop loop) {
    for (Registration r : REGISTERED.values()) {
      if (r.loop == loop) {
        return true;
      }
    }
    return false;
  }

  /** See {@link EventLoop#addSignalHandler}. */
  static synchronized void add(EventLoop loop, String signal, Runnable callback) {
    Objects.requireNonNull(callback, "callback");
    String name = canonicalName(signal);
    Object sig = signalObject(name, signal);
    Object handler = Proxy.newProxyInstance(SignalHandlers.class.getClassLoader(), new Class<?>[] {HANDLER},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "handle":
              try {
                loop.callSoonThreadsafe(callback);
              } catch (IllegalStateException closed) {
                // The loop closed while the signal was on its way; its handlers are being removed.
              }
              return null;
            case "hashCode":
              return System.identityHashCode(proxy);
            case "equals":
              return proxy == args[0];
            default:
              return "<signal handler SIG" + name + " of " + loop + ">";
          }
        });
    Object returned;
    try {
      returned = HANDLE.invoke(null, sig, handler);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException) {
        // Python's RuntimeError('sig N cannot be caught'); here also the signals the JVM keeps.
        throw new UnsupportedOperationException("sig SIG" + name + " cannot be caught: " + cause.getMessage(), cause);
      }
      throw sneaky(cause);
    } catch (IllegalAccessException e) {
      throw new UnsupportedOperationException("SIG" + name + " cannot be caught: " + e, e);
    }
    Registration existing = REGISTERED.get(name);
    REGISTERED.put(name, new Registration(loop, sig, existing != null ? existing.previous : returned));
  }

  /** See {@link EventLoop#removeSignalHandler}. */
  static synchronized boolean remove(EventLoop loop, String signal) {
    String name = canonicalName(signal);
    if (UNAVAILABLE != null) {
      return false;
    }
    signalObject(name, signal); // Python's _check_signal: an invalid signal raises even here
    Registration r = REGISTERED.get(name);
    if (r == null || r.loop != loop) {
      return false;
    }
    REGISTERED.remove(name);
    restore(r);
    return true;
  }

  /** Removes every handler of {@code loop}; its {@link EventLoop#close()} calls this. */
  static synchronized void removeAll(EventLoop loop) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, Registration> e : REGISTERED.entrySet()) {
      if (e.getValue().loop == loop) {
        names.add(e.getKey());
      }
    }
    for (String name : names) {
      restore(REGISTERED.remove(name));
    }
  }

  /** How many signals {@code loop} handles; for tests. */
  static synchronized int count(EventLoop loop) {
    int n = 0;
    for (Registration r : REGISTERED.values()) {
      if (r.loop == loop) {
        n++;
      }
    }
    return n;
  }

  private static void restore(Registration r) {
    try {
      HANDLE.invoke(null, r.signal, r.previous);
    } catch (InvocationTargetException e) {
      throw sneaky(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot restore the handler of " + r.signal, e);
    }
  }

  private static Object signalObject(String name, String given) {
    if (UNAVAILABLE != null) {
      throw new UnsupportedOperationException("SIG" + name
          + " cannot be caught: the JDK's sun.misc.Signal (module jdk.unsupported) is not available: " + UNAVAILABLE,
          UNAVAILABLE);
    }
    try {
      return NEW_SIGNAL.newInstance(name);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException) {
        // Python's ValueError('invalid signal number N').
        throw new IllegalArgumentException("invalid signal: " + given + " (" + e.getCause().getMessage() + ")", e.getCause());
      }
      throw sneaky(e.getCause());
    } catch (InstantiationException | IllegalAccessException e) {
      throw new UnsupportedOperationException("SIG" + name + " cannot be caught: " + e, e);
    }
  }

  private static RuntimeException sneaky(Throwable t) {
    if (t instanceof RuntimeException) {
      return (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    return new IllegalStateException(t);
  }
}
