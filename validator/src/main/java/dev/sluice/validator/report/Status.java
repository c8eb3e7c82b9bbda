package dev.sluice.validator.report;

import java.util.Locale;

/** The outcome of one check. */
public enum Status {
  PASSED,
  /** Failed a warning-severity rule, or an optional column is absent. */
  WARNING,
  FAILED,
  /** Could not be evaluated (the report says why). */
  ERROR,
  /** Not evaluated by design: {@code text}/{@code custom} rules, checks on an absent column. */
  SKIPPED;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
