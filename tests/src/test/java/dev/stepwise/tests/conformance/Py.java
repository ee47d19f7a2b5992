package dev.stepwise.tests.conformance;

import dev.stepwise.Coro;
import dev.stepwise.GeneratorExit;
import dev.stepwise.StopIteration;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.InvalidStateError;
import dev.stepwise.aio.TimeoutError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The Java twins of {@code src/test/resources/python/_support.py}: how values, exceptions and
 * states are printed in a trace, and the exceptions that play Python's built-in exception classes
 * raised by the programs themselves.
 */
public final class Py {
  private Py() {}

  /** Python's {@code ValueError} raised by a body. */
  public static final class ValueError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ValueError(String message) {
      super(message);
    }
  }

  /** Python's {@code TypeError} raised by a twin where Python's builtins raise it. */
  public static final class TypeError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TypeError(String message) {
      super(message);
    }
  }

  /** Python's {@code KeyError} raised by a body. */
  public static final class KeyError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KeyError(String message) {
      super(message);
    }
  }

  /**
   * The one mapping from Stepwise's exception types to Python's exception names. An exception
   * with no Python name fails the test.
   */
  public static String name(Throwable t) {
    Class<?> c = t.getClass();
    if (c.getEnclosingClass() == Py.class) {
      return c.getSimpleName();
    }
    if (t instanceof StopIteration) {
      return "StopIteration";
    }
    if (t instanceof GeneratorExit) {
      return "GeneratorExit";
    }
    if (t instanceof CancelledError) {
      return "CancelledError";
    }
    if (c == TimeoutError.class || c == InvalidStateError.class) {
      return c.getSimpleName();
    }
    if (c == IllegalArgumentException.class) {
      return "TypeError";
    }
    if (c == IllegalStateException.class) {
      // "coroutine already executing" and the like are ValueErrors in Python; the loop's misuse
      // errors are RuntimeErrors.
      return RUNTIME_ERROR_STATES.contains(t.getMessage()) ? "RuntimeError" : "ValueError";
    }
    if (c == RuntimeException.class) {
      return "RuntimeError";
    }
    throw new AssertionError("no Python name for " + c.getName(), t);
  }

  /** The messages of IllegalStateExceptions that Python raises as RuntimeError. */
  private static final Set<String> RUNTIME_ERROR_STATES = Set.of(
      "This event loop is already running",
      "Event loop is closed",
      "Event loop stopped before Future completed.",
      "Cannot close a running event loop",
      "no running event loop");

  /** {@code _support.show}: an element of a printed list, an exception as {@link #exc}. */
  static String show(Object o) {
    return o instanceof Throwable ? exc((Throwable) o) : repr(o);
  }

  /** {@code _support.exc}: an exception as a trace line. */
  public static String exc(Throwable t) {
    if (t instanceof StopIteration) {
      return "StopIteration (value=" + str(((StopIteration) t).value()) + ")";
    }
    String message = t.getMessage();
    return name(t) + (message == null || message.isEmpty() ? "" : ": " + message);
  }

  /** Python's {@code str(o)}, for the values the programs print. */
  public static String str(Object o) {
    if (o == null) {
      return "None";
    }
    if (o instanceof Boolean) {
      return (Boolean) o ? "True" : "False";
    }
    if (o instanceof List) {
      StringJoiner j = new StringJoiner(", ", "[", "]");
      for (Object e : (List<?>) o) {
        j.add(repr(e));
      }
      return j.toString();
    }
    if (o instanceof Throwable) {
      String message = ((Throwable) o).getMessage();
      return message == null ? "" : message;
    }
    return o.toString();
  }

  /** Python's {@code repr(o)}, for elements of printed lists. */
  public static String repr(Object o) {
    if (!(o instanceof String)) {
      return str(o);
    }
    String s = (String) o;
    return s.contains("'") && !s.contains("\"") ? "\"" + s + "\"" : "'" + s.replace("'", "\\'") + "'";
  }

  /** {@code _support.state}: {@code inspect.getcoroutinestate(c)}. */
  public static String state(Coro<?> c) {
    return "CORO_" + c.state();
  }

  /** {@code c.cr_running}: whether the coroutine is running. */
  public static boolean running(Coro<?> c) {
    return c.state() == dev.stepwise.GenState.RUNNING;
  }

  /** {@code c.cr_suspended} (3.11+): whether the coroutine is suspended at an await. */
  public static boolean suspended(Coro<?> c) {
    return c.state() == dev.stepwise.GenState.SUSPENDED;
  }

  /**
   * {@code type(c.cr_await).__name__}, or None: "coroutine" for a coroutine, "generator" for a
   * generator or for the twins' stand-in for a {@code @types.coroutine} generator
   * ({@link Probes#awaitable}), the class name for anything else.
   */
  public static String awaitingType(Coro<?> c) {
    Object a = c.awaiting();
    if (a == null) {
      return "None";
    }
    if (a instanceof Coro) {
      return "coroutine";
    }
    if (a instanceof dev.stepwise.Gen || a instanceof Probes.TypesCoroutine) {
      return "generator";
    }
    return a.getClass().getSimpleName();
  }

  /** Python's {@code sorted(items)} of strings or of integers. */
  public static List<Object> sorted(List<?> items) {
    List<Object> out = new ArrayList<>(items);
    out.sort((a, b) -> a instanceof Integer && b instanceof Integer
        ? Integer.compare((Integer) a, (Integer) b) : a.toString().compareTo(b.toString()));
    return out;
  }

  /**
   * {@code _support.Recorder}: an exception handler line, the message, the sorted keys of the
   * context and its exception.
   */
  public static String handlerLine(Map<String, Object> context) {
    Object e = context.get("exception");
    return "handler: " + context.get("message") + " | keys: " + str(sorted(new ArrayList<>(context.keySet())))
        + " | exception: " + (e instanceof Throwable ? exc((Throwable) e) : "None");
  }
}
