package dev.sluice.validator.distinct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongKeySetDenseTest {

  @Test
  void choosesBitsetsOnlyForARangeSmallAgainstTheRows() {
    MemoryBudget budget = MemoryBudget.unlimited();
    assertThat(LongKeySet.create(budget, 0, 15_999, 1000).isDense()).isTrue();
    assertThat(LongKeySet.create(budget, 0, 16_000, 1000).isDense()).isFalse();
    assertThat(LongKeySet.create(budget, 5, 5, 0).isDense()).isTrue();
    assertThat(LongKeySet.create(budget, 9, 5, 1000).isDense()).isFalse();
    assertThat(LongKeySet.create(budget, Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE).isDense())
        .isFalse();
    assertThat(LongKeySet.create(budget, 0, 1L << 31, Long.MAX_VALUE).isDense()).isFalse();
  }

  @Test
  void takesTwoBitsPerPossibleKey() {
    LongKeySet set = LongKeySet.create(MemoryBudget.unlimited(), 1000, 1000 + 64 * 100 - 1, 6400);
    assertThat(set.memoryBytes()).isEqualTo(2 * 8 * 100);
    for (long key = 1000; key < 1000 + 6400; key++) {
      set.add(key);
    }
    assertThat(set.memoryBytes()).isEqualTo(2 * 8 * 100);
    assertThat(set.size()).isEqualTo(6400);
  }

  @Test
  void agreesWithAReferenceModelInsideTheRange() {
    LongKeySet set = LongKeySet.create(MemoryBudget.unlimited(), -500, 4500, 10_000);
    LongKeySetTest.Model model = new LongKeySetTest.Model();
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 20_000; i++) {
      long key = random.nextLong(-500, 4501);
      assertThat(set.add(key)).isEqualTo(model.add(key));
    }
    assertThat(set.isDense()).isTrue();
    model.assertSame(set);
    assertThat(set.occurrences(-501)).isZero();
    assertThat(set.occurrences(4501)).isZero();
  }

  @Test
  void runsOfConsecutiveKeysCountAsKeyByKey() {
    SplittableRandom random = new SplittableRandom(5);
    int denseTrials = 0;
    for (int trial = 0; trial < 200; trial++) {
      LongKeySet batch = LongKeySet.create(MemoryBudget.unlimited(), 0, 2999, 3000);
      LongKeySet single = LongKeySet.create(MemoryBudget.unlimited(), 0, 2999, 3000);
      // runs of consecutive keys (some overlapping earlier ones, some crossing the range's end,
      // some shorter than a run worth taking whole), between random keys
      long[] keys = new long[2000];
      int n = 0;
      while (n < keys.length) {
        int length = Math.min(keys.length - n, random.nextInt(1, 200));
        long start = trial % 4 == 0 ? random.nextLong(-20, 3000)
            : random.nextLong(0, 3000 - length);
        for (int k = 0; k < length; k++) {
          keys[n++] = random.nextInt(10) == 0 ? random.nextLong(0, 3000) : start + k;
        }
      }
      Occurrences batchSink = new Occurrences(keys.length);
      Occurrences expected = new Occurrences(keys.length);
      for (int from = 0; from < keys.length; from += 500) {
        batch.addAll(keys, from, from + 500, batchSink);
      }
      for (int i = 0; i < keys.length; i++) {
        int occurrence = single.add(keys[i]);
        if (occurrence != 0) {
          expected.record(i, occurrence);
        }
      }
      assertThat(batchSink.positions()).isEqualTo(expected.positions());
      assertThat(batchSink.repeats()).isEqualTo(expected.repeats());
      assertThat(batchSink.newDuplicates()).isEqualTo(expected.newDuplicates());
      assertThat(batch.size()).isEqualTo(single.size());
      assertThat(batch.isDense()).isEqualTo(single.isDense());
      denseTrials += batch.isDense() ? 1 : 0;
      for (long key = -25; key < 3025; key++) {
        assertThat(batch.occurrences(key)).as("key %d", key).isEqualTo(single.occurrences(key));
      }
    }
    assertThat(denseTrials).as("trials that stayed in dense mode").isGreaterThan(100);
  }

  @Test
  void movesExactlyToHashingOnAKeyOutsideTheRange() {
    MemoryBudget budget = MemoryBudget.unlimited();
    LongKeySet set = LongKeySet.create(budget, 0, 99, 100);
    LongKeySetTest.Model model = new LongKeySetTest.Model();
    for (long key : new long[] {0, 5, 5, 7, 7, 7, 99}) {
      assertThat(set.add(key)).isEqualTo(model.add(key));
    }
    assertThat(set.add(100)).isEqualTo(model.add(100));
    assertThat(set.isDense()).isFalse();
    for (long key : new long[] {0, 5, 7, 99, 100, -1, 0}) {
      assertThat(set.add(key)).isEqualTo(model.add(key));
    }
    model.assertSame(set);
    assertThat(budget.reserved()).isEqualTo(set.memoryBytes());
  }

  @Test
  void batchMovesToHashingMidBatchAndKeepsCounting() {
    LongKeySet set = LongKeySet.create(MemoryBudget.unlimited(), 10, 20, 100);
    long[] keys = {10, 11, 10, 20, 21, 11, 21, 10, 9, 9};
    Occurrences sink = new Occurrences(10);
    set.addAll(keys, 0, keys.length, sink);
    assertThat(set.isDense()).isFalse();
    assertThat(sink.positions()).containsExactly(2, 5, 6, 7, 9);
    assertThat(sink.newDuplicates()).isEqualTo(4);
    assertThat(set.size()).isEqualTo(5);
    assertThat(set.duplicatedKeys()).isEqualTo(4);
  }

  @Test
  void handlesRangesAtTheEdgesOfLong() {
    MemoryBudget budget = MemoryBudget.unlimited();
    LongKeySet low = LongKeySet.create(budget, Long.MIN_VALUE, Long.MIN_VALUE + 100, 100);
    LongKeySet high = LongKeySet.create(budget, Long.MAX_VALUE - 100, Long.MAX_VALUE, 100);
    assertThat(low.add(Long.MIN_VALUE)).isZero();
    assertThat(high.add(Long.MAX_VALUE)).isZero();
    assertThat(low.isDense()).isTrue();
    assertThat(high.isDense()).isTrue();
    assertThat(low.add(Long.MAX_VALUE)).isZero();
    assertThat(high.add(Long.MIN_VALUE)).isZero();
    assertThat(low.isDense()).isFalse();
    assertThat(high.isDense()).isFalse();
    assertThat(low.add(Long.MIN_VALUE)).isEqualTo(1);
    assertThat(high.add(Long.MAX_VALUE)).isEqualTo(1);
  }

  @Test
  void fallsBackToHashingWhenTheBitsetsDoNotFitTheBudget() {
    MemoryBudget budget = MemoryBudget.of(10_000);
    LongKeySet set = LongKeySet.create(budget, 0, 1_000_000, 1_000_000);
    assertThat(set.isDense()).isFalse();
    assertThat(budget.reserved()).isEqualTo(set.memoryBytes());
  }

  @Test
  void refusedMoveToHashingLeavesTheBitsetsInPlace() {
    MemoryBudget budget = MemoryBudget.of(3000);
    LongKeySet set = LongKeySet.create(budget, 0, 6399, 6400);
    for (long key = 0; key < 1000; key++) {
      set.add(key);
    }
    long before = set.memoryBytes();
    assertThatThrownBy(() -> set.add(-1))
        .isInstanceOf(BudgetExceededException.class)
        .hasMessageContaining("for 1,001 distinct values");
    assertThat(set.isDense()).isTrue();
    assertThat(set.memoryBytes()).isEqualTo(before).isEqualTo(budget.reserved());
    assertThat(set.size()).isEqualTo(1000);
    assertThat(set.add(999)).isEqualTo(1);
  }
}
