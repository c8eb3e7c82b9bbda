package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.samples.GeneratorOptions;
import dev.sluice.samples.OrdersWriter;
import dev.sluice.validator.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB query is the equivalent of the bench contract: on generated files (20,000 rows,
 * row groups of 4,000) it finds exactly Sluice's counts, and both find what the generator
 * documents for its defects. Also on a copy that DuckDB wrote, whose layout differs.
 */
class SameCountsTest {
  static final long ROWS = 20_000;
  static final Path CONTRACT = Path.of("contracts/orders-bench.odcs.yaml");
  static final Path SQL = Path.of("sql/orders-bench.sql");

  @TempDir static Path dir;
  static Path clean;
  static Path dirty;

  @BeforeAll
  static void generate() throws Exception {
    clean = write("clean.parquet", false);
    dirty = write("dirty.parquet", true);
  }

  @Test
  void dirtyFileGivesTheSameCountsInBothToolsAndTheGeneratorsOwn() throws Exception {
    Map<String, Long> duck = duckDb(dirty);
    assertThat(sluice(dirty)).containsExactlyEntriesOf(duck);
    assertThat(duck).containsExactlyEntriesOf(ExpectedCounts.of(ROWS, true));
  }

  @Test
  void dirtyFileFailsEveryCheckTheGeneratorCorrupts() throws Exception {
    Map<String, Long> duck = duckDb(dirty);
    BenchChecks.NAMES.stream().filter(c -> !c.equals("created_at.required"))
        .forEach(c -> assertThat(duck.get(c)).as(c).isPositive());
    // By hand from samples/README.md: count = (rows - 1 - slot) / period + 1.
    assertThat(duck).containsEntry("order_id.unique", 198L)
        .containsEntry("customer_email.pattern", 400L)
        .containsEntry("status.invalidValues", 377L + 377L)
        .containsEntry("score.nullValues", 800L + 400L);
  }

  @Test
  void cleanFileGivesTheSameCountsInBothTools() throws Exception {
    Map<String, Long> duck = duckDb(clean);
    assertThat(sluice(clean)).containsExactlyEntriesOf(duck);
    assertThat(duck).containsExactlyEntriesOf(ExpectedCounts.of(ROWS, false));
    assertThat(duck.get("score.nullValues")).isEqualTo(ROWS / 50);
  }

  @Test
  void duckDbWrittenCopyGivesTheSameCounts() throws Exception {
    Path copy = dir.resolve("dirty-duckdb.parquet");
    try (DuckDbQuery duck = DuckDbQuery.open(2)) {
      duck.copy(dirty, copy);
    }
    assertThat(sluice(copy)).containsExactlyEntriesOf(duckDb(copy))
        .containsExactlyEntriesOf(ExpectedCounts.of(ROWS, true));
  }

  @Test
  void csvAndJsonLinesCopiesGiveTheSameCountsInBothTools() throws Exception {
    for (String name : List.of("dirty.csv", "dirty.jsonl")) {
      Path copy = dir.resolve(name);
      try (DuckDbQuery duck = DuckDbQuery.open(2)) {
        duck.copy(dirty, copy, DuckDbQuery.format(copy));
      }
      assertThat(duckDb(copy)).as(name).containsExactlyEntriesOf(ExpectedCounts.of(ROWS, true));
      assertThat(sluice(copy)).as(name).containsExactlyEntriesOf(ExpectedCounts.of(ROWS, true));
    }
  }

  @Test
  void bundledResourcesAreTheFilesPeopleRead() throws Exception {
    assertThat(BenchResources.text(BenchChecks.SQL_RESOURCE))
        .isEqualTo(Files.readString(SQL, StandardCharsets.UTF_8));
    assertThat(BenchResources.text(BenchChecks.CONTRACT_RESOURCE))
        .isEqualTo(Files.readString(CONTRACT, StandardCharsets.UTF_8));
  }

  private static Path write(String name, boolean isDirty) throws Exception {
    GeneratorOptions options = GeneratorOptions.of(ROWS, dir.resolve(name),
        Instant.parse("2026-11-01T00:00:00Z")).withDirty(isDirty).withRowGroupRows(4_000);
    return new OrdersWriter(options).write();
  }

  private static Map<String, Long> duckDb(Path file) throws Exception {
    try (DuckDbQuery duck = DuckDbQuery.open(2)) {
      return duck.counts(Files.readString(SQL, StandardCharsets.UTF_8), file);
    }
  }

  private static Map<String, Long> sluice(Path file) throws Exception {
    return SluiceCounts.of(Validator.of(Contracts.load(CONTRACT)).validate(List.of(file)));
  }
}
