package dev.sluice.validator.distinct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongKeySetTest {
  private static final long[] SENTINELS = {0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE};

  @Test
  void agreesWithAReferenceModelOnRandomKeysAndSentinels() {
    MemoryBudget budget = MemoryBudget.unlimited();
    LongKeySet set = LongKeySet.create(budget);
    Model model = new Model();
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 300_000; i++) {
      long key =
          random.nextInt(10) == 0
              ? SENTINELS[random.nextInt(SENTINELS.length)]
              : random.nextInt(5) == 0 ? random.nextLong() : random.nextLong(150_000);
      assertThat(set.add(key)).as("add %d", key).isEqualTo(model.add(key));
    }
    model.assertSame(set);
    assertThat(budget.reserved()).isEqualTo(set.memoryBytes());
  }

  @Test
  void reportsFirstSecondAndLaterOccurrencesOfSentinelKeys() {
    LongKeySet set = LongKeySet.create(MemoryBudget.unlimited());
    for (long key : SENTINELS) {
      assertThat(set.occurrences(key)).isZero();
      assertThat(set.add(key)).isZero();
      assertThat(set.add(key)).isEqualTo(1);
      assertThat(set.add(key)).isEqualTo(2);
      assertThat(set.add(key)).isEqualTo(2);
      assertThat(set.occurrences(key)).isEqualTo(2);
    }
    assertThat(set.size()).isEqualTo(SENTINELS.length);
    assertThat(set.duplicatedKeys()).isEqualTo(SENTINELS.length);
  }

  @Test
  void batchAddsCountRepeatsNewDuplicatesAndFirstPositions() {
    LongKeySet set = LongKeySet.create(MemoryBudget.unlimited());
    long[] keys = {7, 0, 7, 9, 7, 0, 11, 9, 5, 5};
    Occurrences sink = new Occurrences(3);
    set.addAll(keys, 0, keys.length, sink);
    assertThat(sink.repeats()).isEqualTo(5);
    assertThat(sink.newDuplicates()).isEqualTo(4);
    assertThat(sink.positions()).containsExactly(2, 4, 5);
    assertThat(set.size()).isEqualTo(5);
    sink.clear();
    set.addAll(keys, 6, 7, sink);
    assertThat(sink.repeats()).isEqualTo(1);
    assertThat(sink.newDuplicates()).isEqualTo(1);
    assertThat(sink.positions()).containsExactly(6);
  }

  @Test
  void batchAddsAgreeWithSingleAdds() {
    SplittableRandom random = new SplittableRandom(7);
    long[] keys = random.longs(200_000, -50_000, 50_000).toArray();
    LongKeySet one = LongKeySet.create(MemoryBudget.unlimited());
    Occurrences expected = new Occurrences(50);
    for (int i = 0; i < keys.length; i++) {
      int occurrence = one.add(keys[i]);
      if (occurrence != 0) {
        expected.record(i, occurrence);
      }
    }
    LongKeySet batch = LongKeySet.create(MemoryBudget.unlimited());
    Occurrences sink = new Occurrences(50);
    for (int from = 0; from < keys.length; from += 4096) {
      batch.addAll(keys, from, Math.min(keys.length, from + 4096), sink);
    }
    assertThat(sink.repeats()).isEqualTo(expected.repeats());
    assertThat(sink.newDuplicates()).isEqualTo(expected.newDuplicates());
    assertThat(sink.positions()).containsExactly(expected.positions());
    assertThat(batch.size()).isEqualTo(one.size());
  }

  @Test
  void batchAddsAgreeWithSingleAddsOnATableLargerThanTheCaches() {
    long[] keys = new SplittableRandom(17).longs(2_000_000, 0, 1_500_000).toArray();
    LongKeySet one = LongKeySet.create(MemoryBudget.unlimited());
    long repeats = 0;
    for (long key : keys) {
      repeats += one.add(key) == 0 ? 0 : 1;
    }
    LongKeySet batch = LongKeySet.create(MemoryBudget.unlimited());
    Occurrences sink = new Occurrences(0);
    for (int from = 0; from < keys.length; from += 10_000) {
      batch.addAll(keys, from, Math.min(keys.length, from + 10_000), sink);
    }
    assertThat(batch.memoryBytes()).isGreaterThan(8L * LongHashTable.TOUCH_CAPACITY);
    assertThat(sink.repeats()).isEqualTo(repeats);
    assertThat(sink.newDuplicates()).isEqualTo(one.duplicatedKeys());
    assertThat(batch.size()).isEqualTo(one.size());
  }

  @Test
  void batchAddsSkipMarkedPositions() {
    LongKeySet set = LongKeySet.create(MemoryBudget.unlimited());
    long[] keys = {1, 1, 2, 2, 3};
    boolean[] skip = {false, true, false, false, false};
    Occurrences sink = new Occurrences(5);
    set.addAll(keys, skip, 0, keys.length, sink);
    assertThat(sink.positions()).containsExactly(3);
    assertThat(set.size()).isEqualTo(3);
    assertThat(set.occurrences(1)).isEqualTo(1);
  }

  @Test
  void mergeCountsAKeySeenOnceOnEachSideAsADuplicate() {
    SplittableRandom random = new SplittableRandom(3);
    LongKeySet left = LongKeySet.create(MemoryBudget.unlimited());
    LongKeySet right = LongKeySet.create(MemoryBudget.unlimited(), 0, 999, 1000);
    Model model = new Model();
    for (int i = 0; i < 5000; i++) {
      long a = random.nextLong(2000) - 500;
      long b = random.nextLong(1000);
      left.add(a);
      right.add(b);
      model.add(a);
      model.add(b);
    }
    assertThat(right.isDense()).isTrue();
    left.merge(right);
    model.assertSame(left);
    assertThatThrownBy(() -> left.merge(left)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void memoryGrowsByDoublingAtSeventyPercentLoad() {
    MemoryBudget budget = MemoryBudget.unlimited();
    LongKeySet set = LongKeySet.create(budget);
    assertThat(set.memoryBytes()).isEqualTo(16 * 8 + 8);
    for (long key = 1; key <= 100_000; key++) {
      set.add(key * 0x9E3779B97F4A7C15L);
      long capacity = LongHashTable.capacityFor(set.size());
      assertThat(set.memoryBytes()).isEqualTo(8 * capacity + Math.max(8, capacity / 8));
    }
    double perKey = (double) set.memoryBytes() / set.size();
    assertThat(perKey).isBetween(8.125 / 0.7, 8.125 / 0.35);
    assertThat(budget.reserved()).isEqualTo(set.memoryBytes());
    assertThat(budget.peak()).isEqualTo(set.memoryBytes() * 3 / 2);
  }

  @Test
  void refusedGrowthLeavesTheSetReadableAndAccounted() {
    MemoryBudget budget = MemoryBudget.of(40_000);
    LongKeySet set = LongKeySet.create(budget);
    long added = 0;
    BudgetExceededException refused = null;
    try {
      for (long key = -1; ; key++, added++) {
        set.add(key);
        set.add(key);
      }
    } catch (BudgetExceededException e) {
      refused = e;
    }
    assertThat(refused).isNotNull();
    assertThat(refused.getMessage())
        .matches(
            "uniqueness state needs [0-9.]+ KiB for [0-9,]+ distinct values, over the budget of"
                + " 39.1 KiB \\(raise --unique-memory\\)");
    assertThat(refused.distinctValues()).isEqualTo(added + 1);
    assertThat(set.size()).isEqualTo(added);
    assertThat(set.duplicatedKeys()).isEqualTo(added);
    assertThat(budget.reserved()).isEqualTo(set.memoryBytes()).isLessThanOrEqualTo(40_000);
    for (long key = -1; key < added - 1; key++) {
      assertThat(set.occurrences(key)).isEqualTo(2);
      assertThat(set.add(key)).isEqualTo(2);
    }
    assertThat(set.occurrences(added - 1)).isZero();
  }

  @Test
  void freeReturnsTheMemoryAndRetiresTheSet() {
    MemoryBudget budget = MemoryBudget.unlimited();
    LongKeySet hashed = LongKeySet.create(budget);
    LongKeySet dense = LongKeySet.create(budget, 0, 10_000, 10_000);
    hashed.add(5);
    dense.add(5);
    hashed.free();
    dense.free();
    assertThat(budget.reserved()).isZero();
    assertThat(hashed.memoryBytes()).isZero();
    assertThatThrownBy(() -> dense.add(1)).isInstanceOf(IllegalStateException.class);
  }

  /** Occurrence counts kept the obvious way. */
  static final class Model {
    final Map<Long, Integer> counts = new HashMap<>();

    int add(long key) {
      int before = counts.getOrDefault(key, 0);
      counts.put(key, before + 1);
      return Math.min(before, 2);
    }

    void assertSame(LongKeySet set) {
      assertThat(set.size()).isEqualTo(counts.size());
      assertThat(set.duplicatedKeys())
          .isEqualTo(counts.values().stream().filter(c -> c > 1).count());
      counts.forEach(
          (key, count) -> assertThat(set.occurrences(key)).isEqualTo(Math.min(count, 2)));
    }
  }
}
