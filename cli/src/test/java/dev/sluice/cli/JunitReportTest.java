package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.DatasetInfo;
import dev.sluice.validator.report.Sample;
import dev.sluice.validator.report.Severity;
import dev.sluice.validator.report.Status;
import dev.sluice.validator.report.ValidationReport;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

class JunitReportTest {
  @TempDir Path dir;

  /** The dirty rows against a contract with every outcome: pass, warn, fail, error, skip. */
  private Cli validateEveryOutcome(String... extra) {
    Workspace ws = new Workspace(dir);
    Path contract = ws.contract("ci-orders.odcs.yaml");
    Path data = ws.parquet("dirty.parquet", Workspace.DIRTY_ROWS);
    List<String> args = new java.util.ArrayList<>(List.of("validate", contract.toString(),
        data.toString(), "--unique-memory", "0", "--threads", "1", "--quiet"));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void everyCheckIsOneTestcaseWithCountsMatchingTheJsonReport() throws Exception {
    Cli cli = validateEveryOutcome("--format", "junit", "--output", "json=" + dir.resolve("r.json"));
    assertThat(cli.exitCode()).isEqualTo(3); // the uniqueness check could not be evaluated
    JsonNode json = new ObjectMapper().readTree(dir.resolve("r.json").toFile());
    Document doc = JunitXml.parse(cli.out());
    List<Element> cases = JunitXml.elements(doc, "testcase");
    assertThat(cases).hasSize(json.get("checks").size());
    for (int i = 0; i < cases.size(); i++) {
      assertThat(cases.get(i).getAttribute("name")).isEqualTo(json.get("checks").get(i).get("id").asText());
    }
    JsonNode summary = json.get("summary");
    Element suite = JunitXml.elements(doc, "testsuite").get(0);
    assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(cases.size()));
    assertThat(suite.getAttribute("failures")).isEqualTo(summary.get("failed").asText())
        .isEqualTo(String.valueOf(JunitXml.elements(doc, "failure").size()));
    assertThat(suite.getAttribute("errors")).isEqualTo(summary.get("error").asText())
        .isEqualTo(String.valueOf(JunitXml.elements(doc, "error").size())).isEqualTo("1");
    int skipped = summary.get("warning").asInt() + summary.get("skipped").asInt();
    assertThat(suite.getAttribute("skipped")).isEqualTo(String.valueOf(skipped))
        .isEqualTo(String.valueOf(JunitXml.elements(doc, "skipped").size()));
    assertThat(summary.get("failed").asInt()).isPositive();
    assertThat(summary.get("warning").asInt()).isPositive();
    assertThat(summary.get("skipped").asInt()).isPositive();
    JunitXml.validate(cli.out());
  }

  @Test
  void failuresCarryMessageKindAndMaskedSamples() throws Exception {
    Document doc = JunitXml.parse(validateEveryOutcome("--format", "junit").out());
    Element amount = JunitXml.testcase(doc, "orders.amount.maximum");
    assertThat(amount.getAttribute("classname")).isEqualTo("orders.amount");
    Element failure = (Element) amount.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("maximum");
    assertThat(failure.getAttribute("message")).contains("1 row");
    assertThat(failure.getTextContent()).contains("row 1: 150.0").contains("failed rows: 1");
    Element pattern = (Element) JunitXml.testcase(doc, "orders.email.pattern")
        .getElementsByTagName("failure").item(0);
    assertThat(pattern.getTextContent()).contains("row 1: ***").doesNotContain("not-an-email");
  }

  @Test
  void errorsWarningsAndSkippedChecksSayWhy() throws Exception {
    Document doc = JunitXml.parse(validateEveryOutcome("--format", "junit").out());
    Element unique = (Element) JunitXml.testcase(doc, "orders.id.unique")
        .getElementsByTagName("error").item(0);
    assertThat(unique.getAttribute("message")).contains("over the budget of");
    assertThat(unique.getAttribute("type")).isEqualTo("unique");
    Element nulls = (Element) JunitXml.testcase(doc, "orders.email.nullValues")
        .getElementsByTagName("skipped").item(0);
    assertThat(nulls.getAttribute("message")).startsWith("warning: ").contains("1 row null");
    List<Element> objectLevel = JunitXml.elements(doc, "testcase").stream()
        .filter(e -> e.getAttribute("classname").equals("orders")).toList();
    assertThat(objectLevel).anySatisfy(e -> assertThat(
        ((Element) e.getElementsByTagName("skipped").item(0)).getAttribute("message")).isNotEmpty());
    assertThat(JunitXml.testcase(doc, "orders.id.presence").getChildNodes().getLength()).isZero();
    assertThat(JunitXml.testcase(doc, "orders.id.required").getElementsByTagName("failure")
        .getLength()).isOne();
  }

  @Test
  void propertiesNameTheContractAndTheData() throws Exception {
    Document doc = JunitXml.parse(validateEveryOutcome("--format", "junit").out());
    assertThat(JunitXml.property(doc, "contract.id")).isEqualTo("cli-test-ci-orders");
    assertThat(JunitXml.property(doc, "contract.version")).isEqualTo("2.1.0");
    assertThat(JunitXml.property(doc, "dataset.1")).endsWith("dirty.parquet");
    assertThat(JunitXml.property(doc, "rowCount")).isEqualTo("4");
    Element suite = JunitXml.elements(doc, "testsuite").get(0);
    assertThat(suite.getAttribute("name")).isEqualTo("orders");
    assertThat(suite.getAttribute("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
  }

  @Test
  void markupAndCharactersIllegalInXmlAreEscapedOrDropped() throws Exception {
    String nasty = "a<b>&\"c\"]]> \u0000\u0007\uFFFE\uD800 é 😀";
    CheckResult c = new CheckResult("o.<x>.pattern", "o", "<x>", CheckKind.PATTERN, Status.FAILED,
        Severity.ERROR, BigDecimal.ONE, 1L, "mustBe 0", false, "bad " + nasty,
        List.of(new Sample(0, nasty)), Map.of());
    ValidationReport report = new ValidationReport("id&<", "1", "o",
        List.of(new DatasetInfo("d\u0001.csv", "csv", 1, null, List.of())), 1, 5, List.of(c));
    String xml = JunitReport.render(report, Instant.parse("2026-01-02T03:04:05.678Z"));
    Document doc = JunitXml.parse(xml);
    JunitXml.validate(xml);
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("bad a<b>&\"c\"]]>  é 😀");
    assertThat(failure.getTextContent()).contains("row 0: a<b>&\"c\"]]> \\u0000\\u0007");
    assertThat(JunitXml.property(doc, "contract.id")).isEqualTo("id&<");
    assertThat(JunitXml.property(doc, "dataset.1")).isEqualTo("d.csv");
    assertThat(JunitXml.elements(doc, "testsuite").get(0).getAttribute("timestamp"))
        .isEqualTo("2026-01-02T03:04:05");
  }

  @Test
  void theSchemaRejectsATestcaseWithoutItsAttributes() {
    assertThatThrownBy(() -> JunitXml.validate("<testsuites name='x' tests='1' failures='0' "
        + "errors='0' skipped='0' time='0'><testsuite name='s' tests='1' failures='0' errors='0' "
        + "skipped='0' time='0' timestamp='2026-01-01T00:00:00'><testcase name='c'/></testsuite>"
        + "</testsuites>")).isInstanceOf(SAXException.class).hasMessageContaining("classname");
  }

  @Test
  void junitToAFileKeepsASummaryOnStandardOutput() throws Exception {
    Path file = dir.resolve("junit.xml");
    Cli cli = validateEveryOutcome("--format", "junit", "--output", file.toString());
    assertThat(cli.out()).startsWith("ERROR: ").contains("report written to " + file);
    JunitXml.validate(Files.readString(file));
  }
}
