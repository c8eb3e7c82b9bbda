package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.model.Contract;
import dev.sluice.contracts.model.Operator;
import dev.sluice.contracts.model.Threshold;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.DatasetInfo;
import dev.sluice.validator.report.Expected;
import dev.sluice.validator.report.Sample;
import dev.sluice.validator.report.Severity;
import dev.sluice.validator.report.Status;
import dev.sluice.validator.report.ValidationReport;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report without a browser: escaping, completeness, masking, no external resource. */
class HtmlReportTest {
  private static final String HOSTILE_SAMPLE = "</script><script>alert('x')</script>";
  private static final Pattern DATA_BLOCK = Pattern.compile(
      "<script type=\"application/json\" id=\"sluice-report\">(.*?)</script>", Pattern.DOTALL);

  @TempDir Path dir;

  static ValidationReport hostileReport() {
    CheckResult c = new CheckResult("o.<script>alert(1)</script>", "o",
        "\"><img src=x onerror=alert(1)>", CheckKind.PATTERN, Status.FAILED, Severity.ERROR,
        BigDecimal.ONE, 1L, "mustBe 0", false, "it's \"bad\" & <b>bold</b>\u0000",
        List.of(new Sample(7, HOSTILE_SAMPLE)), Map.of());
    return new ValidationReport("</title><script>alert(3)</script>", "1'\"", "<o>",
        List.of(new DatasetInfo("d<iframe>.csv", "csv", 1, "w</style>", List.of("<x>"))), 1, 5,
        List.of(c));
  }

  @Test
  void hostileContractAndDataStringsAreEscapedEverywhere() {
    String html = HtmlReport.render(hostileReport());
    assertThat(html).doesNotContain("<script>alert", "<img", "<iframe", "<b>bold",
        "</title><script",
        "w</style>", "\u0000");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;",
        "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", "it&#39;s &quot;bad&quot; &amp;",
        "&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(count(html, "<script")).as("the data block and the page's own script").isEqualTo(2);
    assertThat(count(html, "</script>")).isEqualTo(2);
    assertThat(count(html, "<style>")).isEqualTo(1);
    assertThat(count(html, "</style>")).isEqualTo(1);
  }

  @Test
  void theScriptDataIsJsonWithoutMarkupAndRoundTrips() throws Exception {
    ValidationReport report = hostileReport();
    Matcher m = DATA_BLOCK.matcher(HtmlReport.render(report));
    assertThat(m.find()).isTrue();
    String block = m.group(1);
    assertThat(block).doesNotContain("<", ">", "&");
    JsonNode json = new ObjectMapper().readTree(block);
    assertThat(json).isEqualTo(new ObjectMapper().readTree(report.toJson()));
    assertThat(json.at("/checks/0/samples/0/value").asText()).isEqualTo(HOSTILE_SAMPLE);
    assertThat(json.at("/contract/id").asText()).isEqualTo("</title><script>alert(3)</script>");
  }

  @Test
  void everyCheckIsOneTableRowWithTheVerdictFirst() throws Exception {
    Path json = dir.resolve("r.json");
    String html = validateEveryOutcome("--format", "html", "--output", "json=" + json).out();
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    List<String> rowIds = new ArrayList<>();
    Matcher row = Pattern.compile("<tr data-index=\"(\\d+)\" data-status=\"(\\w+)\"><td[^>]*>"
        + "<span[^>]*>[A-Z]+</span></td><td><code>([^<]*)</code>").matcher(html);
    while (row.find()) {
      JsonNode check = report.get("checks").get(Integer.parseInt(row.group(1)));
      assertThat(row.group(2)).isEqualTo(check.get("status").asText());
      rowIds.add(row.group(3));
    }
    List<String> ids = new ArrayList<>();
    report.get("checks").forEach(c -> ids.add(c.get("id").asText()));
    assertThat(rowIds).containsExactlyInAnyOrderElementsOf(ids).hasSize(ids.size());
    assertThat(rowIds.get(0)).as("worst first").isEqualTo("orders.id.unique");
    assertThat(html.indexOf("<header class=\"verdict v-error\""))
        .isPositive().isLessThan(html.indexOf("<table"));
    assertThat(html).contains("<div class=\"verdict-word\">ERROR</div>");
  }

  @Test
  void maskedValuesStayMasked() {
    String html = validateEveryOutcome("--format", "html").out();
    assertThat(html).contains("<span class=\"row\">row 1</span> <code>***</code>")
        .doesNotContain("not-an-email");
  }

  @Test
  void thePageIsSelfContained() {
    String html = HtmlReport.render(validateSample());
    assertThat(html).startsWith("<!DOCTYPE html>")
        .doesNotContainIgnoringCase("http://").doesNotContainIgnoringCase("https://")
        .doesNotContain("<link", "src=", "@import", "url(", "<iframe", "<img")
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
  }

  @Test
  void columnPanelsDrawFailingSharesAndThresholdsFromTheReport() {
    String html = HtmlReport.render(validateSample());
    assertThat(html).contains("<article class=\"panel s-failed\"", "<h3>customer_email ",
        "Share of failing rows per check", "Null values: <b>20</b> of 2,000 rows (1 %)",
        "observed 2,000 against mustBeBetween [1000, 1000000000]", "log scale",
        "Sampled values outside the contract&#39;s minimum or maximum");
    assertThat(html.substring(html.indexOf("id=\"lineage\""))).contains("lineageTag")
        .contains("manual-upload");
  }

  @Test
  void anEmptyDatasetAndExtremeNumbersStillMakeAPage() {
    Expected huge = new Expected(new Threshold(Operator.MUST_BE_GREATER_THAN,
        List.of(new BigDecimal("1E+400"))), false);
    CheckResult rows = new CheckResult("o.rowCount", "o", null, CheckKind.ROW_COUNT,
        Status.FAILED, Severity.ERROR, BigDecimal.ZERO, null, huge.text(), true,
        "0 rows", List.of(), Map.of(), huge);
    CheckResult max = new CheckResult("o.x.maximum", "o", "x", CheckKind.MAXIMUM, Status.PASSED,
        Severity.ERROR, BigDecimal.ZERO, 0L, "mustBe 0", false, "ok",
        List.of(new Sample(0, "1e400"), new Sample(1, "NaN")), Map.of());
    String html = HtmlReport.render(new ValidationReport("c", "1", "o", List.of(), 0, 0,
        List.of(rows, max)));
    assertThat(html).contains("<div class=\"verdict-word\">FAILED</div>")
        .doesNotContain("=\"NaN\"", "Infinity").endsWith("</html>\n");
    assertThat(HtmlReport.render(new ValidationReport("c", "1", "o", List.of(), 0, 0, List.of())))
        .contains("<header class=\"verdict v-passed\"");
  }

  @Test
  void htmlIsAFormatForOutputFilesToo() throws Exception {
    Path page = dir.resolve("report.html");
    Cli cli = validateEveryOutcome("--output", "HTML=" + page);
    assertThat(cli.out()).startsWith("Contract ");
    assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(ReportFormat.parse("html")).isEqualTo(ReportFormat.HTML);
  }

  @Test
  void onlyThresholdsThatAllowSomeFailureOrAShareAreDrawn() {
    assertThat(new ThresholdBounds(new Threshold(Operator.MUST_BE_BETWEEN,
        List.of(BigDecimal.valueOf(1000), BigDecimal.valueOf(1_000_000_000))), false)
        .worthDrawing()).isTrue();
    assertThat(new ThresholdBounds(new Threshold(Operator.MUST_BE_LESS_THAN,
        List.of(BigDecimal.valueOf(5))), true).worthDrawing()).isTrue();
    assertThat(new ThresholdBounds(Threshold.ZERO, false).worthDrawing()).isFalse();
    assertThat(new ThresholdBounds(new Threshold(Operator.MUST_BE_GREATER_THAN,
        List.of(new BigDecimal("1E+400"))), false).worthDrawing()).isFalse();
  }

  private Cli validateEveryOutcome(String... extra) {
    Workspace ws = new Workspace(dir);
    Path contract = ws.contract("ci-orders.odcs.yaml");
    Path data = ws.parquet("dirty.parquet", Workspace.DIRTY_ROWS);
    List<String> args = new ArrayList<>(List.of("validate", contract.toString(), data.toString(),
        "--unique-memory", "0", "--threads", "1", "--quiet"));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  /** The committed dirty sample (2,000 rows; lineage tags, a row count, freshness). */
  static ValidationReport validateSample() {
    try {
      return Validator.of(sampleContract(), ValidationOptions.DEFAULTS.withThreads(1))
          .validate(List.of(Path.of("../samples/orders/data/orders-dirty.parquet")));
    } catch (DataProblem e) {
      throw new IllegalStateException(e);
    }
  }

  private static Contract sampleContract() {
    try {
      return Contracts.load(Path.of("../samples/orders/orders.odcs.yaml"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
