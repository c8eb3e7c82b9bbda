package dev.sluice.validator.parquet;

import static dev.sluice.validator.testing.ParquetFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.parquet.BulkEquivalenceTest.Batch;
import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PLAIN strings and byte arrays join the chunk's dictionary: batches after a writer's fallback
 * carry a dictionary that grows from batch to batch without ids changing meaning; joining stops
 * at its bounds or when a page holds mostly new values; checks count exactly over the growth.
 */
class JoinedDictionaryTest {
  @TempDir Path dir;

  /**
   * Rows 0-499 from the dictionary; then 400 values that overflow it, repeated; nulls in s only
   * (raw holds the bytes of the same values).
   */
  private Path fallbackThenRepeats(int rowsPerGroup) {
    GeneratedParquet file = GeneratedParquet.schema("message m { optional binary s (STRING);"
        + " optional binary raw; }").dictionaryBytes(2048).pageRows(50).rowsPerGroup(rowsPerGroup);
    for (int r = 0; r < 3000; r++) {
      file.row(row("s", r % 9 == 4 ? null : value(r), "raw",
          value(r).getBytes(StandardCharsets.UTF_8)));
    }
    return file.write(dir.resolve("fallback.parquet"));
  }

  private static String value(int r) {
    return r < 500 ? "v" + r % 5 : (r % 7 == 0 ? "Value-" : "value-") + r % 200;
  }

  @Test
  void theDictionaryGrowsAcrossBatchesAndIdsKeepTheirMeaning() throws Exception {
    Path path = fallbackThenRepeats(Integer.MAX_VALUE);
    BulkEquivalenceTest.assertSameScans(path, 1, 100, 8192);
    for (String column : List.of("s", "raw")) {
      List<ColumnDictionary> seen = new ArrayList<>();
      List<Integer> sizes = new ArrayList<>();
      Map<Object, Integer> ids = new HashMap<>();
      try (ParquetDataFile file = ParquetDataFile.open(path, "fallback")) {
        file.scan(0, Set.of(column), 0, 100, b -> {
          ColumnVector v = b.vector(column);
          assertThat(v.dictionary).as(column + " rows from " + b.firstRow()).isNotNull();
          seen.add(v.dictionary);
          sizes.add(v.dictionary.size());
          for (int i = 0; i < v.size; i++) {
            if (!v.nulls[i]) {
              assertThat(v.dictionary.objectAt(v.ids[i])).isSameAs(v.objects[i]);
              Object key = column.equals("s") ? v.objects[i]
                  : new String((byte[]) v.objects[i], StandardCharsets.UTF_8);
              int id = v.ids[i];
              assertThat(ids.computeIfAbsent(key, k -> id)).isEqualTo(id);
            }
          }
        });
      }
      assertThat(Set.copyOf(seen)).hasSize(1); // one dictionary for the whole chunk
      assertThat(sizes).isSorted();
      assertThat(sizes.get(0)).isLessThan(sizes.get(sizes.size() - 1));
      assertThat(sizes.get(sizes.size() - 1)).isEqualTo(ids.size()); // every value joined
    }
  }

  @ParameterizedTest(name = "threads={0}")
  @ValueSource(ints = {1, 2})
  void valueChecksCountExactlyWhileTheDictionaryGrows(int threads) throws Exception {
    Path path = fallbackThenRepeats(1100);
    Path contract = dir.resolve("contract.yaml");
    Files.writeString(contract, "apiVersion: v3.1.0\nkind: DataContract\nid: joined\n"
        + "version: 1.0.0\nstatus: active\nschema:\n  - name: m\n    properties:\n"
        + "      - name: s\n        logicalType: string\n"
        + "        unique: true\n" // needs decoded values: s joins (else it is read as bytes)
        + "        logicalTypeOptions: {pattern: '^[^A-Z]*$', maxLength: 8}\n");
    long upper = 0;
    long longer = 0;
    for (int r = 500; r < 3000; r++) {
      if (r % 9 != 4) {
        upper += r % 7 == 0 ? 1 : 0;
        longer += r % 200 >= 100 ? 1 : 0; // "value-" and 3 digits
      }
    }
    for (int batchRows : new int[] {1, 64, 8192}) {
      ValidationReport report = Validator.of(Contracts.load(contract), ValidationOptions.DEFAULTS
          .withThreads(threads).withBatchRows(batchRows)).validate(List.of(path));
      assertThat(failed(report, CheckKind.PATTERN)).as("batches of " + batchRows)
          .isEqualTo(upper);
      assertThat(failed(report, CheckKind.MAX_LENGTH)).as("batches of " + batchRows)
          .isEqualTo(longer);
    }
  }

  private static long failed(ValidationReport report, CheckKind kind) {
    CheckResult result = report.checks().stream().filter(c -> c.kind() == kind).findFirst()
        .orElseThrow();
    assertThat(result.fromMetadata()).isFalse();
    return result.failedRows();
  }

  @Test
  void plainChunksWithoutADictionaryPageGetOneToo() throws Exception {
    GeneratedParquet file = GeneratedParquet.schema("message m { optional binary s (STRING);"
        + " optional binary raw; }").dictionary(false).pageRows(50);
    for (int r = 0; r < 1000; r++) {
      file.row(row("s", r < 30 ? null : "x" + r % 40, "raw", new byte[] {(byte) (r % 3)}));
    }
    Path path = file.write(dir.resolve("plain.parquet"));
    for (Batch batch : BulkEquivalenceTest.assertSameScans(path, 1, 20, 100).get(2).batches()) {
      assertThat(batch.dictionaries()).as("rows from " + batch.firstRow())
          .containsExactly("raw", "s");
    }
    List<Batch> single = BulkEquivalenceTest.assertSameScans(path, 1).get(0).batches();
    assertThat(single.get(0).dictionaries()).containsExactly("raw"); // s: a null, no entry yet
    assertThat(single.get(999).dictionaries()).containsExactly("raw", "s");
  }

  /**
   * Twenty values of each page of 50 repeat in s, thirty in t; the others are new. s joins its
   * first page (exempt) and its second, which finds 40% known, so the rest of s is plain; t
   * (60% known) joins throughout.
   */
  @Test
  void givesUpAfterAPageOfMostlyNewValues() throws Exception {
    GeneratedParquet file = GeneratedParquet.schema("message m { required binary s (STRING);"
        + " required binary t (STRING); }").dictionary(false).pageRows(50);
    for (int r = 0; r < 1000; r++) {
      file.row(row("s", r % 50 < 20 ? "old-" + r % 50 : "new-" + r,
          "t", r % 50 < 30 ? "old-" + r % 50 : "new-" + r));
    }
    Path path = file.write(dir.resolve("unique.parquet"));
    List<Batch> batches = BulkEquivalenceTest.assertSameScans(path, 50).get(0).batches();
    assertThat(batches.get(0).dictionaries()).containsExactly("s", "t");
    assertThat(batches.get(1).dictionaries()).containsExactly("s", "t");
    for (Batch batch : batches.subList(2, batches.size())) {
      assertThat(batch.dictionaries()).as("rows from " + batch.firstRow()).containsExactly("t");
    }
  }

  /** Two thirds of the values repeat, a third are new: joining stops at the entry bound. */
  @Test
  void stopsJoiningAtTheBoundOnNewEntries() throws Exception {
    GeneratedParquet file = GeneratedParquet.schema("message m { required binary s (STRING); }")
        .dictionary(false).pageRows(5000).rowsPerGroup(300_000);
    int rows = 3 * JoinedDictionary.MAX_NEW_ENTRIES + 6000;
    for (int r = 0; r < rows; r++) {
      file.row(row("s", r % 3 == 0 ? "new-" + r : "old-" + r % 100));
    }
    Path path = file.write(dir.resolve("bound.parquet"));
    List<Batch> batches = BulkEquivalenceTest.assertSameScans(path, 8192).get(0).batches();
    assertThat(batches).hasSize(25);
    long full = 3L * (JoinedDictionary.MAX_NEW_ENTRIES - 100); // rows until the bound is reached
    for (Batch batch : batches) {
      boolean before = batch.firstRow() + batch.rowCount() <= full;
      assertThat(batch.dictionaries().isEmpty()).as("rows from " + batch.firstRow())
          .isEqualTo(!before);
    }
  }
}
