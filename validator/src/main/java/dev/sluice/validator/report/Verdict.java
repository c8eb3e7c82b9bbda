package dev.sluice.validator.report;

import java.util.Locale;

/** The result of a whole validation: the worst status among its checks. Ordered; combine by max. */
public enum Verdict {
  PASSED,
  WARNING,
  FAILED,
  ERROR;

  public static Verdict of(Status status) {
    switch (status) {
      case WARNING: return WARNING;
      case FAILED: return FAILED;
      case ERROR: return ERROR;
      default: return PASSED;
    }
  }

  public Verdict max(Verdict other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
