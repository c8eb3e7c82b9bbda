package dev.sluice.validator.parquet;

import dev.sluice.validator.testing.DataFileScans;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.testing.DataFileScans.Cell;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bulk path gives exactly the vectors of parquet-java's value-by-value reader (nulls, values,
 * rows), batch by batch, for every file of parquet-testing and several batch sizes; a file one
 * path cannot read, the other cannot read either.
 */
class BulkEquivalenceTest {
  /** Both folders together hold every Parquet file of parquet-testing (see their SOURCE.md). */
  private static final List<String> ROOTS = List.of("/parquet-testing", "/parquet/parquet-testing");

  private static final int[] BATCH_SIZES = {1, 7, 8192};

  /**
   * One batch as both paths must give it; {@code dictionaries} (not compared) names the columns
   * whose vector carried a dictionary.
   */
  record Batch(long firstRow, int rowCount, Map<String, List<Cell>> columns,
      Set<String> dictionaries) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Batch && ((Batch) o).firstRow == firstRow
          && ((Batch) o).rowCount == rowCount && ((Batch) o).columns.equals(columns);
    }

    @Override
    public int hashCode() {
      return Objects.hash(firstRow, rowCount, columns);
    }
  }

  /** A whole scan: its batches, and the problem that ended it, if any. */
  record Outcome(List<Batch> batches, @Nullable String problem) {}

  static Stream<String> files() throws IOException {
    List<String> files = new ArrayList<>();
    for (String root : ROOTS) {
      Path dir = folder(root);
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(p -> p.toString().endsWith(".parquet")
                || p.toString().endsWith(".parquet.encrypted"))
            .forEach(p -> files.add(root + "/" + dir.relativize(p).toString().replace('\\', '/')));
      }
    }
    files.sort(null);
    return files.stream();
  }

  static Path folder(String resource) {
    URL url = Objects.requireNonNull(BulkEquivalenceTest.class.getResource(resource), resource);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void coversTheWholeCorpus() throws IOException {
    assertThat(files()).hasSize(233).contains("/parquet/parquet-testing/data/single_nan.parquet",
        "/parquet-testing/data/alltypes_plain.parquet");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void bulkPathGivesTheVectorsOfParquetJava(String resource) {
    assertSameScans(folder(resource), BATCH_SIZES);
  }

  /**
   * Scans every column of {@code path} through both paths in batches of each size: the same
   * batches, or a one-line problem from both. Returns the bulk path's outcome per size.
   */
  static List<Outcome> assertSameScans(Path path, int... batchSizes) {
    List<Outcome> outcomes = new ArrayList<>();
    for (int batchRows : batchSizes) {
      Outcome reference = scan(path, batchRows, false);
      Outcome bulk = scan(path, batchRows, true);
      outcomes.add(bulk);
      String what = path.getFileName() + " in batches of " + batchRows;
      if (reference.problem() != null || bulk.problem() != null) {
        assertThat(bulk.problem()).as(what + " (parquet-java: " + reference.problem() + ")")
            .isNotNull().doesNotContain("\n");
        assertThat(reference.problem()).as(what + " (bulk: " + bulk.problem() + ")").isNotNull();
        continue;
      }
      assertThat(bulk.batches()).as(what).hasSameSizeAs(reference.batches());
      for (int i = 0; i < bulk.batches().size(); i++) {
        assertThat(bulk.batches().get(i)).as(what + ", batch " + i)
            .isEqualTo(reference.batches().get(i));
      }
    }
    return outcomes;
  }

  static Outcome scan(Path path, int batchRows, boolean bulk) {
    List<Batch> batches = new ArrayList<>();
    try (ParquetDataFile opened = ParquetDataFile.open(path, path.getFileName().toString())) {
      ParquetDataFile file = bulk ? opened : opened.withoutBulkDecoding();
      for (RowGroupInfo group : file.rowGroups()) {
        file.scan(group.index(), file.columns().keySet(), 0, batchRows, b -> {
          Map<String, List<Cell>> columns = new LinkedHashMap<>();
          Set<String> dictionaries = new TreeSet<>();
          for (ColumnVector v : b.vectors().values()) {
            columns.put(v.column.path(), cells(v));
            if (v.dictionary != null) {
              checkDictionary(v);
              dictionaries.add(v.column.path());
            }
          }
          batches.add(new Batch(b.firstRow(), b.rowCount(), columns, dictionaries));
        });
      }
      return new Outcome(batches, null);
    } catch (DataProblem e) {
      return new Outcome(batches, e.getMessage());
    }
  }

  static List<Cell> cells(ColumnVector v) {
    List<Cell> cells = new ArrayList<>(v.size);
    for (int i = 0; i < v.size; i++) {
      cells.add(new Cell(v.rows[i], Scans.boxed(v, i)));
    }
    return cells;
  }

  /** A dictionary batch: every non-null value is the dictionary's entry at its id. */
  static void checkDictionary(ColumnVector v) {
    ColumnDictionary dictionary = v.dictionary;
    if (dictionary == null) {
      return;
    }
    for (int i = 0; i < v.size; i++) {
      if (!v.nulls[i]) {
        assertThat(entry(dictionary, v, v.ids[i])).as(v.column.path() + " value " + i)
            .isEqualTo(v.valueAt(i));
      }
    }
  }

  static Object entry(ColumnDictionary dictionary, ColumnVector v, int id) {
    switch (v.type().kind().storage()) {
      case LONG: return dictionary.longAt(id);
      case DOUBLE: return dictionary.doubleAt(id);
      default: return dictionary.objectAt(id);
    }
  }
}
