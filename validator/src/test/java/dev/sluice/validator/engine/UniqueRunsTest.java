package dev.sluice.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Sample;
import dev.sluice.validator.testing.InlineContract;
import dev.sluice.validator.testing.ParquetFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Integer keys that come as runs of consecutive values (surrogate keys in order) are taken whole
 * by the uniqueness state when they can be; the outcome is every occurrence after the first,
 * exactly: runs broken by nulls, by repeats and by jumps, runs that overlap earlier row groups,
 * in dense and in hash mode, on one thread or several, in small or large batches.
 */
class UniqueRunsTest {
  private static final int ROWS = 20_000;

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"1, 1000, 1, false", "2, 7, 3, false", "3, 8192, 2, true", "4, 333, 2, true"})
  void everyOccurrenceAfterTheFirstFailsExactly(long seed, int batchRows, int threads,
      boolean sparse) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    List<Map<String, ?>> rows = new ArrayList<>();
    long next = sparse ? 1L << 40 : 1;
    while (rows.size() < ROWS) {
      int run = random.nextInt(1, 3000);
      for (int k = 0; k < run && rows.size() < ROWS; k++) {
        int roll = random.nextInt(500);
        if (roll == 0) {
          rows.add(ParquetFixture.row("n", (long) rows.size()));
        } else {
          long key = roll == 1 ? next - random.nextInt(1, 50) : next++;
          rows.add(ParquetFixture.row("id", key, "n", (long) rows.size()));
        }
      }
      // the next run jumps ahead, or goes back over keys already seen
      next += random.nextBoolean() ? random.nextInt(0, 100) : -random.nextInt(0, 2000);
      next = Math.max(next, 1);
      if (sparse && random.nextInt(10) == 0) {
        next += 1L << 36; // far apart: the state hashes
      }
    }
    Path data = ParquetFixture.schema("message t { optional int64 id; required int64 n; }")
        .rows(rows).rowsPerGroup(3000).write(dir.resolve("t.parquet"));
    Contract contract = InlineContract.of(dir, "t",
        "      - name: id",
        "        logicalType: integer",
        "        unique: true");

    Map<Long, Integer> seen = new HashMap<>();
    List<Long> failing = new ArrayList<>();
    long groups = 0;
    for (int r = 0; r < rows.size(); r++) {
      Object key = rows.get(r).get("id");
      if (key != null) {
        int before = seen.merge((Long) key, 1, Integer::sum) - 1;
        if (before > 0) {
          failing.add((long) r);
        }
        groups += before == 1 ? 1 : 0;
      }
    }
    ValidationOptions options = ValidationOptions.DEFAULTS.withBatchRows(batchRows)
        .withThreads(threads);
    Validator.QuarantineResult result = Validator.of(contract, options)
        .quarantine(List.of(data), dir.resolve("q"));
    CheckResult unique = result.report().checks().stream()
        .filter(c -> c.kind() == CheckKind.UNIQUE).findFirst().orElseThrow();
    assertThat(failing).isNotEmpty();
    assertThat(unique.failedRows()).isEqualTo(failing.size());
    assertThat(unique.details()).containsEntry("duplicateGroups", groups);
    assertThat(unique.samples()).extracting(Sample::row)
        .isEqualTo(failing.subList(0, unique.samples().size()));
    assertThat(unique.samples()).isNotEmpty();
    assertThat(result.split().outputs().get(0).rejectedRows()).isEqualTo(failing.size());
  }
}
