package dev.sluice.cli;

import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Sample;
import dev.sluice.validator.report.Status;
import dev.sluice.validator.report.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The per-column panels of the HTML report: each property's checks with their samples and the
 * charts {@link HtmlCharts} draws from them; object-level checks get a panel of their own.
 * Lineage tag checks have their own section ({@link #lineage}).
 */
final class HtmlPanels {
  private static final String OBJECT_LEVEL = "Object-level checks";

  private HtmlPanels() {}

  static void columns(StringBuilder html, ValidationReport report) {
    Map<String, List<CheckResult>> byColumn = new LinkedHashMap<>();
    for (CheckResult c : report.checks()) {
      if (c.kind() != CheckKind.LINEAGE_TAG) {
        byColumn.computeIfAbsent(c.property() == null ? OBJECT_LEVEL : c.property(),
            k -> new ArrayList<>()).add(c);
      }
    }
    html.append("<section id=\"columns\"><h2>Columns</h2><div class=\"panels\">\n");
    int n = 0;
    for (Map.Entry<String, List<CheckResult>> e : byColumn.entrySet()) {
      panel(html, "col-" + n++, e.getKey(), e.getValue(), report.rowCount());
    }
    html.append("</div></section>\n");
  }

  private static void panel(StringBuilder html, String anchor, String name,
      List<CheckResult> checks, long rowCount) {
    Status worst = checks.stream().map(CheckResult::status)
        .min((a, b) -> TextReport.rank(a) - TextReport.rank(b)).orElse(Status.PASSED);
    html.append("<article class=\"panel s-").append(worst.json()).append("\" id=\"")
        .append(anchor).append("\"><h3>").append(Html.text(name)).append(' ')
        .append(badge(worst)).append("</h3>");
    nulls(html, checks, rowCount);
    html.append(HtmlCharts.shares(checks, rowCount));
    checks.forEach(c -> html.append(HtmlCharts.gauge(c)));
    String outOfRange = HtmlCharts.outOfRange(checks);
    if (!outOfRange.isEmpty()) {
      html.append("<p class=\"caption\">Sampled values that broke a bound: <span class=\"below\">"
          + "&#9679; below the minimum</span>, <span class=\"above\">&#9679; above the maximum"
          + "</span> (the bounds are in the contract, not in the report).</p>").append(outOfRange);
    }
    html.append("<ul class=\"check-list\">");
    checks.stream().filter(c -> c.status() != Status.PASSED).forEach(c -> item(html, c));
    passed(html, checks);
    html.append("</ul></article>\n");
  }

  /** The passed checks on one line: their kinds, each naming its check id on hover. */
  private static void passed(StringBuilder html, List<CheckResult> checks) {
    List<CheckResult> passed = checks.stream().filter(c -> c.status() == Status.PASSED).toList();
    if (passed.isEmpty()) {
      return;
    }
    html.append("<li class=\"passed\">").append(badge(Status.PASSED)).append(' ');
    for (int i = 0; i < passed.size(); i++) {
      html.append(i == 0 ? "" : ", ").append("<span title=\"")
          .append(Html.text(passed.get(i).id() + ": " + passed.get(i).message())).append("\">")
          .append(Html.text(passed.get(i).kind().json())).append("</span>");
    }
    html.append("</li>");
  }

  /** Null rows, derived from a {@code required} or {@code nullValues} check when there is one. */
  private static void nulls(StringBuilder html, List<CheckResult> checks, long rowCount) {
    checks.stream()
        .filter(c -> c.kind() == CheckKind.REQUIRED || c.kind() == CheckKind.NULL_VALUES)
        .filter(c -> c.failedRows() != null)
        .findFirst()
        .ifPresent(c -> html.append("<p class=\"facts\">Null values: <b>")
            .append(Html.count(c.failedRows())).append("</b> of ").append(Html.count(rowCount))
            .append(" rows").append(rowCount > 0
                ? " (" + Html.percent((double) c.failedRows() / rowCount) + ")" : "")
            .append(" <span class=\"muted\">from ").append(Html.text(c.id()))
            .append("</span></p>"));
  }

  private static void item(StringBuilder html, CheckResult c) {
    html.append("<li>").append(badge(c.status())).append(" <code>").append(Html.text(c.id()))
        .append("</code> <span class=\"muted\">").append(Html.text(c.kind().json()))
        .append("</span><div class=\"msg\">").append(Html.text(c.message())).append("</div>");
    samples(html, c);
    html.append("</li>");
  }

  /** The failing samples: row and value, as the report holds them (masked values stay ***). */
  static void samples(StringBuilder html, CheckResult c) {
    if (c.samples().isEmpty()) {
      return;
    }
    html.append("<ul class=\"samples\" aria-label=\"failing samples\">");
    for (Sample s : c.samples()) {
      html.append("<li><span class=\"row\">row ").append(s.row()).append("</span> <code>")
          .append(Html.text(TextReport.display(s.value()))).append("</code></li>");
    }
    long more = c.failedRows() == null ? 0 : c.failedRows() - c.samples().size();
    if (more > 0) {
      html.append("<li class=\"more\">… ").append(Html.count(more)).append(" more</li>");
    }
    html.append("</ul>");
  }

  static void lineage(StringBuilder html, ValidationReport report) {
    List<CheckResult> tags = report.checks().stream()
        .filter(c -> c.kind() == CheckKind.LINEAGE_TAG).toList();
    html.append("<section id=\"lineage\"><h2>Lineage tags</h2>");
    if (tags.isEmpty()) {
      html.append("<p class=\"muted\">The contract declares no lineage tag rules.</p>");
    } else {
      html.append("<ul class=\"check-list\">");
      tags.forEach(c -> item(html, c));
      html.append("</ul>");
    }
    html.append("</section>\n");
  }

  static String badge(Status status) {
    return "<span class=\"badge s-" + status.json() + "\">" + status.json().toUpperCase(Locale.ROOT)
        + "</span>";
  }
}
