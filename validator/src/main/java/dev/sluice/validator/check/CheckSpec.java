package dev.sluice.validator.check;

import dev.sluice.contracts.model.Threshold;
import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.Expected;
import dev.sluice.validator.report.Severity;
import org.jspecify.annotations.Nullable;

/**
 * What a compiled check is: its stable id, where it points, and how its metric is judged.
 *
 * @param property the property path, null for object-level checks
 * @param percent whether the metric is compared as {@code 100 * metric / rows}
 * @param sensitive whether sample values must be masked (the column's classification)
 */
public record CheckSpec(
    String id,
    String object,
    @Nullable String property,
    CheckKind kind,
    Severity severity,
    Threshold threshold,
    boolean percent,
    boolean sensitive) {

  public String thresholdText() {
    return expected().text();
  }

  public Expected expected() {
    return new Expected(threshold, percent);
  }

  /**
   * Whether a failure of this check rejects individual rows (an error-severity rule that tolerates
   * no failing row); see "Which rows a quarantine rejects" in CONTRACT-SEMANTICS.md.
   */
  public boolean judgesRows() {
    return severity == Severity.ERROR && !percent && threshold.toleratesNone();
  }
}
