package dev.sluice.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.validator.quarantine.QuarantineSummary;

/** How a quarantine split is shown: lines after the text report, a member of the JSON report. */
final class QuarantineText {
  private QuarantineText() {}

  /** One line per input: rows accepted and rejected, and where they went. */
  static String render(QuarantineSummary split) {
    StringBuilder text = new StringBuilder();
    for (QuarantineSummary.Output o : split.outputs()) {
      text.append("quarantine: ").append(rows(o.acceptedRows())).append(" accepted -> ")
          .append(o.accepted()).append(", ").append(rows(o.rejectedRows()))
          .append(" rejected -> ").append(o.rejected()).append('\n');
    }
    return text.toString();
  }

  /** Adds the {@code quarantine} member to a JSON report's tree: totals and each input's outputs. */
  static void addTo(ObjectNode report, QuarantineSummary split) {
    ObjectNode quarantine = report.putObject("quarantine");
    quarantine.put("dir", split.dir().toString());
    quarantine.put("acceptedRows", split.acceptedRows());
    quarantine.put("rejectedRows", split.rejectedRows());
    ArrayNode outputs = quarantine.putArray("outputs");
    for (QuarantineSummary.Output o : split.outputs()) {
      outputs.addObject().put("input", o.input())
          .put("accepted", o.accepted().toString()).put("acceptedRows", o.acceptedRows())
          .put("rejected", o.rejected().toString()).put("rejectedRows", o.rejectedRows());
    }
  }

  private static String rows(long n) {
    return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? "row" : "rows");
  }
}
