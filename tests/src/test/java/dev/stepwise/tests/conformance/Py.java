package dev.stepwise.tests.conformance;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.GeneratorExit;
import dev.stepwise.StopAsyncIteration;
import dev.stepwise.StopIteration;
import dev.stepwise.aio.CancelledError;
import dev.stepwise.aio.IncompleteReadError;
import dev.stepwise.aio.InvalidStateError;
import dev.stepwise.aio.LimitOverrunError;
import dev.stepwise.aio.TimeoutError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    if (t instanceof StopAsyncIteration) {
      return "StopAsyncIteration";
    }
    if (t instanceof GeneratorExit) {
      return "GeneratorExit";
    }
    if (t instanceof CancelledError) {
      return "CancelledError";
    }
    if (c == TimeoutError.class || c == InvalidStateError.class
        || c == IncompleteReadError.class || c == LimitOverrunError.class) {
      return c.getSimpleName();
    }
    if (c == IllegalArgumentException.class) {
      // The streams' limit and argument errors are ValueErrors in Python (readline's limit error
      // keeps the LimitOverrunError as its cause); the others are TypeErrors.
      return t.getCause() instanceof LimitOverrunError || VALUE_ERROR_ARGUMENTS.contains(t.getMessage())
          ? "ValueError" : "TypeError";
    }
    if (c == IllegalStateException.class) {
      // "coroutine already executing" and the like are ValueErrors in Python; the loop's and the
      // streams' misuse errors are RuntimeErrors.
      String message = t.getMessage();
      boolean secondReader = message != null && message.endsWith(SECOND_READER);
      boolean agenRunning = message != null && message.endsWith(AGEN_RUNNING);
      return RUNTIME_ERROR_STATES.contains(message) || secondReader || agenRunning ? "RuntimeError" : "ValueError";
    }
    if (c == RuntimeException.class) {
      return "RuntimeError";
    }
    if (c == UncheckedIOException.class) {
      // Python's OSError subclasses: Stepwise raises the IOException unchecked, as its cause.
      IOException cause = ((UncheckedIOException) t).getCause();
      if (cause instanceof ConnectException) {
        return "ConnectionRefusedError";
      }
      String detail = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
      boolean lost = cause instanceof SocketException && "Connection lost".equals(t.getMessage());
      if (lost || detail.contains("reset")) {
        return "ConnectionResetError";
      }
    }
    throw new AssertionError("no Python name for " + c.getName(), t);
  }

  /** The messages of IllegalStateExceptions that Python raises as RuntimeError. */
  private static final Set<String> RUNTIME_ERROR_STATES = Set.of(
      "This event loop is already running",
      "Event loop is closed",
      "Event loop stopped before Future completed.",
      "Cannot close a running event loop",
      "no running event loop",
      "Cannot call write() after write_eof()");

  /** How a StreamReader's RuntimeError for a second waiting read ends ("read() called while ..."). */
  private static final String SECOND_READER = " called while another coroutine is already waiting for incoming data";

  /** How an asynchronous generator's RuntimeError for a second operation ends ("anext(): ..."). */
  private static final String AGEN_RUNNING = "(): asynchronous generator is already running";

  /** The messages of IllegalArgumentExceptions that Python raises as ValueError. */
  private static final Set<String> VALUE_ERROR_ARGUMENTS = Set.of(
      "Limit cannot be <= 0",
      "Separator should be at least one-byte string",
      "Separator should contain at least one element",
      "readexactly size can not be less than zero");

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
    if (o instanceof byte[]) {
      return bytes((byte[]) o);
    }
    if (o instanceof List) {
      StringJoiner j = new StringJoiner(", ", "[", "]");
      for (Object e : (List<?>) o) {
        j.add(repr(e));
      }
      return j.toString();
    }
    if (o instanceof Map) {
      StringJoiner j = new StringJoiner(", ", "{", "}");
      for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
        j.add(repr(e.getKey()) + ": " + repr(e.getValue()));
      }
      return j.toString();
    }
    if (o instanceof Throwable) {
      String message = ((Throwable) o).getMessage();
      return message == null ? "" : message;
    }
    return o.toString();
  }

  /**
   * Python's {@code repr(b)} (and {@code str(b)}) of bytes: {@code b'...'}, in double quotes if
   * the bytes hold a single quote and no double quote; backslash, the quote, tab, newline and
   * carriage return escaped, other bytes outside printable ASCII as {@code \xhh}.
   */
  public static String bytes(byte[] b) {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (byte x : b) {
      hasSingle |= x == '\'';
      hasDouble |= x == '"';
    }
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder s = new StringBuilder("b").append(quote);
    for (byte x : b) {
      int c = x & 0xff;
      if (c == quote || c == '\\') {
        s.append('\\').append((char) c);
      } else if (c == '\t') {
        s.append("\\t");
      } else if (c == '\n') {
        s.append("\\n");
      } else if (c == '\r') {
        s.append("\\r");
      } else if (c < ' ' || c >= 0x7f) {
        s.append(String.format("\\x%02x", c));
      } else {
        s.append((char) c);
      }
    }
    return s.append(quote).toString();
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

  /**
   * {@code _support.agstate}: {@code inspect.getasyncgenstate(ag)}, AGEN_RUNNING also while an
   * operation is suspended in an await of the body.
   */
  public static String agstate(AsyncGen<?, ?, ?> ag) {
    return "AGEN_" + ag.state();
  }

  /**
   * {@code type(o).__name__} for the values the programs name: "async_generator" for an
   * {@link AsyncGen}, "async_generator_asend" / "async_generator_athrow" for the awaitables of its
   * operations (anext/asend, athrow/aclose: their {@code toString()} says which), "coroutine" for
   * any other {@link Coro}, Python's names for the boxed numbers, strings, lists and tuples, the
   * class name for anything else.
   */
  public static String typeName(Object o) {
    if (o instanceof AsyncGen) {
      return "async_generator";
    }
    if (o instanceof Coro) {
      String s = o.toString();
      if (s.startsWith("<async_generator_asend ")) {
        return "async_generator_asend";
      }
      if (s.startsWith("<async_generator_athrow ")) {
        return "async_generator_athrow";
      }
      return "coroutine";
    }
    if (o == null) {
      return "NoneType";
    }
    if (o instanceof Integer || o instanceof Long) {
      return "int";
    }
    if (o instanceof String) {
      return "str";
    }
    if (o instanceof Boolean) {
      return "bool";
    }
    if (o instanceof List) {
      return "list";
    }
    if (o instanceof Tuple) {
      return "tuple";
    }
    return o.getClass().getSimpleName();
  }

  /** Python's tuple, for the values the programs yield: printed {@code (1, 2)}, {@code (1,)}, {@code ()}. */
  public static final class Tuple {
    private final List<Object> items;

    private Tuple(List<Object> items) {
      this.items = items;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Tuple && ((Tuple) o).items.equals(items);
    }

    @Override
    public int hashCode() {
      return items.hashCode();
    }

    @Override
    public String toString() {
      StringJoiner j = new StringJoiner(", ", "(", items.size() == 1 ? ",)" : ")");
      for (Object e : items) {
        j.add(repr(e));
      }
      return j.toString();
    }
  }

  /** {@code (a, b, ...)}. */
  public static Tuple tuple(Object... items) {
    return new Tuple(java.util.Arrays.asList(items));
  }

  /** {@code c.cr_running}: whether the coroutine is running. */
  public static boolean running(Coro<?> c) {
    return c.state() == dev.stepwise.GenState.RUNNING;
  }

  /** {@code ag.ag_running}: an operation is in progress (also while it is suspended in an await of the body). */
  public static boolean running(AsyncGen<?, ?, ?> ag) {
    return ag.state() == dev.stepwise.GenState.RUNNING;
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
