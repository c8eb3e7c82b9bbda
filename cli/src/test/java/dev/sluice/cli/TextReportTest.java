package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.DatasetInfo;
import dev.sluice.validator.report.Severity;
import dev.sluice.validator.report.Status;
import dev.sluice.validator.report.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReportTest {

  @Test
  void summaryLineCountsEveryStatusAndGroupsThousands() {
    ValidationReport report = report(List.of(
        check("a", Status.PASSED), check("b", Status.WARNING), check("c", Status.FAILED),
        check("d", Status.FAILED), check("e", Status.SKIPPED), check("f", Status.ERROR)));
    assertThat(TextReport.summaryLine(report)).isEqualTo(
        "ERROR: 6 checks: 1 passed, 1 warning, 2 failed, 1 error, 1 skipped"
            + " · 2,000 rows in 1 file · 85 ms");
  }

  @Test
  void allPassedPrintsNoTable() {
    String text = new TextReport(false).render(report(List.of(check("a", Status.PASSED))));
    assertThat(text).doesNotContain("STATUS").contains("Passed (1 check)\n  id  required\n")
        .endsWith("PASSED: 1 check: 1 passed · 2,000 rows in 1 file · 85 ms\n");
  }

  @Test
  void sampleValuesStayOnOneLine() {
    assertThat(TextReport.display("a\nb\tc")).isEqualTo("a\\u000ab\\u0009c");
    assertThat(TextReport.display("")).isEqualTo("\"\"");
    assertThat(TextReport.display("x".repeat(100))).hasSize(81).endsWith("…");
  }

  private static ValidationReport report(List<CheckResult> checks) {
    DatasetInfo data = new DatasetInfo("d.parquet", "parquet", 2000, null, List.of());
    return new ValidationReport("c", "1.0.0", "orders", List.of(data), 2000, 85, checks);
  }

  private static CheckResult check(String id, Status status) {
    return new CheckResult(id, "orders", "id", CheckKind.REQUIRED, status, Severity.ERROR,
        BigDecimal.ZERO, 0L, "mustBe 0", false, "ok", List.of(), Map.of());
  }
}
