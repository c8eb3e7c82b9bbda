package dev.sluice.validator.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.quarantine.SplitTarget;
import dev.sluice.validator.testing.ParquetFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * INT64 pages of the split, written DELTA_BINARY_PACKED, in the shapes a side's pages take:
 * a page of one value, of 128 and 129 values, a page whose values are all null (no value in
 * the encoding), and deltas between Long.MIN_VALUE and Long.MAX_VALUE; parquet-java reads every
 * row back, and each chunk's min, max and null count are those of its rows.
 */
class SplitDeltaLongsTest {
  @TempDir Path dir;

  @Test
  void everyShapeOfASidesPageReadsBackWithExactStatistics() throws Exception {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (int i = 0; i < 6000; i++) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", (long) i);
      row.put("flag", rejected(i) ? 1 : 0);
      boolean nullGroup = i >= 4000 && i < 5000; // the rejected side's page: all null
      if (!nullGroup && i % 5 != 0) {
        row.put("v", switch (i % 4) {
          case 0 -> Long.MIN_VALUE;
          case 1 -> Long.MAX_VALUE;
          case 2 -> (long) i;
          default -> -(long) i;
        });
      }
      rows.add(row);
    }
    Path input = ParquetFixture.schema("message m { required int64 id; required int32 flag;"
        + " optional int64 v; }").rows(rows).dictionary(false).rowsPerGroup(1000)
        .write(dir.resolve("in.parquet"));
    SplitTarget target = split(input);
    Map<Long, String> both = new TreeMap<>(values(target.accepted()));
    both.putAll(values(target.rejected()));
    assertThat(both).isEqualTo(values(input));
    for (Path output : List.of(target.accepted(), target.rejected())) {
      checkChunks(output);
    }
  }

  /**
   * Rejected: row 1001 alone (a page of one value), rows 2000-2127 (128) and 3000-3128 (129),
   * and rows 4000-4998, whose v is null.
   */
  private static boolean rejected(int i) {
    return i == 1001 || (i >= 2000 && i < 2128) || (i >= 3000 && i < 3129)
        || (i >= 4000 && i < 4999);
  }

  private SplitTarget split(Path input) throws Exception {
    SplitRun split = SplitRun.rejectingAbove(input, dir, "flag", 0);
    SplitTarget target = split.target();
    assertThat(split.counts().rejected())
        .isEqualTo(1 + 128 + 129 + 999);
    return target;
  }

  private static Map<Long, String> values(Path file) throws Exception {
    return RecordsById.read(file,
        g -> g.getFieldRepetitionCount("v") > 0 ? Long.toString(g.getLong("v", 0)) : "null");
  }

  /**
   * Each chunk of v has the min, max and null count of its rows; a re-encoded one is
   * DELTA_BINARY_PACKED.
   */
  private static void checkChunks(Path file) throws Exception {
    TreeMap<Long, String> byId = new TreeMap<>(values(file));
    assertThat(byId).isNotEmpty();
    try (ParquetFileReader r = RecordsById.open(file)) {
      for (BlockMetaData block : r.getFooter().getBlocks()) {
        ColumnChunkMetaData v = block.getColumns().get(2);
        if (block.getRowCount() < 1000) { // re-encoded; whole row groups are copied as they are
          assertThat(v.getEncodings()).contains(Encoding.DELTA_BINARY_PACKED);
        }
        List<Long> present = new ArrayList<>();
        long nulls = 0;
        // a block's rows: the ids between its id chunk's bounds (blocks follow input order)
        long first = (Long) block.getColumns().get(0).getStatistics().genericGetMin();
        long last = (Long) block.getColumns().get(0).getStatistics().genericGetMax();
        for (Map.Entry<Long, String> e : byId.subMap(first, last + 1).entrySet()) {
          if (e.getValue().equals("null")) {
            nulls++;
          } else {
            present.add(Long.parseLong(e.getValue()));
          }
        }
        Statistics<?> s = v.getStatistics();
        assertThat(s.getNumNulls()).as(file + " nulls").isEqualTo(nulls);
        assertThat(s.hasNonNullValue()).isEqualTo(!present.isEmpty());
        if (!present.isEmpty()) {
          assertThat(s.genericGetMin()).isEqualTo(present.stream().min(Long::compare).get());
          assertThat(s.genericGetMax()).isEqualTo(present.stream().max(Long::compare).get());
        }
      }
    }
  }
}
