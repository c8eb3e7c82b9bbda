package dev.sluice.validator.check;

import dev.sluice.contracts.model.LogicalTypeOptions.Bound;
import dev.sluice.validator.data.ValueType;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Range tests ({@code minimum}, {@code maximum} and their exclusive forms) compiled into the
 * column's own domain: integer, date, time and timestamp columns compare longs, decimals compare
 * exactly, floats compare doubles (NaN is out of every range).
 */
public final class RangeTests {
  private RangeTests() {}

  /** A test failing values below {@code lower} or above {@code upper} (either may be null). */
  public static ValueTests.Factory of(@Nullable Bound lower, @Nullable Bound upper) {
    return type -> compile(lower, upper, type);
  }

  private static Optional<ValueTest> compile(@Nullable Bound lower, @Nullable Bound upper, ValueType type) {
    switch (type.kind().storage()) {
      case LONG:
        return type.kind() == ValueType.Kind.BOOLEAN ? Optional.empty() : longRange(lower, upper, type);
      case DOUBLE:
        return doubleRange(lower, upper);
      default:
        return type.kind() == ValueType.Kind.DECIMAL ? decimalRange(lower, upper) : Optional.empty();
    }
  }

  private static Optional<ValueTest> longRange(@Nullable Bound lower, @Nullable Bound upper, ValueType type) {
    long lo = Long.MIN_VALUE;
    long hi = Long.MAX_VALUE;
    if (lower != null) {
      Optional<BigDecimal> b = Literals.onLongScale(lower.value(), type);
      if (b.isEmpty()) {
        return Optional.empty();
      }
      lo = lower.exclusive() ? Literals.round(b.get(), false) + 1 : Literals.round(b.get(), true);
    }
    if (upper != null) {
      Optional<BigDecimal> b = Literals.onLongScale(upper.value(), type);
      if (b.isEmpty()) {
        return Optional.empty();
      }
      hi = upper.exclusive() ? Literals.round(b.get(), true) - 1 : Literals.round(b.get(), false);
    }
    return Optional.of(new LongRange(lo, hi));
  }

  private static Optional<ValueTest> doubleRange(@Nullable Bound lower, @Nullable Bound upper) {
    Optional<BigDecimal> lo = lower == null ? Optional.of(BigDecimal.ZERO) : Literals.number(lower.value());
    Optional<BigDecimal> hi = upper == null ? Optional.of(BigDecimal.ZERO) : Literals.number(upper.value());
    if (lo.isEmpty() || hi.isEmpty()) {
      return Optional.empty();
    }
    double l = lower == null ? Double.NEGATIVE_INFINITY : lo.get().doubleValue();
    double h = upper == null ? Double.POSITIVE_INFINITY : hi.get().doubleValue();
    boolean lx = lower != null && lower.exclusive();
    boolean hx = upper != null && upper.exclusive();
    return Optional.of(new DoubleRange(l, lx, h, hx));
  }

  /**
   * A range of doubles as two inclusive bounds: an exclusive bound is made inclusive ({@code v >
   * lo} is {@code v >= nextUp(lo)}), and an exclusive infinite one becomes NaN, which no value
   * reaches. NaN fails every comparison, as in SQL.
   */
  private static final class DoubleRange implements ValueTest {
    private final double least;
    private final double most;

    DoubleRange(double lo, boolean loExclusive, double hi, boolean hiExclusive) {
      this.least = !loExclusive ? lo : lo == Double.POSITIVE_INFINITY ? Double.NaN : Math.nextUp(lo);
      this.most = !hiExclusive ? hi
          : hi == Double.NEGATIVE_INFINITY ? Double.NaN : Math.nextDown(hi);
    }

    @Override
    public boolean failsDouble(double v) {
      return !(v >= least && v <= most);
    }

    // Hot loop: every slot is judged and written, the count advances only on a failing value.
    @Override
    public int failingDoubles(double[] values, boolean[] nulls, int n, int[] failing) {
      double least = this.least; // locals: the quick compiler reloads fields every iteration
      double most = this.most;
      int k = 0;
      for (int i = 0; i < n; i++) {
        double v = values[i];
        failing[k] = i;
        k += nulls[i] || (v >= least && v <= most) ? 0 : 1;
      }
      return k;
    }
  }

  private static Optional<ValueTest> decimalRange(@Nullable Bound lower, @Nullable Bound upper) {
    BigDecimal lo = lower == null ? null : Literals.number(lower.value()).orElse(null);
    BigDecimal hi = upper == null ? null : Literals.number(upper.value()).orElse(null);
    if ((lower != null && lo == null) || (upper != null && hi == null)) {
      return Optional.empty();
    }
    return Optional.of(new DecimalRange(lo, lower != null && lower.exclusive(), hi,
        upper != null && upper.exclusive()));
  }

  private static final class LongRange implements ValueTests.Monotone {
    private final long lo;
    private final long hi;

    LongRange(long lo, long hi) {
      this.lo = lo;
      this.hi = hi;
    }

    @Override
    public boolean failsLong(long v) {
      return v < lo || v > hi;
    }

    @Override
    public int failingLongs(long[] values, boolean[] nulls, int n, int[] failing) {
      long lo = this.lo; // locals: the quick compiler reloads fields every iteration
      long hi = this.hi;
      int k = 0;
      for (int i = 0; i < n; i++) {
        long v = values[i];
        failing[k] = i;
        k += nulls[i] || (v >= lo && v <= hi) ? 0 : 1;
      }
      return k;
    }

    @Override
    public boolean passesAll(Object min, Object max) {
      return min instanceof Long && max instanceof Long
          && !failsLong((Long) min) && !failsLong((Long) max);
    }
  }

  private static final class DecimalRange implements ValueTests.Monotone {
    private final @Nullable BigDecimal lo;
    private final boolean loExclusive;
    private final @Nullable BigDecimal hi;
    private final boolean hiExclusive;

    DecimalRange(@Nullable BigDecimal lo, boolean loExclusive, @Nullable BigDecimal hi, boolean hiExclusive) {
      this.lo = lo;
      this.loExclusive = loExclusive;
      this.hi = hi;
      this.hiExclusive = hiExclusive;
    }

    @Override
    public boolean failsObject(Object value) {
      BigDecimal v = (BigDecimal) value;
      if (lo != null) {
        int c = v.compareTo(lo);
        if (c < 0 || (loExclusive && c == 0)) {
          return true;
        }
      }
      if (hi != null) {
        int c = v.compareTo(hi);
        return c > 0 || (hiExclusive && c == 0);
      }
      return false;
    }

    @Override
    public boolean passesAll(Object min, Object max) {
      return min instanceof BigDecimal && max instanceof BigDecimal
          && !failsObject(min) && !failsObject(max);
    }
  }
}
