package dev.sluice.validator.infer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.validator.distinct.MemoryBudget;
import dev.sluice.validator.testing.ParquetFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Integer keys that fill a range densely are counted as bits ({@link DenseLongs}) once there are
 * too many for an enum: exact under a budget their counts would not fit, so that ids that count
 * up are still found unique; anything else behaves as before.
 */
class DenseDistinctTest {
  @TempDir Path dir;

  @Test
  void idsCountingUpAreFoundUniqueUnderABudgetTheirCountsWouldNotFit() throws Exception {
    Path file = ids("ids.parquet", 200_000, -1);
    // 200,000 counted keys take ~8 MiB; the bits of their range 50 KiB
    InferOptions budget = InferOptions.DEFAULTS.withDistinctMemory(4L << 20);
    Inferred inferred = Inferred.of(List.of(file), budget, dir);
    assertThat(inferred.contract().schema().get(0).property("id").orElseThrow().unique()).isTrue();
    assertThat(inferred.report().verdict().toString()).isEqualTo("PASSED");
    JsonNode id = column(inferred, "id");
    assertThat(id.at("/distinct/method").asText()).isEqualTo("exact");
    assertThat(id.at("/distinct/count").asLong()).isEqualTo(200_000);
    assertThat(id.at("/topMethod").asText()).startsWith("none kept");
    assertThat(id.get("top")).isEmpty();
  }

  @Test
  void oneRepeatedIdIsCountedExactlyAndTheColumnIsNotUnique() throws Exception {
    Path file = ids("dup.parquet", 200_000, 123_456);
    Inferred inferred = Inferred.of(List.of(file),
        InferOptions.DEFAULTS.withDistinctMemory(4L << 20), dir);
    assertThat(inferred.contract().schema().get(0).property("id").orElseThrow().unique())
        .isFalse();
    assertThat(column(inferred, "id").at("/distinct/count").asLong()).isEqualTo(199_999);
  }

  @Test
  void countersOfPartsMergeAsBitsAndLongsInAnyOrder() {
    MemoryBudget budget = MemoryBudget.unlimited();
    DistinctCounter whole = new DistinctCounter(budget, true, false);
    Set<Long> expected = new HashSet<>();
    long[][] parts = {{500_000, 600_000}, {0, 100_000}, {700_000, 700_100}, {100_000, 250_000}};
    for (long[] part : parts) {
      DistinctCounter p = whole.fork();
      for (long k = part[0]; k < part[1]; k++) {
        p.addLong(k);
        expected.add(k);
      }
      whole.merge(p);
    }
    assertThat(whole.exact()).isTrue();
    assertThat(whole.count()).isEqualTo(expected.size());
    assertThat(whole.topMethod()).startsWith("none kept");
    assertThat(new HashSet<>(whole.values())).isEqualTo(new HashSet<Object>(expected));
  }

  /** A short part merged first, a long dense one after: as exact as the other order. */
  @Test
  void aSmallSetTakingInALargeDenseOneStaysExactWhateverTheOrder() {
    for (boolean smallFirst : new boolean[] {true, false}) {
      DistinctCounter whole = new DistinctCounter(MemoryBudget.unlimited(), true, false);
      DistinctCounter small = whole.fork();
      DistinctCounter large = whole.fork();
      for (long k = 0; k < 5_000; k++) {
        small.addLong(k);
      }
      for (long k = 5_000; k < 1_005_000; k++) {
        large.addLong(k);
      }
      whole.merge(smallFirst ? small : large);
      whole.merge(smallFirst ? large : small);
      assertThat(whole.exact()).as("small first: %s", smallFirst).isTrue();
      assertThat(whole.count()).as("small first: %s", smallFirst).isEqualTo(1_005_000);
    }
  }

  @Test
  void aFarOutlierEndsTheExactCountAsTooWideARangeWould() {
    DistinctCounter c = new DistinctCounter(MemoryBudget.of(2L << 20), true, false);
    for (long k = 0; k < 100_000; k++) {
      c.addLong(k);
    }
    assertThat(c.exact()).isTrue();
    c.addLong(Long.MAX_VALUE); // 2^63 possible keys for 100,001 distinct: no range of bits
    assertThat(c.exact()).isFalse();
    assertThat(c.count()).isBetween(95_000L, 105_000L); // the estimate
  }

  @Test
  void sparseIntegersAndDoublesKeepTheirCounts() {
    DistinctCounter sparse = new DistinctCounter(MemoryBudget.unlimited(), true, false);
    DistinctCounter doubles = new DistinctCounter(MemoryBudget.unlimited(), true, true);
    for (long k = 0; k < 100_000; k++) {
      sparse.addLong(k * 1_000_003L);
      doubles.addLong(Double.doubleToLongBits(k));
    }
    sparse.addLong(0);
    assertThat(sparse.topMethod()).isEqualTo("exact");
    assertThat(doubles.topMethod()).isEqualTo("exact");
    assertThat(sparse.top(1).get(0)).isEqualTo(Map.entry(0L, 2L));
  }

  /** {@code rows} ids 1,000,000 on in row groups of 30,000, {@code repeat} written twice. */
  private Path ids(String name, int rows, int repeat) throws Exception {
    ParquetFixture f = ParquetFixture.schema("message m { required int64 id; }")
        .rowsPerGroup(30_000);
    List<Map<String, ?>> all = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      all.add(Map.of("id", 1_000_000L + (i == repeat + 1 ? repeat : i)));
    }
    return f.rows(all).write(dir.resolve(name));
  }

  private static JsonNode column(Inferred inferred, String name) throws Exception {
    for (JsonNode c : new ObjectMapper().readTree(inferred.result().profileJson()).get("columns")) {
      if (c.get("path").asText().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no column " + name);
  }
}
