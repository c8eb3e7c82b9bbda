package dev.sluice.cli;

import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.DatasetInfo;
import dev.sluice.validator.report.Status;
import dev.sluice.validator.report.ToolVersion;
import dev.sluice.validator.report.ValidationReport;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Renders a {@link ValidationReport} as one self-contained HTML page for data owners: the verdict,
 * the contract and data, a table of the checks that sorts and filters, a panel per column with
 * inline SVG charts and failing samples, lineage tags and the contract's metadata. Style and script
 * are inlined from {@code html-report.css} and {@code html-report.js}; a Content-Security-Policy
 * forbids any fetch, so the page works offline and a hostile value cannot call out. Every text is
 * escaped ({@link Html}); the script reads the report from a JSON block, never from markup.
 */
final class HtmlReport {
  private static final String[][] COLUMNS = {{"status", "Status"}, {"id", "Check"},
      {"column", "Column"}, {"kind", "Kind"}, {"observed", "Observed"},
      {"threshold", "Expected"}, {"failedRows", "Failed rows"}, {"share", "Share"},
      {"message", "Message"}};
  private static final Set<String> NUMERIC = Set.of("observed", "failedRows", "share");
  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; "
      + "script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

  private HtmlReport() {}

  static String render(ValidationReport report) {
    StringBuilder html = new StringBuilder(64 * 1024);
    head(html, report);
    html.append("<body>\n");
    verdict(html, report);
    html.append("<main>\n");
    overview(html, report);
    checks(html, report);
    HtmlPanels.columns(html, report);
    HtmlPanels.lineage(html, report);
    metadata(html, report);
    html.append("</main>\n<script type=\"application/json\" id=\"sluice-report\">")
        .append(Html.scriptJson(report.toJsonLine())).append("</script>\n<script>")
        .append(Html.resource("html-report.js")).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void head(StringBuilder html, ValidationReport report) {
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP)
        .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"sluice ").append(Html.text(ToolVersion.get()))
        .append("\">\n<title>").append(report.verdict().name()).append(" · ")
        .append(Html.text(report.contractId() + " " + report.contractVersion() + " · "
            + report.object())).append(" · Sluice</title>\n<style>")
        .append(Html.resource("html-report.css")).append("</style>\n</head>\n");
  }

  private static void verdict(StringBuilder html, ValidationReport report) {
    String v = report.verdict().json();
    html.append("<header class=\"verdict v-").append(v).append("\" id=\"verdict\">")
        .append("<div class=\"verdict-word\">").append(report.verdict().name()).append("</div>")
        .append("<div class=\"verdict-what\">").append(Html.text(report.contractId())).append(' ')
        .append(Html.text(report.contractVersion())).append(" · object <b>")
        .append(Html.text(report.object())).append("</b></div><div class=\"verdict-line\">")
        .append(Html.text(TextReport.summaryLine(report))).append("</div></header>\n");
  }

  private static void overview(StringBuilder html, ValidationReport report) {
    html.append("<section id=\"overview\"><dl class=\"facts-grid\">");
    fact(html, "Contract", report.contractId());
    fact(html, "Version", report.contractVersion());
    fact(html, "Object", report.object());
    fact(html, "Rows", Html.count(report.rowCount()));
    fact(html, "Duration", Html.count(report.durationMs()) + " ms");
    html.append("</dl><table class=\"datasets\"><thead><tr><th>Dataset</th><th>Format</th>")
        .append("<th class=\"num\">Rows</th><th>Writer</th><th>Extra columns</th></tr></thead>")
        .append("<tbody>");
    for (DatasetInfo d : report.datasets()) {
      html.append("<tr><td><code>").append(Html.text(d.path())).append("</code></td><td>")
          .append(Html.text(d.format())).append("</td><td class=\"num\">")
          .append(Html.count(d.rows())).append("</td><td>")
          .append(Html.text(d.createdBy() == null ? "-" : d.createdBy())).append("</td><td>")
          .append(Html.text(d.extraColumns().isEmpty() ? "-" : String.join(", ",
              d.extraColumns()))).append("</td></tr>");
    }
    html.append("</tbody></table></section>\n");
  }

  private static void fact(StringBuilder html, String name, String value) {
    html.append("<div><dt>").append(name).append("</dt><dd>").append(Html.text(value))
        .append("</dd></div>");
  }

  private static void checks(StringBuilder html, ValidationReport report) {
    Map<Status, Integer> counts = report.summary();
    html.append("<section id=\"checks\"><h2>Checks</h2><div class=\"controls\">")
        .append("<input type=\"search\" id=\"filter\" placeholder=\"Filter checks (id, column, ")
        .append("kind, message)\" aria-label=\"Filter checks\">");
    for (Status s : List.of(Status.FAILED, Status.ERROR, Status.WARNING, Status.SKIPPED,
        Status.PASSED)) {
      html.append("<label class=\"toggle s-").append(s.json()).append("\"><input type=\"checkbox\"")
          .append(" data-status=\"").append(s.json()).append("\" checked> ").append(s.json())
          .append(" <span class=\"n\">").append(counts.get(s)).append("</span></label>");
    }
    html.append("<span id=\"shown\" class=\"muted\"></span></div>\n<div class=\"table-scroll\">")
        .append("<table id=\"checks-table\">")
        .append("<colgroup>");
    for (String[] column : COLUMNS) {
      html.append("<col class=\"c-").append(column[0]).append("\">");
    }
    html.append("</colgroup><thead><tr>");
    for (String[] column : COLUMNS) {
      html.append("<th data-key=\"").append(column[0]).append("\" tabindex=\"0\"")
          .append("status".equals(column[0]) ? " aria-sort=\"descending\"" : "")
          .append(NUMERIC.contains(column[0]) ? " class=\"num\">" : ">")
          .append(column[1]).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    List<CheckResult> all = report.checks();
    IntStream.range(0, all.size()).boxed() // worst first, then in report order
        .sorted(Comparator.comparingInt(i -> TextReport.rank(all.get(i).status())))
        .forEach(i -> row(html, i, all.get(i), report.rowCount()));
    html.append("</tbody></table></div></section>\n");
  }

  private static void row(StringBuilder html, int index, CheckResult c, long rowCount) {
    Long failed = c.failedRows();
    html.append("<tr data-index=\"").append(index).append("\" data-status=\"")
        .append(c.status().json()).append("\"><td title=\"severity: ").append(c.severity().json())
        .append("\">").append(HtmlPanels.badge(c.status()))
        .append("</td><td><code>").append(Html.text(c.id())).append("</code></td><td>")
        .append(Html.text(c.property() == null ? "(object)" : c.property())).append("</td><td>")
        .append(Html.text(c.kind().json())).append("</td><td class=\"num\">")
        .append(c.observed() == null ? "-" : Html.number(c.observed()))
        .append("</td><td>").append(Html.text(c.threshold().isEmpty() ? "-" : c.threshold()))
        .append("</td><td class=\"num\">").append(failed == null ? "-" : Html.count(failed))
        .append("</td><td class=\"num\">")
        .append(failed == null || rowCount <= 0 ? "-" : Html.percent((double) failed / rowCount))
        .append("</td><td class=\"msg\">").append(Html.text(c.message())).append("</td></tr>\n");
  }

  private static void metadata(StringBuilder html, ValidationReport report) {
    html.append("<section id=\"metadata\"><h2>Contract</h2><dl class=\"facts-grid\">");
    fact(html, "id", report.contractId());
    fact(html, "version", report.contractVersion());
    fact(html, "object", report.object());
    fact(html, "report schema", ValidationReport.SCHEMA_VERSION);
    fact(html, "written by", "sluice " + ToolVersion.get());
    html.append("</dl><p class=\"muted\">The full JSON report is embedded in this page ")
        .append("(<code>script#sluice-report</code>).</p></section>\n");
  }
}
