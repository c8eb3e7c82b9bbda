package dev.sluice.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.validator.quarantine.QuarantineSummary;
import dev.sluice.validator.report.ReportJson;
import dev.sluice.validator.report.ValidationReport;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One validation's report in the forms a run asks for: text, JSON (with the split), JUnit XML,
 * HTML.
 */
final class ReportRenderings {
  private final ValidationReport report;
  private final @Nullable QuarantineSummary split;
  private final boolean verbose;
  private final Instant started;

  ReportRenderings(ValidationReport report, @Nullable QuarantineSummary split, boolean verbose,
      Instant started) {
    this.report = report;
    this.split = split;
    this.verbose = verbose;
    this.started = started;
  }

  /** The report in {@code format}; {@code jsonLine} puts JSON on one line (each-batch output). */
  String render(ReportFormat format, boolean jsonLine) {
    switch (format) {
      case JSON:
        return json(jsonLine) + "\n";
      case JUNIT:
        return JunitReport.render(report, started);
      case HTML:
        return HtmlReport.render(report);
      default:
        return new TextReport(verbose).render(report)
            + (split == null ? "" : QuarantineText.render(split));
    }
  }

  /** The report as text with ANSI colours, for a terminal. */
  String colored() {
    return new TextReport(verbose, true).render(report)
        + (split == null ? "" : QuarantineText.render(split));
  }

  private String json(boolean line) {
    if (split == null) {
      return line ? report.toJsonLine() : report.toJson();
    }
    ObjectNode tree = ReportJson.tree(report);
    QuarantineText.addTo(tree, split);
    return ReportJson.write(tree, line);
  }
}
