package dev.sluice.validator.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.report.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator case corpus: {@code cases/<name>/contract.yaml} + {@code data*.yaml} + {@code
 * expected.yaml}, run once per input format (Parquet, Arrow IPC, CSV, JSON Lines): each data file
 * is written in the format from the same rows ({@link CaseData}), and the report must match the
 * expectations ({@link CaseExpectations}: {@code expected.yaml}, with {@code
 * expected.<format>.yaml} where the format legitimately reports otherwise, saying why) with
 * metadata shortcuts on, and give identical counts with them off. Pairs a format cannot hold are
 * listed, with why, in {@link CaseExpectations#EXCLUDED} and reported as skipped. Validation time
 * is fixed at {@link #NOW}.
 */
class CaseCorpusTest {
  static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  private static final Path CASES = Path.of("src/test/resources/cases");

  @TempDir Path dir;

  static List<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static Stream<Arguments> casesInEveryFormat() throws IOException {
    return cases().stream()
        .flatMap(c -> Arrays.stream(CaseFormat.values()).map(f -> Arguments.of(c, f)));
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @MethodSource("casesInEveryFormat")
  void matchesExpectedReportWithAndWithoutShortcuts(String name, CaseFormat format)
      throws Exception {
    Optional<String> excluded = CaseExpectations.exclusion(name, format);
    Assumptions.assumeTrue(excluded.isEmpty(), () -> "excluded: " + excluded.orElseThrow());
    Path caseDir = CASES.resolve(name);
    Contract contract = Contracts.load(caseDir.resolve("contract.yaml"));
    List<Path> files = writeData(caseDir, format, dir);
    ValidationOptions options = ValidationOptions.DEFAULTS
        .withClock(Clock.fixed(NOW, ZoneOffset.UTC)).withBatchRows(3);
    ValidationReport fast = Validator.of(contract, options).validate(files);
    ValidationReport slow =
        Validator.of(contract, options.withMetadataShortcuts(false)).validate(files);

    assertThat(fast.datasets()).extracting(d -> d.format()).containsOnly(format.toString());
    CaseExpectations.of(caseDir, format).assertMatches(fast);
    assertThat(counts(slow)).as(name + " [" + format + "] shortcuts off gives identical counts")
        .isEqualTo(counts(fast));
  }

  @Test
  void everyExclusionAndFormatExpectationNamesACaseAndAFormat() throws IOException {
    assertThat(pairs()).containsAll(CaseExpectations.EXCLUDED.keySet());
    List<String> formatFiles =
        Arrays.stream(CaseFormat.values()).map(f -> "expected." + f + ".yaml").toList();
    for (String name : cases()) {
      try (Stream<Path> files = Files.list(CASES.resolve(name))) {
        files.map(p -> p.getFileName().toString())
            .filter(f -> f.startsWith("expected.") && !f.equals("expected.yaml"))
            .forEach(f -> assertThat(formatFiles).as(name + "/" + f).contains(f));
      }
    }
  }

  /** Every {@code <case> [<format>]}, as the tests are named. */
  static List<String> pairs() throws IOException {
    return casesInEveryFormat().map(a -> a.get()[0] + " [" + a.get()[1] + "]").toList();
  }

  private static List<String> counts(ValidationReport r) {
    List<String> out = new ArrayList<>();
    r.checks().forEach(c ->
        out.add(c.id() + " " + c.status() + " " + c.failedRows() + " " + c.observed()));
    return out;
  }

  /** The case's data files written in {@code format} into {@code dir}. */
  static List<Path> writeData(Path caseDir, CaseFormat format, Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path yaml : CaseData.filesOf(caseDir)) {
      files.add(format.write(CaseData.read(yaml), dir, CaseData.baseName(yaml)));
    }
    return files;
  }
}
