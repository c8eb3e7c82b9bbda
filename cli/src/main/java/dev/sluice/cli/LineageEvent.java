package dev.sluice.cli;

import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.DatasetInfo;
import dev.sluice.validator.report.Severity;
import dev.sluice.validator.report.Status;
import dev.sluice.validator.report.ToolVersion;
import dev.sluice.validator.report.ValidationReport;
import dev.sluice.validator.report.Verdict;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineage.DataQualityAssertionsDatasetFacetAssertions;
import io.openlineage.client.OpenLineage.InputDataset;
import io.openlineage.client.OpenLineage.RunEvent;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A validation as an OpenLineage {@link RunEvent}: job {@code sluice / <contract id>.<object>},
 * {@code COMPLETE} when the verdict is passed or warning, {@code FAIL} when failed or error, each
 * data file an input (namespace {@code file}, its absolute path) carrying the standard {@code
 * dataQualityAssertions} facet (one assertion per evaluated check, judged over all the files
 * together; skipped checks were not performed and are left out) and {@code dataQualityMetrics}
 * (the file's rows; with one file, the column metrics the report proves, see {@link
 * LineageMetrics}).
 */
final class LineageEvent {
  static final String JOB_NAMESPACE = "sluice";

  private final OpenLineage ol = new OpenLineage(producer());
  private final ValidationReport report;

  private LineageEvent(ValidationReport report) {
    this.report = report;
  }

  /** The producer URI of this Sluice build, on the event and on every facet. */
  static URI producer() {
    return URI.create("urn:sluice:" + ToolVersion.get());
  }

  static RunEvent of(ValidationReport report, UUID runId, ZonedDateTime eventTime) {
    return new LineageEvent(report).event(runId, eventTime);
  }

  private RunEvent event(UUID runId, ZonedDateTime eventTime) {
    boolean failed = report.verdict().compareTo(Verdict.FAILED) >= 0;
    List<InputDataset> inputs = new ArrayList<>();
    report.datasets().forEach(d -> inputs.add(input(d)));
    return ol.newRunEventBuilder()
        .eventType(failed ? RunEvent.EventType.FAIL : RunEvent.EventType.COMPLETE)
        .eventTime(eventTime)
        .run(ol.newRunBuilder().runId(runId).build())
        .job(ol.newJobBuilder().namespace(JOB_NAMESPACE)
            .name(report.contractId() + "." + report.object()).build())
        .inputs(inputs)
        .build();
  }

  private InputDataset input(DatasetInfo d) {
    boolean stdin = "-".equals(d.path());
    return ol.newInputDatasetBuilder()
        .namespace(stdin ? JOB_NAMESPACE : "file")
        .name(stdin ? "stdin" : Path.of(d.path()).toAbsolutePath().normalize().toString())
        .inputFacets(ol.newInputDatasetInputFacetsBuilder()
            .dataQualityAssertions(ol.newDataQualityAssertionsDatasetFacetBuilder()
                .assertions(assertions()).build())
            .dataQualityMetrics(report.datasets().size() == 1
                ? LineageMetrics.of(ol, report) : LineageMetrics.rowsOnly(ol, d.rows()))
            .build())
        .build();
  }

  private List<DataQualityAssertionsDatasetFacetAssertions> assertions() {
    List<DataQualityAssertionsDatasetFacetAssertions> list = new ArrayList<>();
    for (CheckResult c : report.checks()) {
      if (c.status() != Status.SKIPPED && c.kind() != CheckKind.SKIPPED) {
        list.add(assertion(c));
      }
    }
    return list;
  }

  private DataQualityAssertionsDatasetFacetAssertions assertion(CheckResult c) {
    var a = ol.newDataQualityAssertionsDatasetFacetAssertionsBuilder()
        .assertion(c.id())
        .success(c.status() == Status.PASSED)
        .severity(c.severity() == Severity.WARNING ? "warn" : "error");
    String column = c.property();
    if (column != null) {
      a.column(column);
    }
    if (!c.threshold().isEmpty()) {
      a.expected(c.threshold());
    }
    BigDecimal observed = c.observed();
    if (observed != null) {
      a.actual(observed.toPlainString());
    }
    return a.build();
  }
}
