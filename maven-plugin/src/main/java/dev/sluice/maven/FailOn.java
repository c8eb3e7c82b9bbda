package dev.sluice.maven;

import dev.sluice.validator.report.Verdict;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The {@code failOn} setting: the least verdict that fails the build. */
enum FailOn {
  /** Failed checks (and checks that could not be evaluated) fail the build; warnings do not. */
  ERROR(Verdict.FAILED),
  /** Warnings fail the build too. */
  WARNING(Verdict.WARNING),
  /** Nothing the data shows fails the build; the reports are still written. */
  NEVER(null);

  private final @Nullable Verdict least;

  FailOn(@Nullable Verdict least) {
    this.least = least;
  }

  /** {@code error}, {@code warning} or {@code never}, in any case. */
  static FailOn parse(String value) {
    for (FailOn f : values()) {
      if (f.name().equalsIgnoreCase(value.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "failOn must be error, warning or never but was '" + value + "'");
  }

  boolean fails(Verdict verdict) {
    return least != null && verdict.compareTo(least) >= 0;
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
