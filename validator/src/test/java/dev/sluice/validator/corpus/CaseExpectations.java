package dev.sluice.validator.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.ValidationReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a case must report in one format: {@code expected.yaml} (verdict, rowCount, and per check
 * id its status, failedRows, observed, sampleRows and source), with the entries of {@code
 * expected.<format>.yaml} (format as in {@link CaseFormat#toString}: arrow, csv, json) replacing
 * whole checks, or the verdict or rowCount, where the format legitimately differs. Such a file
 * must say {@code why}.
 *
 * <p>{@code source} tells whether Parquet's statistics settled a check; only Parquet has
 * statistics, so it is compared for Parquet only.
 */
final class CaseExpectations {
  /**
   * Case/format pairs that do not run, and why. Keep this short: a pair belongs here only when the
   * format cannot hold the case's data at all; a check that differs belongs in {@code
   * expected.<format>.yaml}.
   */
  static final Map<String, String> EXCLUDED = Map.of(
      "nested [csv]", "CSV has no nesting: the case's struct and list columns have no CSV form");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Map<String, Object> expected;
  private final Map<String, Map<String, Object>> checks;
  private final CaseFormat format;
  /** {@code <case> [<format>]}, the test's name, at the start of every assertion message. */
  private final String label;

  private CaseExpectations(Map<String, Object> expected, Map<String, Map<String, Object>> checks,
      CaseFormat format, String label) {
    this.expected = expected;
    this.checks = checks;
    this.format = format;
    this.label = label;
  }

  /** Why the pair does not run, if it does not. */
  static Optional<String> exclusion(String name, CaseFormat format) {
    return Optional.ofNullable(EXCLUDED.get(name + " [" + format + "]"));
  }

  @SuppressWarnings("unchecked")
  static CaseExpectations of(Path caseDir, CaseFormat format) throws IOException {
    Map<String, Object> expected = read(caseDir.resolve("expected.yaml"));
    Map<String, Map<String, Object>> checks =
        new LinkedHashMap<>((Map<String, Map<String, Object>>) expected.get("checks"));
    override(caseDir, format).ifPresent(o -> {
      List.of("verdict", "rowCount").stream().filter(o::containsKey)
          .forEach(key -> expected.put(key, o.get(key)));
      checks.putAll((Map<String, Map<String, Object>>) o.getOrDefault("checks", Map.of()));
    });
    String label = caseDir.getFileName() + " [" + format + "]";
    return new CaseExpectations(expected, checks, format, label);
  }

  /** The case's {@code expected.<format>.yaml}, which must say why it exists. */
  static Optional<Map<String, Object>> override(Path caseDir, CaseFormat format)
      throws IOException {
    Path file = caseDir.resolve("expected." + format + ".yaml");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Map<String, Object> override = read(file);
    assertThat(override.get("why")).as(file + " says why the format differs").isNotNull();
    return Optional.of(override);
  }

  void assertMatches(ValidationReport report) {
    assertThat(report.verdict().json()).as(label + " verdict").isEqualTo(expected.get("verdict"));
    Map<String, CheckResult> byId = new LinkedHashMap<>();
    report.checks().forEach(c -> byId.put(c.id(), c));
    checks.forEach((id, want) -> {
      assertThat(byId).as(label + " report has check " + id + "; it has " + byId.keySet())
          .containsKey(id);
      assertCheck(id, byId.get(id), want);
    });
    if (expected.containsKey("rowCount")) {
      assertThat(report.rowCount()).as(label + " rowCount")
          .isEqualTo(((Number) expected.get("rowCount")).longValue());
    }
  }

  @SuppressWarnings("unchecked")
  private void assertCheck(String id, CheckResult got, Map<String, Object> want) {
    String at = label + " " + id + " (" + got.message() + "): ";
    assertThat(got.status().json()).as(at + "status").isEqualTo(want.get("status"));
    if (want.containsKey("failedRows")) {
      Object rows = want.get("failedRows");
      assertThat(got.failedRows()).as(at + "failedRows")
          .isEqualTo(rows == null ? null : ((Number) rows).longValue());
    }
    if (want.containsKey("observed")) {
      assertThat(got.observed()).as(at + "observed").isNotNull();
      assertThat(got.observed().compareTo(new BigDecimal(want.get("observed").toString())))
          .as(at + "observed " + got.observed()).isZero();
    }
    if (want.containsKey("sampleRows")) {
      List<Long> rows = ((List<Number>) want.get("sampleRows")).stream()
          .map(Number::longValue).toList();
      assertThat(got.samples()).extracting(s -> s.row()).as(at + "sample rows").isEqualTo(rows);
    }
    if (want.containsKey("source") && format == CaseFormat.PARQUET) {
      assertThat(got.source()).as(at + "source").isEqualTo(want.get("source"));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(Path yaml) throws IOException {
    return YAML.readValue(yaml.toFile(), Map.class);
  }
}
