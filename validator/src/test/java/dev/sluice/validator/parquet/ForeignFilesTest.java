package dev.sluice.validator.parquet;

import dev.sluice.validator.testing.DataFileScans;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.data.ChunkStats;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.testing.DataFileScans.Cell;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.impl.ColumnReaderImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files from other writers: counts, alignment and statistics agree with a full decode. */
class ForeignFilesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "alltypes_plain.parquet", "alltypes_dictionary.parquet", "alltypes_tiny_pages.parquet",
      "datapage_v2.snappy.parquet", "delta_binary_packed.parquet", "delta_byte_array.parquet",
      "delta_encoding_optional_column.parquet", "delta_encoding_required_column.parquet",
      "delta_length_byte_array.parquet", "byte_stream_split.zstd.parquet",
      "byte_stream_split_extended.gzip.parquet", "int32_decimal.parquet", "int64_decimal.parquet",
      "byte_array_decimal.parquet", "fixed_length_decimal.parquet",
      "fixed_length_decimal_legacy.parquet", "int96_from_spark.parquet", "list_columns.parquet",
      "nested_structs.rust.parquet", "nullable.impala.parquet", "nulls.snappy.parquet",
      "old_list_structure.parquet", "repeated_no_annotation.parquet",
      "lz4_raw_compressed.parquet", "concatenated_gzip_members.parquet",
      "datapage_v2_empty_datapage.snappy.parquet", "page_v2_empty_compressed.parquet",
      "dict-page-offset-zero.parquet", "rle_boolean_encoding.parquet",
      "float16_nonzeros_and_nans.parquet", "float16_zeros_and_nans.parquet",
      "plain-dict-uncompressed-checksum.parquet", "map_no_value.parquet",
      "unknown-logical-type.parquet", "column_chunk_key_value_metadata.parquet"})
  void decodesConsistentlyWithParquetJavaAndItsOwnStatistics(String name) throws Exception {
    try (ParquetDataFile file = Scans.open("data/" + name)) {
      Map<String, List<Cell>> small = Scans.scanAll(file, 7);
      assertThat(Scans.scanAll(file, 100_000)).isEqualTo(small);
      assertThat(file.rowGroups().stream().mapToLong(RowGroupInfo::rowCount).sum())
          .isEqualTo(file.rowCount());
      assertThat(nonNullCounts(small)).isEqualTo(referenceDefinedCounts(file));
      for (RowGroupInfo group : file.rowGroups()) {
        checkStats(file, group);
      }
    }
  }

  private static void checkStats(ParquetDataFile file, RowGroupInfo group) throws Exception {
    for (Map.Entry<String, ChunkStats> e : group.stats().entrySet()) {
      ChunkStats stats = e.getValue();
      ColumnInfo column = file.columns().get(e.getKey());
      assertThat(column.repeated()).isFalse();
      List<Cell> cells = scanGroup(file, group, e.getKey());
      long nulls = cells.stream().filter(c -> c.value() == null).count();
      if (stats.hasNullCount()) {
        assertThat(stats.nullCount()).as(e.getKey() + " nulls").isEqualTo(nulls);
      }
      if (stats.hasRange()) {
        assertThat(stats.min()).as(e.getKey() + " min").isEqualTo(extreme(cells, -1));
        assertThat(stats.max()).as(e.getKey() + " max").isEqualTo(extreme(cells, 1));
      }
    }
  }

  private static List<Cell> scanGroup(ParquetDataFile file, RowGroupInfo group, String path)
      throws Exception {
    List<Cell> cells = new java.util.ArrayList<>();
    file.scan(group.index(), Set.of(path), 0, 1000, b -> {
      var v = b.vector(path);
      for (int i = 0; i < v.size; i++) {
        cells.add(new Cell(v.rows[i], Scans.boxed(v, i)));
      }
    });
    return cells;
  }

  @SuppressWarnings("unchecked")
  private static Object extreme(List<Cell> cells, int sign) {
    Comparable<Object> best = null;
    for (Cell c : cells) {
      Comparable<Object> v = (Comparable<Object>) c.value();
      if (v != null && (best == null || Integer.signum(v.compareTo(best)) == sign)) {
        best = v;
      }
    }
    return best;
  }

  private static Map<String, Long> nonNullCounts(Map<String, List<Cell>> cells) {
    Map<String, Long> counts = new HashMap<>();
    cells.forEach((path, list) ->
        counts.put(path, list.stream().filter(c -> c.value() != null).count()));
    return counts;
  }

  /** Defined values per column, counted by parquet-java's own ColumnReader. */
  @SuppressWarnings("deprecation")
  private static Map<String, Long> referenceDefinedCounts(ParquetDataFile file) throws Exception {
    Map<String, Long> counts = new HashMap<>();
    Map<String, ParquetLeaf> leaves = new HashMap<>();
    try (ParquetFileReader reader = new ParquetFileReader(ChannelInputFile.of(
        Scans.resource(file.path())), ParquetDataFile.readOptions())) {
      file.columns().keySet().forEach(p -> counts.put(p, 0L));
      for (PageReadStore store = reader.readNextRowGroup(); store != null;
          store = reader.readNextRowGroup()) {
        for (ColumnDescriptor d : reader.getFileMetaData().getSchema().getColumns()) {
          String path = pathOf(file, d);
          ColumnReaderImpl r = new ColumnReaderImpl(d, store.getPageReader(d),
              new PrimitiveConverter() {}, null);
          long defined = 0;
          for (long i = 0; i < r.getTotalValueCount(); i++) {
            if (r.getCurrentDefinitionLevel() == d.getMaxDefinitionLevel()) {
              r.skip();
              defined++;
            }
            r.consume();
          }
          counts.merge(path, defined, Long::sum);
        }
      }
    }
    return counts;
  }

  private static String pathOf(ParquetDataFile file, ColumnDescriptor d) {
    return file.leaves().values().stream()
        .filter(l -> l.descriptor().equals(d)).findFirst().orElseThrow().path();
  }
}
