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
 * A validation as OpenLineage {@link RunEvent}s of job {@code sluice / <contract id>.<object>},
 * each data file an input (namespace {@code file}, its absolute path): {@code START} when the
 * validation begins; then {@code COMPLETE} when the verdict is passed or warning, {@code FAIL}
 * when failed or error, each input carrying the standard {@code dataQualityAssertions} facet
 * (one assertion per evaluated check, judged over all the files together; skipped checks were
 * not performed and are left out) and {@code dataQualityMetrics} (the file's rows; with one
 * file, the column metrics the report proves, see {@link LineageMetrics}); or {@code FAIL} with
 * the standard {@code errorMessage} run facet when the data could not be judged at all.
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

  /** The job a validation of {@code object} of contract {@code contractId} runs as. */
  static String jobName(String contractId, String object) {
    return contractId + "." + object;
  }

  /** The terminal event of a validation that produced {@code report}. */
  static RunEvent of(ValidationReport report, UUID runId, ZonedDateTime eventTime) {
    return new LineageEvent(report).event(runId, eventTime);
  }

  /** The event of a validation of {@code paths} ("-": standard input) about to begin. */
  static RunEvent start(String job, List<String> paths, UUID runId, ZonedDateTime eventTime) {
    OpenLineage ol = new OpenLineage(producer());
    return envelope(ol, RunEvent.EventType.START, job, plainInputs(ol, paths),
        ol.newRunBuilder().runId(runId).build(), eventTime);
  }

  /** The terminal event of a validation that ended without a report: {@code message} says why. */
  static RunEvent aborted(String job, List<String> paths, String message, UUID runId,
      ZonedDateTime eventTime) {
    OpenLineage ol = new OpenLineage(producer());
    OpenLineage.Run run = ol.newRunBuilder().runId(runId).facets(ol.newRunFacetsBuilder()
        .errorMessage(ol.newErrorMessageRunFacetBuilder().message(message)
            .programmingLanguage("Java").build())
        .build()).build();
    return envelope(ol, RunEvent.EventType.FAIL, job, plainInputs(ol, paths), run, eventTime);
  }

  /** Every event's shape: its type, time, run, the job and the data it reads. */
  private static RunEvent envelope(OpenLineage ol, RunEvent.EventType type, String job,
      List<InputDataset> inputs, OpenLineage.Run run, ZonedDateTime eventTime) {
    return ol.newRunEventBuilder().eventType(type).eventTime(eventTime).run(run)
        .job(ol.newJobBuilder().namespace(JOB_NAMESPACE).name(job).build())
        .inputs(inputs)
        .build();
  }

  /** The data files as datasets without facets (before a report exists). */
  private static List<InputDataset> plainInputs(OpenLineage ol, List<String> paths) {
    List<InputDataset> inputs = new ArrayList<>();
    for (String path : paths) {
      inputs.add(ol.newInputDatasetBuilder().namespace(namespace(path)).name(name(path)).build());
    }
    return inputs;
  }

  private RunEvent event(UUID runId, ZonedDateTime eventTime) {
    boolean failed = report.verdict().compareTo(Verdict.FAILED) >= 0;
    List<DataQualityAssertionsDatasetFacetAssertions> assertions = assertions();
    List<InputDataset> inputs = new ArrayList<>();
    report.datasets().forEach(d -> inputs.add(input(d, assertions)));
    return envelope(ol, failed ? RunEvent.EventType.FAIL : RunEvent.EventType.COMPLETE,
        jobName(report.contractId(), report.object()), inputs,
        ol.newRunBuilder().runId(runId).build(), eventTime);
  }

  /** A data file's dataset namespace: {@code file}, or this job's for standard input. */
  private static String namespace(String path) {
    return "-".equals(path) ? JOB_NAMESPACE : "file";
  }

  private static String name(String path) {
    return "-".equals(path) ? "stdin" : Path.of(path).toAbsolutePath().normalize().toString();
  }

  private InputDataset input(DatasetInfo d,
      List<DataQualityAssertionsDatasetFacetAssertions> assertions) {
    return ol.newInputDatasetBuilder()
        .namespace(namespace(d.path()))
        .name(name(d.path()))
        .inputFacets(ol.newInputDatasetInputFacetsBuilder()
            .dataQualityAssertions(ol.newDataQualityAssertionsDatasetFacetBuilder()
                .assertions(assertions).build())
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
