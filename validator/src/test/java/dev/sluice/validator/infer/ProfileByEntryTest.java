package dev.sluice.validator.infer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.distinct.MemoryBudget;
import dev.sluice.validator.engine.DataFiles;
import dev.sluice.validator.testing.DataFileScans;
import dev.sluice.validator.testing.ParquetFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A dictionary batch is profiled per entry ({@code ColumnProfile.updateByEntry}); the profile
 * must be the one row-by-row profiling gives the same values: each batch is fed both ways, once
 * as read and once with its dictionary hidden, and every finding is compared.
 */
class ProfileByEntryTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"generated", "alltypes_plain.snappy.parquet",
      "rle-dict-snappy-checksum.parquet", "nan_in_stats.parquet",
      "data_index_bloom_encoding_stats.parquet", "binary.parquet"})
  void perEntryProfilesEqualRowByRowOnes(String name) throws Exception {
    Path file = name.equals("generated") ? generated()
        : DataFileScans.resource("parquet/parquet-testing/data", name);
    for (MemoryBudget budget : List.of(MemoryBudget.unlimited(), MemoryBudget.of(1))) {
      Map<String, ColumnProfile> byEntry = new LinkedHashMap<>();
      Map<String, ColumnProfile> byRow = new LinkedHashMap<>();
      int[] dictionaryBatches = {0};
      try (DataFile data = DataFiles.open(file)) {
        for (ColumnInfo c : data.columns().values()) {
          if (c.type().kind() != dev.sluice.validator.data.ValueType.Kind.UNSUPPORTED) {
            byEntry.put(c.path(), new ColumnProfile(c, budget));
            byRow.put(c.path(), new ColumnProfile(c, budget));
          }
        }
        for (var group : data.rowGroups()) {
          data.scan(group.index(), byEntry.keySet(), 0, 97, batch -> {
            for (ColumnVector v : batch.vectors().values()) {
              byEntry.get(v.column.path()).update(v);
              ColumnDictionary d = v.dictionary;
              dictionaryBatches[0] += d == null ? 0 : 1;
              v.dictionary = null;
              byRow.get(v.column.path()).update(v);
              v.dictionary = d;
            }
          });
        }
      }
      assertThat(dictionaryBatches[0]).as("dictionary batches in " + name).isPositive();
      for (String column : byEntry.keySet()) {
        assertThat(findings(byEntry.get(column))).as(name + " " + column + " budget " + budget)
            .isEqualTo(findings(byRow.get(column)));
      }
    }
  }

  /** Dictionary columns of every kind, with nulls, NaN, -0.0 and a writer's fallback to PLAIN. */
  private Path generated() throws Exception {
    List<Map<String, ?>> rows = new ArrayList<>();
    double[] ds = {0.0, -0.0, Double.NaN, 2.5, -7.25};
    for (int i = 0; i < 20_000; i++) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", (long) i);
      if (i % 9 != 0) {
        row.put("n", (long) (i % 13) - 6);
        row.put("d", ds[i % ds.length]);
        row.put("s", i < 3000 ? "v" + i % 7 : "w" + i % 4000); // falls back to PLAIN
        row.put("e", i % 3 == 0 ? "" : "x" + i % 5 + "@example.com");
      }
      rows.add(row);
    }
    return ParquetFixture.schema("message m { required int64 id; optional int64 n;"
        + " optional double d; optional binary s (STRING); optional binary e (STRING); }")
        .rows(rows).pageRows(500).write(dir.resolve("generated.parquet"));
  }

  /** Everything a profile tells the contract writer. */
  private static List<Object> findings(ColumnProfile p) {
    List<Object> out = new ArrayList<>(List.of(p.values, p.nulls, p.invalid, p.minLong,
        p.maxLong, p.minDouble, p.maxDouble, p.nans, String.valueOf(p.minDecimal),
        String.valueOf(p.maxDecimal), p.minLength, p.maxLength, p.distinct.exact(),
        p.distinct.count()));
    for (int flag = 1; flag < 1 << 9; flag <<= 1) {
      out.add(p.shape.all(flag));
    }
    out.add(new java.util.HashSet<>(p.distinct.values()).toString());
    out.add(p.distinct.exact() ? p.distinct.top(10).toString() : "");
    if (p.sample != null) {
      out.add(p.sample.size());
      out.add(p.sample.size() == 0 ? "" : p.sample.quantile(0.1) + " " + p.sample.quantile(0.9));
    }
    return out;
  }
}
