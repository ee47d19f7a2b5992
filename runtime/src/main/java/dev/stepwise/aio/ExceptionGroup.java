package dev.stepwise.aio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Several exceptions raised together, as a {@link TaskGroup} raises the failures of its tasks.
 * Python's {@code ExceptionGroup} (PEP 654).
 *
 * <p>{@link #getMessage()} is Python's {@code str(group)}: the message followed by the count, e.g.
 * {@code "unhandled errors in a TaskGroup (2 sub-exceptions)"}; {@link #message()} is the message
 * alone. The sub-exceptions are also attached as {@linkplain #getSuppressed() suppressed
 * exceptions}, so that a printed stack trace shows each of them, as Python's traceback does.
 * Java has no {@code except*}: catch the group and look at {@link #exceptions()}, or take a
 * {@link #subgroup(Class)}.
 */
public class ExceptionGroup extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The message without the count. */
  private final String message;
  /** The sub-exceptions, unmodifiable. */
  private final List<Throwable> exceptions;

  /**
   * A group of {@code exceptions}. Python's {@code ExceptionGroup(message, exceptions)}.
   *
   * @param message what the exceptions have in common
   * @param exceptions the sub-exceptions, in order
   * @throws IllegalArgumentException "second argument (exceptions) must be a non-empty sequence"
   *     when {@code exceptions} is empty
   * @throws NullPointerException if {@code exceptions} or one of them is null
   */
  public ExceptionGroup(String message, List<? extends Throwable> exceptions) {
    super(describe(message, exceptions), null, true, true);
    this.message = message;
    List<Throwable> copy = new ArrayList<>(exceptions);
    for (Throwable t : copy) {
      if (t == null) {
        throw new NullPointerException("an ExceptionGroup cannot hold null");
      }
      if (t != this) {
        addSuppressed(t);
      }
    }
    this.exceptions = Collections.unmodifiableList(copy);
  }

  private static String describe(String message, List<? extends Throwable> exceptions) {
    int n = exceptions.size();
    if (n == 0) {
      throw new IllegalArgumentException("second argument (exceptions) must be a non-empty sequence");
    }
    return message + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
  }

  /**
   * The message without the count. Python's {@code ExceptionGroup.message}.
   *
   * @return the message given to the constructor
   */
  public String message() {
    return message;
  }

  /**
   * The sub-exceptions, in order. Python's {@code ExceptionGroup.exceptions}.
   *
   * @return an unmodifiable list, never empty
   */
  public List<Throwable> exceptions() {
    return exceptions;
  }

  /**
   * The sub-exceptions of type {@code type}, searched recursively through nested groups, as a group
   * with the same message and nesting; null when none matches. Python's
   * {@code ExceptionGroup.subgroup(type)}, the matching half of {@code except* type}.
   *
   * @param type the exception type to keep
   * @return a new group, this group when everything matches, or null
   */
  public ExceptionGroup subgroup(Class<? extends Throwable> type) {
    if (type.isInstance(this)) {
      return this;
    }
    List<Throwable> kept = new ArrayList<>();
    boolean all = true;
    for (Throwable t : exceptions) {
      if (type.isInstance(t)) {
        kept.add(t);
      } else if (t instanceof ExceptionGroup) {
        ExceptionGroup nested = ((ExceptionGroup) t).subgroup(type);
        if (nested != null) {
          kept.add(nested);
        }
        all &= nested == t;
      } else {
        all = false;
      }
    }
    if (all) {
      return this;
    }
    return kept.isEmpty() ? null : new ExceptionGroup(message, kept);
  }
}
