package dev.sluice.validator.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator case corpus: {@code cases/<name>/contract.yaml} + {@code data*.yaml} (written as
 * Parquet here) + {@code expected.yaml} (verdict, and per check id its status, failedRows and
 * observed). Each case runs with metadata shortcuts on and off; counts must be identical.
 * Validation time is fixed at {@link #NOW}.
 */
class CaseCorpusTest {
  static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  private static final Path CASES = Path.of("src/test/resources/cases");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir Path dir;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesExpectedReportWithAndWithoutShortcuts(String name) throws Exception {
    Path caseDir = CASES.resolve(name);
    Contract contract = Contracts.load(caseDir.resolve("contract.yaml"));
    List<Path> files = writeData(caseDir);
    ValidationOptions options = ValidationOptions.DEFAULTS
        .withClock(Clock.fixed(NOW, ZoneOffset.UTC)).withBatchRows(3);
    ValidationReport fast = Validator.of(contract, options).validate(files);
    ValidationReport slow = Validator.of(contract, options.withMetadataShortcuts(false)).validate(files);

    Map<String, Object> expected = read(caseDir.resolve("expected.yaml"));
    assertThat(fast.verdict().json()).as("verdict").isEqualTo(expected.get("verdict"));
    assertMatches(fast, expected);
    assertThat(counts(slow)).as("shortcuts off gives identical counts").isEqualTo(counts(fast));
  }

  @SuppressWarnings("unchecked")
  private static void assertMatches(ValidationReport report, Map<String, Object> expected) {
    Map<String, Map<String, Object>> checks = (Map<String, Map<String, Object>>) expected.get("checks");
    Map<String, CheckResult> byId = new LinkedHashMap<>();
    report.checks().forEach(c -> byId.put(c.id(), c));
    checks.forEach((id, want) -> {
      assertThat(byId).as("report has check " + id + "; it has " + byId.keySet()).containsKey(id);
      CheckResult got = byId.get(id);
      assertThat(got.status().json()).as(id + " status (" + got.message() + ")").isEqualTo(want.get("status"));
      if (want.containsKey("failedRows")) {
        Object rows = want.get("failedRows");
        assertThat(got.failedRows()).as(id + " failedRows").isEqualTo(rows == null ? null : ((Number) rows).longValue());
      }
      if (want.containsKey("observed")) {
        assertThat(got.observed()).as(id + " observed").isNotNull();
        assertThat(got.observed().compareTo(new java.math.BigDecimal(want.get("observed").toString())))
            .as(id + " observed " + got.observed()).isZero();
      }
      if (want.containsKey("sampleRows")) {
        assertThat(got.samples().stream().map(s -> s.row()).toList()).as(id + " sample rows")
            .isEqualTo(((List<Number>) want.get("sampleRows")).stream().map(Number::longValue).toList());
      }
      if (want.containsKey("source")) {
        assertThat(got.source()).as(id + " source").isEqualTo(want.get("source"));
      }
    });
    if (expected.containsKey("rowCount")) {
      assertThat(report.rowCount()).isEqualTo(((Number) expected.get("rowCount")).longValue());
    }
  }

  private static List<String> counts(ValidationReport r) {
    List<String> out = new ArrayList<>();
    r.checks().forEach(c -> out.add(c.id() + " " + c.status() + " " + c.failedRows() + " " + c.observed()));
    return out;
  }

  @SuppressWarnings("unchecked")
  private List<Path> writeData(Path caseDir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> entries = Files.list(caseDir)) {
      for (Path data : entries.filter(p -> p.getFileName().toString().matches("data.*\\.yaml")).sorted().toList()) {
        Map<String, Object> spec = read(data);
        String name = data.getFileName().toString().replace(".yaml", ".parquet");
        Path file = CaseData.write(spec, dir.resolve(name));
        if (spec.containsKey("sidecar")) {
          Files.writeString(dir.resolve(name + ".lineage.json"),
              new ObjectMapper().writeValueAsString(spec.get("sidecar")));
        }
        files.add(file);
      }
    }
    return files;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(Path yaml) throws IOException {
    return YAML.readValue(yaml.toFile(), Map.class);
  }
}
