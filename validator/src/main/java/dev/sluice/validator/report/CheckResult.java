package dev.sluice.validator.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one check, as it appears in the report.
 *
 * @param property the property path ({@code customer.email}), null for object-level checks
 * @param observed the metric compared with the threshold (a count, a percentage, an age in
 *     seconds), null where there is none
 * @param failedRows exact number of violating rows, null where rows are not the unit
 * @param threshold the rule as text, e.g. {@code mustBe 0} or {@code mustBeLessThan 5 (percent)}
 * @param fromMetadata whether file metadata alone settled it (no value was decoded)
 * @param details extra facts (e.g. {@code duplicateGroups}), JSON-ready values
 * @param expected the threshold as structure, null where the check has none (its text is
 *     {@code threshold})
 */
public record CheckResult(
    String id,
    String object,
    @Nullable String property,
    CheckKind kind,
    Status status,
    Severity severity,
    @Nullable BigDecimal observed,
    @Nullable Long failedRows,
    String threshold,
    boolean fromMetadata,
    String message,
    List<Sample> samples,
    Map<String, Object> details,
    @Nullable Expected expected) {

  public CheckResult {
    samples = List.copyOf(samples);
    details = Map.copyOf(details);
  }

  /** A result whose threshold is only text (nothing to draw it against). */
  public CheckResult(String id, String object, @Nullable String property, CheckKind kind,
      Status status, Severity severity, @Nullable BigDecimal observed, @Nullable Long failedRows,
      String threshold, boolean fromMetadata, String message, List<Sample> samples,
      Map<String, Object> details) {
    this(id, object, property, kind, status, severity, observed, failedRows, threshold,
        fromMetadata, message, samples, details, null);
  }

  public String source() {
    return fromMetadata ? "metadata" : "data";
  }
}
