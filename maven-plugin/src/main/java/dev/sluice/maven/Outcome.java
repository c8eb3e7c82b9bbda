package dev.sluice.maven;

import dev.sluice.validator.report.Verdict;

/** What one validation came to: a verdict with its summary, or a reason it could not be judged. */
sealed interface Outcome {
  /** The report's base name ({@code orders} for {@code target/sluice/orders.json}). */
  String name();

  /** The data was judged; {@code summary} is the line the build log shows. */
  record Judged(String name, Verdict verdict, String summary) implements Outcome {}

  /** The contract is invalid or the data cannot be read: one line saying which and where. */
  record Unjudged(String name, String message) implements Outcome {}
}
