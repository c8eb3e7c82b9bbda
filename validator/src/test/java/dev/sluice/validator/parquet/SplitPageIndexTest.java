package dev.sluice.validator.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.quarantine.SplitTarget;
import dev.sluice.validator.testing.ParquetFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.filter2.predicate.FilterApi;
import org.apache.parquet.filter2.predicate.FilterPredicate;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.internal.column.columnindex.ColumnIndex;
import org.apache.parquet.internal.column.columnindex.OffsetIndex;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page indexes of the split's outputs, as readers that filter by them see them: a page that
 * holds values is never listed as a null page, whether or not its statistics have a min and max
 * (strings, booleans, decimals, and floating point pages with a NaN have none), so a reader
 * that skips pages by the column index keeps every row its filter matches.
 */
class SplitPageIndexTest {
  @TempDir Path dir;

  @Test
  void pagesWithValuesButNoMinMaxAreNotNullPagesInTheColumnIndex() throws Exception {
    Path input = input();
    SplitTarget target = split(input);
    for (Path output : List.of(target.accepted(), target.rejected())) {
      try (ParquetFileReader r = open(output, null)) {
        for (BlockMetaData block : r.getFooter().getBlocks()) {
          for (ColumnChunkMetaData chunk : block.getColumns()) {
            ColumnIndex index = r.readColumnIndex(chunk);
            OffsetIndex offsets = r.readOffsetIndex(chunk);
            if (index == null) {
              continue; // no column index: readers read every page
            }
            for (int p = 0; p < offsets.getPageCount(); p++) {
              long rows = offsets.getLastRowIndex(p, block.getRowCount())
                  - offsets.getFirstRowIndex(p) + 1;
              assertThat(index.getNullPages().get(p))
                  .as("%s %s page %d: null page with %d nulls of %d rows", output.getFileName(),
                      chunk.getPath(), p, index.getNullCounts().get(p), rows)
                  .isEqualTo(index.getNullCounts().get(p) == rows);
            }
          }
        }
      }
    }
  }

  @Test
  void aReaderFilteringByTheColumnIndexFindsEveryMatchingRow() throws Exception {
    SplitTarget target = split(input());
    Map<String, FilterPredicate> filters = Map.of(
        "s", FilterApi.eq(FilterApi.binaryColumn("s"), Binary.fromString("v3")),
        "b", FilterApi.eq(FilterApi.booleanColumn("b"), true),
        "d", FilterApi.eq(FilterApi.doubleColumn("d"), 1.5));
    for (Path output : List.of(target.accepted(), target.rejected())) {
      for (Map.Entry<String, FilterPredicate> f : filters.entrySet()) {
        long all = rowsOf(output, null);
        assertThat(all).isPositive();
        // every page holds matching rows: the filter may not drop one of them
        assertThat(rowsOf(output, f.getValue())).as(output.getFileName() + " " + f.getKey())
            .isEqualTo(all);
      }
    }
  }

  /**
   * Rows {@code id = i}: {@code s = "v" + i % 7}, {@code b = i % 2 == 0}, {@code d} 1.5 or (every
   * 10th row) NaN, {@code m} a decimal; every 11th row null but for id. One row group, pages of
   * 500 rows, dictionary encoding off (PLAIN pages in, PLAIN pages out).
   */
  private Path input() {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (int i = 0; i < 6000; i++) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", (long) i);
      if (i % 11 != 0) {
        row.put("s", "v" + i % 7);
        row.put("b", i % 2 == 0);
        row.put("d", i % 10 == 0 ? Double.NaN : 1.5);
        row.put("m", BigDecimal.valueOf(i % 100, 2));
      }
      rows.add(row);
    }
    return ParquetFixture.schema("message m { required int64 id; optional binary s (STRING);"
        + " optional boolean b; optional double d; optional int32 m (DECIMAL(9,2)); }")
        .rows(rows).dictionary(false).pageRows(500).write(dir.resolve("in.parquet"));
  }

  /** Splits {@code input}: rows with id above 2,999 are rejected. */
  private SplitTarget split(Path input) throws Exception {
    SplitRun split = SplitRun.rejectingAbove(input, dir, "id", 2999);
    SplitTarget target = split.target();
    assertThat(split.counts().rejected()).isEqualTo(3000);
    return target;
  }

  /** The rows of the row groups and pages a column-index filtering reader reads. */
  private static long rowsOf(Path file, FilterPredicate filter) throws Exception {
    long rows = 0;
    try (ParquetFileReader r = open(file, filter)) {
      for (PageReadStore store = r.readNextFilteredRowGroup(); store != null;
          store = r.readNextFilteredRowGroup()) {
        rows += store.getRowCount();
      }
    }
    return rows;
  }

  private static ParquetFileReader open(Path file, FilterPredicate filter) throws Exception {
    ParquetReadOptions.Builder options = ParquetReadOptions.builder(new PlainParquetConfiguration())
        .withCodecFactory(new PlainCodecFactory())
        .useStatsFilter(false).useDictionaryFilter(false).useBloomFilter(false)
        .useRecordFilter(filter != null).useColumnIndexFilter(filter != null);
    if (filter != null) {
      options.withRecordFilter(FilterCompat.get(filter));
    }
    return ParquetFileReader.open(new LocalInputFile(file), options.build());
  }
}
