package dev.sluice.cli;

import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Status;
import dev.sluice.validator.report.ValidationReport;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineage.DataQualityMetricsInputDatasetFacet;
import io.openlineage.client.OpenLineage.DataQualityMetricsInputDatasetFacetColumnMetrics;
import io.openlineage.client.OpenLineage.DataQualityMetricsInputDatasetFacetColumnMetricsAdditional;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code dataQualityMetrics} facet, from what the report proves exactly: {@code rowCount};
 * per column {@code nullCount} (the failed rows of a {@code required} or {@code nullValues} check),
 * {@code count} (rows less nulls) and {@code distinctCount} (non-null rows less the duplicates of a
 * {@code unique} or {@code duplicateValues} check). The report holds no minimum or maximum value
 * (a range check counts the rows beyond its bound), so {@code min} and {@code max} are left out,
 * as is any metric whose check did not run.
 */
final class LineageMetrics {
  private LineageMetrics() {}

  static DataQualityMetricsInputDatasetFacet of(OpenLineage ol, ValidationReport report) {
    var columns = ol.newDataQualityMetricsInputDatasetFacetColumnMetricsBuilder();
    Map<String, Long> nulls = counts(report, CheckKind.REQUIRED, CheckKind.NULL_VALUES);
    Map<String, Long> duplicates = counts(report, CheckKind.UNIQUE, CheckKind.DUPLICATE_VALUES);
    for (String column : columns(report)) {
      Long n = nulls.get(column);
      Long dup = duplicates.get(column);
      if (n != null) {
        columns.put(column, column(ol, report.rowCount(), n, dup));
      }
    }
    return facet(ol, report.rowCount(), columns.build());
  }

  /** Several files are one dataset: each file gets its own row count, no column metrics. */
  static DataQualityMetricsInputDatasetFacet rowsOnly(OpenLineage ol, long rows) {
    return facet(ol, rows, ol.newDataQualityMetricsInputDatasetFacetColumnMetricsBuilder().build());
  }

  private static DataQualityMetricsInputDatasetFacet facet(OpenLineage ol, long rows,
      DataQualityMetricsInputDatasetFacetColumnMetrics columns) {
    return ol.newDataQualityMetricsInputDatasetFacetBuilder().rowCount(rows).columnMetrics(columns)
        .build();
  }

  private static DataQualityMetricsInputDatasetFacetColumnMetricsAdditional column(OpenLineage ol,
      long rows, long nulls, @Nullable Long duplicates) {
    var metrics = ol.newDataQualityMetricsInputDatasetFacetColumnMetricsAdditionalBuilder()
        .nullCount(nulls).count((double) (rows - nulls));
    if (duplicates != null) {
      metrics.distinctCount(rows - nulls - duplicates);
    }
    return metrics.build();
  }

  private static Set<String> columns(ValidationReport report) {
    Set<String> seen = new LinkedHashSet<>();
    for (CheckResult c : report.checks()) {
      String property = c.property();
      if (property != null) {
        seen.add(property);
      }
    }
    return seen;
  }

  /** Exact failed-row counts per column of evaluated checks of either kind. */
  private static Map<String, Long> counts(ValidationReport report, CheckKind a, CheckKind b) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (CheckResult c : report.checks()) {
      boolean evaluated = c.status() != Status.ERROR && c.status() != Status.SKIPPED;
      String property = c.property();
      Long failed = c.failedRows();
      if ((c.kind() == a || c.kind() == b) && evaluated && property != null && failed != null) {
        counts.putIfAbsent(property, failed);
      }
    }
    return counts;
  }
}
