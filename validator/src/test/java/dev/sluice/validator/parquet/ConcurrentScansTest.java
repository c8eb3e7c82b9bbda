package dev.sluice.validator.parquet;

import dev.sluice.validator.testing.DataFileScans;
import static dev.sluice.validator.testing.ParquetFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.testing.DataFileScans.Cell;
import dev.sluice.validator.testing.ParquetFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several threads scanning row groups of one open file (bulk and parquet-java columns alike) see
 * what one thread sees.
 */
class ConcurrentScansTest {
  @TempDir Path dir;

  @Test
  void scansRowGroupsOfOneFileFromSeveralThreadsAtOnce() throws Exception {
    ParquetFixture writer = ParquetFixture.schema("message m { required int64 id;"
        + " optional binary s (STRING); optional double d; optional int32 k;"
        + " optional group tags (LIST) { repeated group list { optional int32 element; } } }")
        .codec(CompressionCodecName.ZSTD).rowsPerGroup(2_000).pageRows(300);
    for (int r = 0; r < 16_000; r++) {
      writer.row(row("id", (long) r, "s", r % 11 == 0 ? null : "s" + (r < 8_000 ? r % 9 : r),
          "d", r / 7.0, "k", r % 5, "tags", r % 3 == 0 ? List.of() : List.of(r, r % 4)));
    }
    Path path = writer.write(dir.resolve("groups.parquet"));
    try (ParquetDataFile file = ParquetDataFile.open(path, "groups")) {
      int groups = file.rowGroups().size();
      assertThat(groups).isEqualTo(8);
      List<Map<String, List<Cell>>> expected = new ArrayList<>();
      for (int g = 0; g < groups; g++) {
        expected.add(scanGroup(file, g));
      }
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Map<String, List<Cell>>>> results = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
          for (int g = 0; g < groups; g++) {
            int group = g;
            results.add(pool.submit(() -> {
              file.dictionaryOnly(group, "k");
              return scanGroup(file, group);
            }));
          }
        }
        for (int i = 0; i < results.size(); i++) {
          assertThat(results.get(i).get(1, TimeUnit.MINUTES)).isEqualTo(expected.get(i % groups));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static Map<String, List<Cell>> scanGroup(ParquetDataFile file, int group)
      throws Exception {
    Map<String, List<Cell>> cells = new java.util.LinkedHashMap<>();
    file.scan(group, file.columns().keySet(), 0, 777, b -> b.vectors().forEach((path, v) ->
        cells.computeIfAbsent(path, p -> new ArrayList<>()).addAll(BulkEquivalenceTest.cells(v))));
    return cells;
  }
}
