package dev.sluice.cli;

import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.DatasetInfo;
import dev.sluice.validator.report.Sample;
import dev.sluice.validator.report.Status;
import dev.sluice.validator.report.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders a {@link ValidationReport} for people: a header naming the contract and data, a table
 * of the checks that did not pass (worst first, each with its exact failed-row count and first
 * samples), the passed checks collapsed to one line per column (each check in the table with
 * {@code --verbose}), extra columns, and a one-line summary.
 */
public final class TextReport {
  private static final String[] HEADER = {"STATUS", "CHECK", "COLUMN", "OBSERVED", "EXPECTED",
      "FAILED ROWS"};
  private static final boolean[] RIGHT = {false, false, false, true, false, true};
  private static final int MAX_FILES_LISTED = 5;
  private static final int MAX_VALUE_CHARS = 80;
  private static final String OBJECT_LEVEL = "(object)";

  private final boolean verbose;
  private final boolean color;

  /** With {@code verbose}, passed checks get a table row each instead of a line per column. */
  public TextReport(boolean verbose) {
    this(verbose, false);
  }

  /** With {@code color}, statuses and the verdict carry ANSI colours (for a terminal). */
  public TextReport(boolean verbose, boolean color) {
    this.verbose = verbose;
    this.color = color;
  }

  public String render(ValidationReport report) {
    StringBuilder text = new StringBuilder();
    header(text, report);
    table(text, report);
    if (!verbose) {
      passed(text, report);
    }
    extraColumns(text, report);
    text.append('\n').append(summaryLine(report)).append('\n');
    return color ? Ansi.statuses(text.toString()) : text.toString();
  }

  /** {@code FAILED: 42 checks: 35 passed, 4 failed · 2,000 rows in 1 file · 85 ms}. */
  public static String summaryLine(ValidationReport report) {
    Map<Status, Integer> counts = report.summary();
    StringBuilder line = new StringBuilder(report.verdict().name()).append(": ")
        .append(LintOutput.plural(report.checks().size(), "check")).append(": ")
        .append(counts.get(Status.PASSED)).append(" passed");
    count(line, counts.get(Status.WARNING), "warning", "warnings");
    count(line, counts.get(Status.FAILED), "failed", "failed");
    count(line, counts.get(Status.ERROR), "error", "errors");
    count(line, counts.get(Status.SKIPPED), "skipped", "skipped");
    return line.append(" · ").append(LintOutput.plural(report.rowCount(), "row")).append(" in ")
        .append(LintOutput.plural(report.datasets().size(), "file")).append(" · ")
        .append(report.durationMs()).append(" ms").toString();
  }

  private static void count(StringBuilder line, int n, String one, String many) {
    if (n > 0) {
      line.append(", ").append(n).append(' ').append(n == 1 ? one : many);
    }
  }

  private static void header(StringBuilder text, ValidationReport report) {
    text.append("Contract ").append(report.contractId()).append(' ')
        .append(report.contractVersion()).append(" · object ").append(report.object()).append('\n');
    List<DatasetInfo> datasets = report.datasets();
    for (int i = 0; i < Math.min(datasets.size(), MAX_FILES_LISTED); i++) {
      DatasetInfo d = datasets.get(i);
      text.append(i == 0 ? "Data     " : "         ").append(d.path()).append(" (")
          .append(d.format()).append(", ").append(LintOutput.plural(d.rows(), "row")).append(")\n");
    }
    if (datasets.size() > MAX_FILES_LISTED) {
      text.append("         … and ").append(datasets.size() - MAX_FILES_LISTED)
          .append(" more files\n");
    }
  }

  private void table(StringBuilder text, ValidationReport report) {
    TextTable table = new TextTable(HEADER, RIGHT);
    report.checks().stream()
        .filter(c -> verbose || c.status() != Status.PASSED)
        .sorted(Comparator.comparingInt(c -> rank(c.status())))
        .forEach(c -> table.add(cells(c), notes(c)));
    if (!table.isEmpty()) {
      text.append('\n');
      table.render(text);
    }
  }

  /** Worst first: errors, failures, warnings, skipped, then passed (the HTML report's order too). */
  static int rank(Status status) {
    switch (status) {
      case ERROR: return 0;
      case FAILED: return 1;
      case WARNING: return 2;
      case SKIPPED: return 3;
      default: return 4;
    }
  }

  private static String[] cells(CheckResult c) {
    return new String[] {label(c.status()), c.id(), column(c), number(c.observed()),
        c.threshold().isEmpty() ? "-" : c.threshold(),
        c.failedRows() == null ? "-" : String.format(Locale.ROOT, "%,d", c.failedRows())};
  }

  private static List<String> notes(CheckResult c) {
    List<String> notes = new ArrayList<>();
    if (c.status() == Status.PASSED) {
      return notes;
    }
    if (c.failedRows() == null || c.status() == Status.ERROR || c.status() == Status.SKIPPED) {
      notes.add(c.message());
    }
    for (Sample s : c.samples()) {
      notes.add("row " + s.row() + ": " + display(s.value()));
    }
    long more = c.failedRows() == null ? 0 : c.failedRows() - c.samples().size();
    if (!c.samples().isEmpty() && more > 0) {
      notes.add(String.format(Locale.ROOT, "… %,d more", more));
    }
    return notes;
  }

  private static void passed(StringBuilder text, ValidationReport report) {
    Map<String, Set<String>> kindsByColumn = new LinkedHashMap<>();
    int passed = 0;
    for (CheckResult c : report.checks()) {
      if (c.status() == Status.PASSED) {
        kindsByColumn.computeIfAbsent(column(c), k -> new LinkedHashSet<>()).add(c.kind().json());
        passed++;
      }
    }
    if (passed == 0) {
      return;
    }
    text.append("\nPassed (").append(LintOutput.plural(passed, "check")).append(")\n");
    int width = kindsByColumn.keySet().stream().mapToInt(String::length).max().orElse(0);
    kindsByColumn.forEach((column, kinds) -> text.append("  ").append(column)
        .append(" ".repeat(width - column.length() + 2)).append(String.join(", ", kinds))
        .append('\n'));
  }

  private static void extraColumns(StringBuilder text, ValidationReport report) {
    Set<String> extra = new LinkedHashSet<>();
    report.datasets().forEach(d -> extra.addAll(d.extraColumns()));
    if (!extra.isEmpty()) {
      text.append("\nExtra columns (in the data, not in the contract): ")
          .append(String.join(", ", extra)).append('\n');
    }
  }

  private static String label(Status status) {
    switch (status) {
      case PASSED: return "PASS";
      case WARNING: return "WARN";
      case FAILED: return "FAIL";
      case ERROR: return "ERROR";
      default: return "SKIP";
    }
  }

  private static String column(CheckResult c) {
    return c.property() == null ? OBJECT_LEVEL : c.property();
  }

  private static String number(BigDecimal value) {
    return value == null ? "-" : value.toPlainString();
  }

  /** A sample value on one line: control characters escaped, long values cut. */
  static String display(String value) {
    if (value.isEmpty()) {
      return "\"\"";
    }
    StringBuilder shown = new StringBuilder();
    value.codePoints().limit(MAX_VALUE_CHARS).forEach(cp -> shown.append(
        Character.isISOControl(cp) ? String.format(Locale.ROOT, "\\u%04x", cp)
            : new String(Character.toChars(cp))));
    return value.codePointCount(0, value.length()) > MAX_VALUE_CHARS ? shown + "…" : shown.toString();
  }
}
