package dev.sluice.validator.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.distinct.MemoryBudget;
import dev.sluice.validator.report.Sample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Key buffers keep runs of keys and the state takes them: against a model, keys near the ends of
 * long included.
 */
class KeyRunsTest {
  @ParameterizedTest
  @CsvSource({"1, 0, true", "2, 9223372036854775000, true", "3, -9223372036854775808, true",
      "4, 9223372036854775000, false", "5, 100, false", "6, -9223372036854775000, true",
      "7, 9223372036854770000, true"})
  void runsCountAsKeyByKey(long seed, long base, boolean dense) {
    SplittableRandom random = new SplittableRandom(seed);
    ValueType type = ValueType.of(ValueType.Kind.INTEGER);
    ColumnInfo info = new ColumnInfo("id", type, true, false, "test");
    DistinctState state = new DistinctState(50, MemoryBudget.unlimited());
    List<Long> keys = new ArrayList<>(); // null: a null key
    long next = base;
    while (keys.size() < 40_000) {
      int run = random.nextInt(1, 2000);
      for (int k = 0; k < run; k++) {
        int roll = random.nextInt(300);
        keys.add(roll == 0 ? null : roll == 1 ? next - random.nextInt(1, 40) : next++);
      }
      next += random.nextBoolean() ? random.nextInt(0, 90) : -random.nextInt(0, 3000);
    }
    if (dense) {
      // a range that the keys run past at both ends (and, near MAX, wrap past)
      state.expectLongs(base + 500,
          base > Long.MAX_VALUE - 30_000 ? Long.MAX_VALUE : base + 30_000, keys.size());
    }
    RowRejects.Marker marker = null;
    long row = 0;
    int groupRows = 7000;
    for (int g = 0; row < keys.size(); g++) {
      KeyBuffer buffer = new KeyBuffer(List.of(type), 50, groupRows);
      long end = Math.min(keys.size(), row + groupRows);
      while (row < end) {
        int n = (int) Math.min(random.nextInt(1, 900), end - row);
        ColumnVector v = new ColumnVector(info, n);
        for (int i = 0; i < n; i++) {
          Long key = keys.get((int) (row + i));
          v.nulls[i] = key == null;
          v.longs[i] = key == null ? random.nextLong() : key;
          v.rows[i] = row + i;
        }
        v.size = n;
        buffer.add(List.of(v), false);
        row += n;
      }
      state.take(buffer, marker);
    }
    Map<Long, Integer> seen = new HashMap<>();
    List<Long> failing = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    long groups = 0;
    for (int r = 0; r < keys.size(); r++) {
      Long key = keys.get(r);
      if (key != null) {
        int before = seen.merge(key, 1, Integer::sum) - 1;
        if (before > 0) {
          failing.add((long) r);
          texts.add(String.valueOf(key));
        }
        groups += before == 1 ? 1 : 0;
      }
    }
    assertThat(state.stopped).isNull();
    assertThat(state.duplicateRows).isEqualTo(failing.size());
    assertThat(state.duplicateGroups).isEqualTo(groups);
    List<Sample> samples = state.samples.list(false);
    assertThat(samples).extracting(Sample::row).isEqualTo(failing.subList(0, samples.size()));
    assertThat(samples).extracting(Sample::value).isEqualTo(texts.subList(0, samples.size()));
  }
}
