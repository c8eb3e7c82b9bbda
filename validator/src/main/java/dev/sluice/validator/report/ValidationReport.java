package dev.sluice.validator.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of validating a dataset against one contract object: every check with its exact
 * counts, and the verdict (the worst status). {@link ReportJson} writes it as the stable JSON
 * report.
 */
public record ValidationReport(
    String contractId,
    String contractVersion,
    String object,
    List<DatasetInfo> datasets,
    long rowCount,
    long durationMs,
    List<CheckResult> checks) {

  /** Version of the JSON shape; bump on any incompatible change. */
  public static final String SCHEMA_VERSION = "1.0";

  public ValidationReport {
    datasets = List.copyOf(datasets);
    checks = List.copyOf(checks);
  }

  public Verdict verdict() {
    Verdict v = Verdict.PASSED;
    for (CheckResult c : checks) {
      v = v.max(Verdict.of(c.status()));
    }
    return v;
  }

  /** How many checks ended in each status (every status present, zero included). */
  public Map<Status, Integer> summary() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    checks.forEach(c -> counts.merge(c.status(), 1, Integer::sum));
    return counts;
  }

  public String toJson() {
    return ReportJson.write(this);
  }

  /** {@link #toJson()} on a single line. */
  public String toJsonLine() {
    return ReportJson.writeLine(this);
  }
}
