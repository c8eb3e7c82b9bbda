package dev.sluice.validator.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.Progress;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.check.DataCheck;
import dev.sluice.validator.engine.DatasetRun;
import dev.sluice.validator.plan.Plan;
import dev.sluice.validator.plan.PlanCompiler;
import dev.sluice.validator.quarantine.QuarantineMarks;
import dev.sluice.validator.quarantine.QuarantineSummary;
import dev.sluice.validator.quarantine.RejectedRows;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Status;
import dev.sluice.validator.report.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quarantine split over the whole case corpus, in every format: the rows each rejecting
 * check marks are exactly the rows it counts as failing; every input row lands on exactly one
 * side; the accepted side passes every rejecting check; the report is the one {@code validate}
 * gives; and nothing at all is written when a check could not be evaluated.
 */
class QuarantineCorpusTest {
  private static final Path CASES = Path.of("src/test/resources/cases");

  @TempDir Path dir;

  static Stream<org.junit.jupiter.params.provider.Arguments> casesInEveryFormat()
      throws IOException {
    return CaseCorpusTest.casesInEveryFormat();
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @MethodSource("casesInEveryFormat")
  void marksExactlyTheFailingRowsAndSplitsEveryRowOnce(String name, CaseFormat format)
      throws Exception {
    Case loaded = load(name, format);
    Contract contract = loaded.contract();
    List<Path> files = loaded.files();
    ValidationOptions options = loaded.options();
    Plan plan = PlanCompiler.compile(contract, contract.schema().get(0), options);

    ValidationReport plain = Validator.of(contract, options).validate(files);
    Map<String, Long> marked = markedRowsPerCheck(plan, options, files);
    for (CheckResult result : plain.checks()) {
      if (marked.containsKey(result.id()) && result.failedRows() != null
          && result.status() != Status.ERROR) {
        assertThat(marked.get(result.id())).as(result.id() + " marks the rows it counts")
            .isEqualTo(result.failedRows());
      }
    }

    Path quarantine = dir.resolve("quarantine");
    StageRecorder progress = new StageRecorder();
    Validator.QuarantineResult split = Validator.of(contract, options.withProgress(progress))
        .quarantine(files, quarantine);
    assertThat(counts(split.report())).isEqualTo(counts(plain));
    if (plain.checks().stream().anyMatch(c -> c.status() == Status.ERROR)) {
      assertThat(split.split()).isNull();
      assertThat(progress.events).as("no split stage").containsExactly("finished");
      assertThat(!Files.exists(quarantine) || isEmpty(quarantine)).as("nothing written").isTrue();
      return;
    }
    QuarantineSummary summary = split.split();
    assertThat(summary).isNotNull();
    assertThat(summary.acceptedRows() + summary.rejectedRows()).isEqualTo(plain.rowCount());
    assertThat(progress.events).as("the split's progress, after the validation's")
        .containsExactly("quarantine " + plain.rowCount(), "wrote " + plain.rowCount(),
            "finished");
    assertThat(hiddenTemporaries(quarantine)).as("no temporary file left").isEmpty();
    List<Path> accepted = summary.outputs().stream().map(QuarantineSummary.Output::accepted)
        .toList();
    ValidationReport clean = Validator.of(contract, options).validate(accepted);
    assertThat(clean.rowCount()).isEqualTo(summary.acceptedRows());
    for (CheckResult result : clean.checks()) {
      if (marked.containsKey(result.id()) && result.failedRows() != null) {
        assertThat(result.failedRows()).as(result.id() + " on the accepted rows").isZero();
      }
    }
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> casesAsText() throws IOException {
    return CaseCorpusTest.cases().stream().flatMap(c -> Stream.of(CaseFormat.CSV, CaseFormat.JSON)
        .map(f -> org.junit.jupiter.params.provider.Arguments.of(c, f)));
  }

  /** CSV and JSON Lines cut into row groups of one record each: the same report and split. */
  @ParameterizedTest(name = "{0} [{1}]")
  @MethodSource("casesAsText")
  void textReadInPartsGivesTheSameReportAndSplit(String name, CaseFormat format)
      throws Exception {
    Case loaded = load(name, format);
    Contract contract = loaded.contract();
    List<Path> files = loaded.files();
    ValidationOptions options = loaded.options();
    ValidationOptions everyRecordAPart = options.withSource(options.source().withPartBytes(1));

    Validator.QuarantineResult whole = Validator.of(contract, options)
        .quarantine(files, dir.resolve("whole"));
    Validator.QuarantineResult parts = Validator.of(contract, everyRecordAPart)
        .quarantine(files, dir.resolve("parts"));
    assertThat(parts.report().checks()).isEqualTo(whole.report().checks());
    if (whole.split() == null) {
      assertThat(parts.split()).isNull();
      return;
    }
    QuarantineSummary a = whole.split();
    QuarantineSummary b = Objects.requireNonNull(parts.split());
    for (int i = 0; i < a.outputs().size(); i++) {
      assertThat(Files.readAllBytes(b.outputs().get(i).accepted()))
          .isEqualTo(Files.readAllBytes(a.outputs().get(i).accepted()));
      assertThat(Files.readAllBytes(b.outputs().get(i).rejected()))
          .isEqualTo(Files.readAllBytes(a.outputs().get(i).rejected()));
    }
  }

  /** A case of one object, its data written in a format, and the options it runs with. */
  private record Case(Contract contract, List<Path> files, ValidationOptions options) {}

  /** The case {@code name} in {@code format}; the test is skipped where the case does not apply. */
  private Case load(String name, CaseFormat format) throws Exception {
    Optional<String> excluded = CaseExpectations.exclusion(name, format);
    Assumptions.assumeTrue(excluded.isEmpty(), () -> "excluded: " + excluded.orElseThrow());
    Path caseDir = CASES.resolve(name);
    Contract contract = Contracts.load(caseDir.resolve("contract.yaml"));
    Assumptions.assumeTrue(contract.schema().size() == 1, "one object per contract");
    List<Path> files = CaseCorpusTest.writeData(caseDir, format, dir);
    ValidationOptions options = ValidationOptions.DEFAULTS
        .withClock(Clock.fixed(CaseCorpusTest.NOW, ZoneOffset.UTC)).withBatchRows(3);
    return new Case(contract, files, options);
  }

  /** What a run tells its progress after the validation: the split's stage and rows. */
  private static final class StageRecorder implements Progress {
    final List<String> events = new ArrayList<>();
    private long advanced;
    private boolean split;

    @Override
    public synchronized void advanced(long rows, long bytes) {
      assertThat(rows).isPositive();
      advanced += rows;
    }

    @Override
    public synchronized void stageStarted(String stage, long rows, long bytes) {
      events.add(stage + " " + rows);
      advanced = 0;
      split = true;
    }

    @Override
    public synchronized void finished() {
      if (split) {
        events.add("wrote " + advanced);
      }
      events.add("finished");
    }
  }

  /** Rows marked per rejecting check id, over the whole dataset. */
  private static Map<String, Long> markedRowsPerCheck(Plan plan, ValidationOptions options,
      List<Path> files) throws Exception {
    Map<String, Long> marked = new HashMap<>();
    for (DataCheck check : plan.checks()) {
      if (check.spec().judgesRows()) {
        marked.put(check.spec().id(), 0L);
      }
    }
    try (DatasetRun run = new DatasetRun(plan, options, true)) {
      for (Path file : files) {
        run.add(file);
      }
      QuarantineMarks marks = run.marks().orElseThrow();
      for (QuarantineMarks.FileMarks file : marks.files()) {
        for (int g = 0; g < file.rowGroupCount(); g++) {
          RejectedRows rows = file.rowGroup(g);
          for (int k = 0; k < rows.count(); k++) {
            rows.violations(k).forEach(id -> marked.merge(id, 1L, Long::sum));
          }
        }
      }
    }
    return marked;
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.findAny().isEmpty();
    }
  }

  private static List<Path> hiddenTemporaries(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().contains(".sluice-")).toList();
    }
  }

  private static List<String> counts(ValidationReport r) {
    List<String> out = new ArrayList<>();
    r.checks().forEach(c ->
        out.add(c.id() + " " + c.status() + " " + c.failedRows() + " " + c.observed()));
    return out;
  }
}
