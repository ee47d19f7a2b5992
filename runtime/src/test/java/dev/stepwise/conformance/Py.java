package dev.stepwise.conformance;

import dev.stepwise.Gen;
import dev.stepwise.GenState;
import dev.stepwise.GeneratorExit;
import dev.stepwise.StopIteration;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.ExceptionGroup;
import dev.stepwise.aio.InvalidStateError;
import dev.stepwise.aio.QueueEmpty;
import dev.stepwise.aio.QueueFull;
import dev.stepwise.aio.QueueShutDown;
import dev.stepwise.aio.TimeoutError;
import dev.stepwise.internal.ReferenceGen;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

/**
 * The Java twins of {@code src/test/resources/python/_support.py}: how values, exceptions and
 * states are printed in a trace, and the exceptions that play Python's user exception classes.
 */
final class Py {
  private Py() {}

  /** Python's {@code ValueError} raised by a body (unchecked, like every Python exception). */
  static final class ValueError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ValueError(String message) {
      super(message);
    }
  }

  /** Python's {@code TypeError} raised by a body. */
  static final class TypeError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TypeError(String message) {
      super(message);
    }
  }

  /** A user exception of the programs, {@code class Boom(Exception)}; checked, on purpose. */
  static final class Boom extends Exception {
    private static final long serialVersionUID = 1L;

    Boom(String message) {
      super(message);
    }
  }

  /**
   * The one mapping from Stepwise's exception types to Python's exception names. An exception
   * with no Python name fails the test.
   */
  static String name(Throwable t) {
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
    if (c == TimeoutError.class || c == InvalidStateError.class || c == ExceptionGroup.class
        || c == QueueEmpty.class || c == QueueFull.class || c == QueueShutDown.class) {
      return c.getSimpleName();
    }
    if (c == IllegalArgumentException.class) {
      // A bad argument is an IllegalArgumentException in Java whether Python calls it a TypeError
      // or a ValueError; these messages are ValueErrors in Python.
      return VALUE_ERROR_ARGUMENTS.contains(t.getMessage()) ? "ValueError" : "TypeError";
    }
    if (c == IllegalStateException.class) {
      return "ValueError";
    }
    if (c == UnsupportedOperationException.class) {
      return "AttributeError";
    }
    if (c == RuntimeException.class) {
      return "RuntimeError";
    }
    throw new AssertionError("no Python name for " + c.getName(), t);
  }

  /** The messages of IllegalArgumentExceptions that Python raises as ValueError. */
  private static final Set<String> VALUE_ERROR_ARGUMENTS = Set.of(
      "Set of Tasks/Futures is empty.",
      "Semaphore initial value must be >= 0");

  /** {@code _support.show}: an element of a printed list, an exception as {@link #exc}. */
  static String show(Object o) {
    return o instanceof Throwable ? exc((Throwable) o) : repr(o);
  }

  /** {@code _support.exc}: an exception as a trace line. */
  static String exc(Throwable t) {
    if (t instanceof StopIteration) {
      return "StopIteration (value=" + str(((StopIteration) t).value()) + ")";
    }
    String message = t.getMessage();
    return name(t) + (message == null || message.isEmpty() ? "" : ": " + message);
  }

  /** Python's {@code str(o)}, for the values the programs print. */
  static String str(Object o) {
    if (o == null) {
      return "None";
    }
    if (o instanceof Boolean) {
      return (Boolean) o ? "True" : "False";
    }
    if (o instanceof Object[]) {
      Object[] tuple = (Object[]) o;
      StringJoiner j = new StringJoiner(", ", "(", tuple.length == 1 ? ",)" : ")");
      for (Object e : tuple) {
        j.add(repr(e));
      }
      return j.toString();
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

  /** Python's {@code repr(o)}, for elements of printed tuples and lists. */
  static String repr(Object o) {
    if (!(o instanceof String)) {
      return str(o);
    }
    String s = (String) o;
    // Python quotes with ' unless the string holds a ' and no ".
    return s.contains("'") && !s.contains("\"") ? "\"" + s + "\"" : "'" + s.replace("'", "\\'") + "'";
  }

  /** {@code _support.state}: {@code inspect.getgeneratorstate(g)}. */
  static String state(Gen<?, ?, ?> g) {
    return "GEN_" + g.state();
  }

  /**
   * {@code _support.close}: Python 3.13's {@code close()} result, the value the generator returned
   * after GeneratorExit (Stepwise exposes it as {@code returnValue()}), else None.
   */
  static Object close(Gen<?, ?, ?> g) {
    boolean suspended = g.state() == GenState.SUSPENDED;
    g.close();
    return suspended ? g.returnValue() : null;
  }

  /** Python's {@code list(g)}. */
  static List<Object> list(Iterable<?> g) {
    List<Object> out = new ArrayList<>();
    for (Object o : g) {
      out.add(o);
    }
    return out;
  }

  /** A generator whose body is {@code body}, run by the reference executor. */
  static Gen<Object, Object, Object> gen(String name, Callable<Gen<Object, Object, Object>> body) {
    return new ReferenceGen<>(name, body);
  }
}
