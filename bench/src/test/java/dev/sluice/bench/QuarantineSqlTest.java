package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.samples.GeneratorOptions;
import dev.sluice.samples.OrdersWriter;
import dev.sluice.validator.Validator;
import dev.sluice.validator.quarantine.QuarantineSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quarantine checked independently: on a generated dirty file (and on its copy written by
 * DuckDB), DuckDB recomputes from the input which rows the bench contract's error-level row
 * rules reject ({@code sql/orders-bench-quarantine.sql}); Sluice's accepted and rejected files
 * hold exactly those rows, in input order, every rejected row with its check ids.
 */
class QuarantineSqlTest {
  static final Path SQL = Path.of("sql/orders-bench-quarantine.sql");

  @TempDir Path dir;

  @Test
  void sluiceRejectsExactlyTheRowsDuckDbDoesInInputOrder() throws Exception {
    Path dirty = new OrdersWriter(GeneratorOptions.of(30_000, dir.resolve("dirty.parquet"),
        Instant.parse("2026-11-01T00:00:00Z")).withDirty(true).withRowGroupRows(4_000)).write();
    assertAgrees(dirty, dir.resolve("q1"));
  }

  @Test
  void alsoOnTheCopyDuckDbWrote() throws Exception {
    Path dirty = new OrdersWriter(GeneratorOptions.of(20_000, dir.resolve("dirty.parquet"),
        Instant.parse("2026-11-01T00:00:00Z")).withDirty(true).withRowGroupRows(5_000)).write();
    Path copy = dir.resolve("dirty-duckdb.parquet");
    try (DuckDbQuery duck = DuckDbQuery.open(2)) {
      duck.copy(dirty, copy);
    }
    assertAgrees(copy, dir.resolve("q2"));
  }

  private static void assertAgrees(Path input, Path out) throws Exception {
    Validator.QuarantineResult result = Validator.of(Contracts.load(SameCountsTest.CONTRACT))
        .quarantine(List.of(input), out);
    QuarantineSummary split = result.split();
    Map<String, Long> c;
    try (DuckDbQuery duck = DuckDbQuery.open(2)) {
      c = duck.counts(Files.readString(SQL, StandardCharsets.UTF_8), input,
          out.resolve("accepted.parquet"), out.resolve("rejected.parquet"));
    }
    assertThat(c.get("rows DuckDB rejects")).isPositive().isEqualTo(split.rejectedRows())
        .isEqualTo(c.get("rejected rows"));
    assertThat(c.get("accepted rows") + c.get("rejected rows")).isEqualTo(c.get("input rows"));
    assertThat(c.get("accepted rows out of place")).isZero();
    assertThat(c.get("rejected rows out of place")).isZero();
    assertThat(c.get("rejected rows without ids")).isZero();
  }
}
