package dev.sluice.validator.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.model.LogicalTypeOptions.Bound;
import dev.sluice.validator.data.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A range test's batch scan finds exactly the values its per-value test fails, nulls aside. */
class RangeBulkTest {
  private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, 0.0, -0.0, 1.0, 100.0, Math.nextDown(100.0), Math.nextUp(100.0),
      Math.nextDown(1.0), Math.nextUp(1.0)};

  @Test
  void batchScansAgreeWithTheTestValueByValue() {
    SplittableRandom random = new SplittableRandom(3);
    for (int lowerKind = 0; lowerKind < 3; lowerKind++) { // none, inclusive, exclusive
      for (boolean upperExclusive : new boolean[] {false, true}) {
        Bound lower = lowerKind == 0 ? null : new Bound(new BigDecimal("1"), lowerKind == 2);
        Bound upper = new Bound(new BigDecimal("100"), upperExclusive);
        ValueTest doubles = RangeTests.of(lower, upper)
            .forType(ValueType.of(ValueType.Kind.FLOAT)).orElseThrow();
        ValueTest longs = RangeTests.of(lower, upper)
            .forType(ValueType.of(ValueType.Kind.INTEGER)).orElseThrow();
        for (int trial = 0; trial < 200; trial++) {
          int n = random.nextInt(300);
          double[] d = new double[n];
          long[] l = new long[n];
          boolean[] nulls = new boolean[n];
          for (int i = 0; i < n; i++) {
            d[i] = random.nextInt(4) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)]
                : random.nextDouble(-10, 120);
            l[i] = random.nextLong(-5, 110);
            nulls[i] = random.nextInt(7) == 0;
          }
          int[] failing = new int[n];
          int k = doubles.failingDoubles(d, nulls, n, failing);
          List<Integer> expected = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            if (!nulls[i] && doubles.failsDouble(d[i])) {
              expected.add(i);
            }
          }
          assertThat(ints(failing, k)).isEqualTo(expected);
          k = longs.failingLongs(l, nulls, n, failing);
          expected.clear();
          for (int i = 0; i < n; i++) {
            if (!nulls[i] && longs.failsLong(l[i])) {
              expected.add(i);
            }
          }
          assertThat(ints(failing, k)).isEqualTo(expected);
        }
      }
    }
  }

  private static List<Integer> ints(int[] a, int k) {
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      list.add(a[i]);
    }
    return list;
  }
}
