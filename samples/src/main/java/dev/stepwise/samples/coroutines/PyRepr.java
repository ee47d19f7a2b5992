package dev.stepwise.samples.coroutines;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Prints values the way Python's {@code repr()} does, so that a sample's output can be compared
 * with its Python original: strings in single quotes, lists in brackets, an exception as
 * {@code Type('message')} with its Java class name (the Python originals map their exception types
 * to the same names).
 */
public final class PyRepr {
  private PyRepr() {}

  /**
   * Python's {@code repr(value)} for the values the samples print.
   *
   * @param value a string, a list, an exception, a boolean, null or anything else
   * @return its representation
   */
  public static String repr(Object value) {
    if (value == null) {
      return "None";
    }
    if (value instanceof String) {
      return quote((String) value);
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? "True" : "False";
    }
    if (value instanceof List) {
      StringJoiner items = new StringJoiner(", ", "[", "]");
      for (Object item : (List<?>) value) {
        items.add(repr(item));
      }
      return items.toString();
    }
    if (value instanceof Throwable) {
      Throwable e = (Throwable) value;
      String message = e.getMessage();
      return e.getClass().getSimpleName() + "(" + (message == null ? "" : quote(message)) + ")";
    }
    return String.valueOf(value);
  }

  /**
   * Python's {@code f"{seconds:.1f}"}, whatever the default locale.
   *
   * @param seconds a duration
   * @return it with one decimal
   */
  public static String oneDecimal(double seconds) {
    return String.format(Locale.ROOT, "%.1f", seconds);
  }

  private static String quote(String s) {
    boolean single = s.indexOf('\'') >= 0 && s.indexOf('"') < 0;
    char q = single ? '"' : '\'';
    StringBuilder b = new StringBuilder().append(q);
    for (char c : s.toCharArray()) {
      if (c == '\\' || c == q) {
        b.append('\\');
      }
      if (c == '\n') {
        b.append("\\n");
      } else {
        b.append(c);
      }
    }
    return b.append(q).toString();
  }
}
