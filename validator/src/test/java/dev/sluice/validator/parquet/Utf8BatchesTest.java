package dev.sluice.validator.parquet;

import static dev.sluice.validator.testing.ParquetFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * STRING columns read as UTF-8 bytes ({@link ColumnVector#utf8}): the same text row for row as
 * decoded values, whatever mix of dictionary and PLAIN pages, nulls and batch sizes; pattern and
 * length checks count the same rows and keep the same samples as when the column is decoded.
 */
class Utf8BatchesTest {
  @TempDir Path dir;

  /** Rows 0-499 from the dictionary, then PLAIN after the writer's fallback; non-ASCII text too. */
  private Path fallback(boolean dictionary) {
    GeneratedParquet file = GeneratedParquet.schema("message m { optional binary s (STRING); }")
        .dictionaryBytes(2048).dictionary(dictionary).pageRows(50).rowsPerGroup(1100);
    for (int r = 0; r < 3000; r++) {
      file.row(row("s", r % 9 == 4 ? null : value(r)));
    }
    return file.write(dir.resolve(dictionary ? "fallback.parquet" : "plain.parquet"));
  }

  private static String value(int r) {
    if (r < 500) {
      return "v" + r % 5;
    }
    String[] heads = {"value-", "Value-", "välue-", "中文-", "\uD83D\uDE00-"};
    return heads[r % heads.length] + r % 200;
  }

  @ParameterizedTest(name = "dictionary={0}")
  @ValueSource(booleans = {true, false})
  void utf8BatchesHoldTheTextOfTheDecodedValues(boolean dictionary) throws Exception {
    Path path = fallback(dictionary);
    for (int batchRows : new int[] {1, 7, 64, 8192}) {
      List<String> decoded = texts(path, batchRows, false);
      List<String> inPlace = texts(path, batchRows, true);
      assertThat(inPlace).as("batches of " + batchRows).isEqualTo(decoded);
    }
  }

  @Test
  void onlyBatchesWithPlainValuesComeAsBytes() throws Exception {
    List<Boolean> utf8 = new ArrayList<>();
    try (ParquetDataFile file = ParquetDataFile.open(fallback(true), "fallback")) {
      file.scan(0, Set.of("s"), Set.of("s"), 0, 100, b -> {
        ColumnVector v = b.vector("s");
        assertThat(v.utf8 == null || v.dictionary == null).isTrue();
        utf8.add(v.utf8 != null);
      });
    }
    // the first row group: dictionary batches up to the writer's fallback, then bytes
    assertThat(utf8).hasSize(11).isSorted().contains(false, true);
    assertThat(utf8.subList(0, 5)).containsOnly(false); // rows 0-499: five distinct values
  }

  /**
   * Every file of parquet-testing (other writers, v2 pages, delta and byte-stream encodings,
   * malformed files): each string column read as UTF-8 bytes gives the text read as values,
   * or the same one-line problem.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.sluice.validator.parquet.BulkEquivalenceTest#files")
  void utf8BatchesAgreeOnEveryFileOfOtherWriters(String resource) throws Exception {
    Path path = BulkEquivalenceTest.folder(resource);
    Set<String> strings = new TreeSet<>();
    try (ParquetDataFile file = ParquetDataFile.open(path, "f")) {
      file.columns().forEach((name, info) -> {
        if (info.type().kind() == ValueType.Kind.STRING) {
          strings.add(name);
        }
      });
    } catch (DataProblem e) {
      return; // a file the reader refuses outright has no batches to compare
    }
    for (int batchRows : new int[] {7, 8192}) {
      assertThat(allTexts(path, strings, batchRows, true)).as(resource + " in batches of "
          + batchRows).isEqualTo(allTexts(path, strings, batchRows, false));
    }
  }

  /**
   * The corpus test above has teeth: files of other writers do hand out UTF-8 batches (most of
   * the corpus's strings are dictionary-encoded or delta-encoded, which stay values).
   */
  @Test
  void filesOfOtherWritersGiveUtf8Batches() throws Exception {
    long files = BulkEquivalenceTest.files().filter(Utf8BatchesTest::givesUtf8Batches).count();
    assertThat(files).isGreaterThanOrEqualTo(MIN_FILES_WITH_UTF8_BATCHES);
  }

  /** Measured on the pinned corpus (233 files). */
  private static final long MIN_FILES_WITH_UTF8_BATCHES = 4;

  private static boolean givesUtf8Batches(String resource) {
    boolean[] seen = {false};
    try (ParquetDataFile file = ParquetDataFile.open(BulkEquivalenceTest.folder(resource), "f")) {
      Set<String> strings = new TreeSet<>();
      file.columns().forEach((name, info) -> {
        if (info.type().kind() == ValueType.Kind.STRING) {
          strings.add(name);
        }
      });
      for (int g = 0; g < file.rowGroups().size() && !strings.isEmpty(); g++) {
        file.scan(g, strings, strings, 0, 8192, b -> {
          for (String column : strings) {
            seen[0] |= b.vector(column).utf8 != null;
          }
        });
      }
    } catch (DataProblem e) {
      return seen[0];
    }
    return seen[0];
  }

  /** The text of every row of the given columns, or the problem that ended the scan. */
  private static List<String> allTexts(Path path, Set<String> columns, int batchRows,
      boolean utf8) {
    List<String> texts = new ArrayList<>();
    try (ParquetDataFile file = ParquetDataFile.open(path, "f")) {
      for (int g = 0; g < file.rowGroups().size(); g++) {
        file.scan(g, columns, utf8 ? columns : Set.of(), 0, batchRows, b -> {
          for (String column : columns) {
            ColumnVector v = b.vector(column);
            for (int i = 0; i < v.size; i++) {
              texts.add(v.nulls[i] ? "null" : v.utf8 != null ? v.utf8Text(i)
                  : String.valueOf(v.objects[i]));
            }
          }
        });
      }
    } catch (DataProblem e) {
      texts.add("problem: " + e.getMessage());
    }
    return texts;
  }

  /** Text of every row, "null" for nulls, read as UTF-8 bytes or as decoded values. */
  private static List<String> texts(Path path, int batchRows, boolean utf8) throws Exception {
    List<String> texts = new ArrayList<>();
    try (ParquetDataFile file = ParquetDataFile.open(path, "f")) {
      for (int g = 0; g < file.rowGroups().size(); g++) {
        file.scan(g, Set.of("s"), utf8 ? Set.of("s") : Set.of(), 0, batchRows, b -> {
          ColumnVector v = b.vector("s");
          assertThat(v.utf8 == null).isEqualTo(!utf8 || v.dictionary != null
              || allNull(v));
          for (int i = 0; i < v.size; i++) {
            texts.add(v.nulls[i] ? "null" : v.utf8 != null ? v.utf8Text(i) : (String) v.objects[i]);
          }
        });
      }
    }
    return texts;
  }

  private static boolean allNull(ColumnVector v) {
    for (int i = 0; i < v.size; i++) {
      if (!v.nulls[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The same pattern and length checks, once alone on the column (read as bytes), once beside a
   * uniqueness check that needs the decoded values: the same counts and samples.
   */
  @ParameterizedTest(name = "threads={0}")
  @ValueSource(ints = {1, 2})
  void checksCountTheSameRowsFromBytes(int threads) throws Exception {
    Path path = fallback(true);
    long upper = 0;
    long longer = 0;
    for (int r = 500; r < 3000; r++) {
      if (r % 9 != 4) {
        String v = value(r);
        upper += v.equals(v.toLowerCase(java.util.Locale.ROOT)) ? 0 : 1;
        longer += v.codePointCount(0, v.length()) > 8 ? 1 : 0;
      }
    }
    for (int batchRows : new int[] {1, 64, 8192}) {
      ValidationOptions options = ValidationOptions.DEFAULTS.withThreads(threads)
          .withBatchRows(batchRows);
      ValidationReport bytes = validate(path, "", options);
      ValidationReport values = validate(path, "        unique: true\n", options);
      for (CheckKind kind : List.of(CheckKind.PATTERN, CheckKind.MAX_LENGTH)) {
        CheckResult fromBytes = result(bytes, kind);
        CheckResult fromValues = result(values, kind);
        assertThat(fromBytes.failedRows()).as(kind + " in batches of " + batchRows)
            .isEqualTo(kind == CheckKind.PATTERN ? upper : longer)
            .isEqualTo(fromValues.failedRows());
        assertThat(fromBytes.samples()).isEqualTo(fromValues.samples()).isNotEmpty();
      }
    }
  }

  private ValidationReport validate(Path data, String extra, ValidationOptions options)
      throws Exception {
    Path contract = dir.resolve("contract.yaml");
    Files.writeString(contract, "apiVersion: v3.1.0\nkind: DataContract\nid: utf8\n"
        + "version: 1.0.0\nstatus: active\nschema:\n  - name: m\n    properties:\n"
        + "      - name: s\n        logicalType: string\n" + extra
        + "        logicalTypeOptions: {pattern: '^[^A-Z]*$', maxLength: 8}\n");
    return Validator.of(Contracts.load(contract), options).validate(List.of(data));
  }

  private static CheckResult result(ValidationReport report, CheckKind kind) {
    return report.checks().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
  }
}
