package dev.sluice.validator.infer;

import dev.sluice.validator.distinct.MemoryBudget;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mergeable statistics behind the profile and the unique/enum claims. */
class StatisticsTest {

  @Test
  void distinctCountsStayExactAcrossMergesWithinTheBudget() {
    MemoryBudget budget = MemoryBudget.of(1 << 20);
    DistinctCounter a = new DistinctCounter(budget, true, false);
    DistinctCounter b = a.fork();
    for (long i = 0; i < 100; i++) {
      a.addLong(i);
      b.addLong(i + 50);
    }
    a.merge(b);
    assertThat(a.exact()).isTrue();
    assertThat(a.count()).isEqualTo(150);
    assertThat(a.top(1).get(0).getValue()).isEqualTo(2L); // 50..99 were seen twice
  }

  @Test
  void pastTheBudgetTheCountIsAnEstimateAndHeavyHittersSurvive() {
    DistinctCounter counter = new DistinctCounter(MemoryBudget.of(10_000), false, false);
    for (long i = 0; i < 200_000; i++) {
      counter.add(i % 3 == 0 ? "hot" : "v" + i);
    }
    assertThat(counter.exact()).isFalse();
    assertThat(counter.values()).isEmpty();
    assertThat(counter.count()).isBetween(128_000L, 139_000L); // 133,334 distinct, ±4 %
    Map.Entry<Object, Long> top = counter.top(1).get(0);
    assertThat(top.getKey()).isEqualTo("hot");
    assertThat(top.getValue()).isLessThanOrEqualTo(66_667L).isGreaterThan(60_000L);
  }

  @Test
  void aForkOfAnInexactCounterIsInexact() {
    DistinctCounter counter = new DistinctCounter(MemoryBudget.of(0), true, false);
    counter.addLong(1L);
    assertThat(counter.exact()).isFalse();
    assertThat(counter.fork().exact()).isFalse();
  }

  @Test
  void primitiveSetsOverflowIntoHeavyHittersAndMergeAcrossRepresentations() {
    MemoryBudget budget = MemoryBudget.of(32 * 1000);
    DistinctCounter doubles = new DistinctCounter(budget, true, true);
    for (int i = 0; i < 5000; i++) {
      doubles.addLong(Double.doubleToLongBits(i % 2 == 0 ? 0.5 : i));
    }
    assertThat(doubles.exact()).isFalse();
    assertThat(doubles.top(1).get(0).getKey()).isEqualTo(0.5);
    DistinctCounter strings = new DistinctCounter(MemoryBudget.of(1 << 20), false, false);
    strings.add("x");
    DistinctCounter ints = new DistinctCounter(MemoryBudget.of(1 << 20), true, false);
    ints.addLong(7);
    strings.merge(ints);
    assertThat(strings.values()).containsExactlyInAnyOrder("x", 7L);
    ints.merge(strings); // a long set meeting strings gives up exactness rather than fail
    assertThat(ints.exact()).isFalse();
  }

  @Test
  void hyperLogLogIsWithinFewPercent() {
    HyperLogLog a = new HyperLogLog();
    HyperLogLog b = new HyperLogLog();
    for (long i = 0; i < 1_000_000; i++) {
      (i % 2 == 0 ? a : b).add(Hashing.of(i));
    }
    a.merge(b);
    assertThat(a.estimate()).isBetween(950_000L, 1_050_000L);
    HyperLogLog small = new HyperLogLog();
    for (long i = 0; i < 100; i++) {
      small.add(Hashing.of(i));
    }
    assertThat(small.estimate()).isBetween(97L, 103L);
  }

  @Test
  void theQuantileSampleDoesNotDependOnHowTheDataIsSplit() {
    QuantileSample whole = new QuantileSample();
    QuantileSample left = new QuantileSample();
    QuantileSample right = new QuantileSample();
    for (long row = 0; row < 100_000; row++) {
      whole.add(row, row);
      (row < 37_000 ? left : right).add(row, row);
    }
    right.merge(left);
    for (double q : new double[] {0.05, 0.5, 0.95}) {
      assertThat(right.quantile(q)).isEqualTo(whole.quantile(q));
      assertThat(whole.quantile(q)).isCloseTo(q * 100_000, org.assertj.core.data.Offset.offset(3_000.0));
    }
    assertThat(whole.size()).isEqualTo(QuantileSample.SIZE);
  }

  @Test
  void textShapesFollowEveryValue() {
    TextShape shape = new TextShape();
    shape.add("12");
    shape.add("-3");
    assertThat(TextShape.candidate(shape).kind().name()).isEqualTo("INTEGER");
    shape.add("4.5e2");
    assertThat(TextShape.candidate(shape).kind().name()).isEqualTo("FLOAT");
    shape.add("007");
    assertThat(TextShape.candidate(shape).kind().name()).isEqualTo("STRING");
    TextShape ids = new TextShape();
    ids.add("123e4567-e89b-12d3-a456-426614174000");
    assertThat(ids.all(TextShape.UUID)).isTrue();
    ids.add("");
    assertThat(ids.all(TextShape.UUID)).isFalse(); // "" is in no format
    TextShape times = new TextShape();
    times.add("2026-11-25 08:26:40.585801+00");
    assertThat(TextShape.candidate(times).kind().name()).isEqualTo("TIMESTAMP");
  }
}
