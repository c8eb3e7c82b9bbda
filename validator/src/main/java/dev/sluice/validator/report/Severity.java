package dev.sluice.validator.report;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** How much a failing check matters: a failed error-severity check fails the data. */
public enum Severity {
  WARNING,
  ERROR;

  private static final Set<String> WARNING_WORDS = Set.of("info", "warning", "warn", "low", "minor");

  /** {@code info}, {@code warning}, {@code warn}, {@code low}, {@code minor} are warnings; all else errors. */
  public static Severity parse(@Nullable String word) {
    return word != null && WARNING_WORDS.contains(word.trim().toLowerCase(Locale.ROOT)) ? WARNING : ERROR;
  }

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
