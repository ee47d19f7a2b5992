package dev.stepwise.processor.lint;

import java.util.Locale;

/** How a kind of lint finding is reported, as the processor option for it says. */
public enum Severity {
  OFF,
  WARNING,
  ERROR;

  /**
   * The severity an option value names ({@code off}, {@code warning}, {@code error}, any case);
   * {@code fallback} for null.
   *
   * @throws IllegalArgumentException for any other value, naming the valid ones
   */
  public static Severity parse(String value, Severity fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + value + "' is not one of off, warning, error", e);
    }
  }
}
