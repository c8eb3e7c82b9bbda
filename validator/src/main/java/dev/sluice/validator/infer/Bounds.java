package dev.sluice.validator.infer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounds observed ranges outward to round numbers, so that the contract reads well and tolerates
 * some growth but the data it came from still passes. The step is the power of ten of the
 * range's magnitude ({@code 10^floor(log10(max(|min|, |max|)))}): {@code 0.37..987.2} becomes
 * {@code 0..1000}, {@code 1000001..1999999} becomes {@code 1000000..2000000}, {@code -5..3} stays.
 * The minimum rounds down, the maximum up, never inward; integer columns use a step of at least
 * one. A bound that a long cannot hold after rounding keeps the observed value.
 */
final class Bounds {
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private Bounds() {}

  /** {@code [lower, upper]} containing {@code [min, max]}. */
  static BigDecimal[] outward(BigDecimal min, BigDecimal max, boolean integral) {
    BigDecimal step = step(min.abs().max(max.abs()), integral);
    BigDecimal lower = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    BigDecimal upper = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
    if (integral) {
      lower = lower.compareTo(LONG_MIN) < 0 ? min : lower;
      upper = upper.compareTo(LONG_MAX) > 0 ? max : upper;
    }
    return new BigDecimal[] {plain(lower), plain(upper)};
  }

  /** A string length bound: the maximum rounds up, the minimum down, by the same kind of step. */
  static int lengthUp(int max) {
    if (max <= 0) {
      return 0;
    }
    return outward(BigDecimal.ZERO, BigDecimal.valueOf(max), true)[1].intValueExact();
  }

  static int lengthDown(int min) {
    if (min <= 0) {
      return 0;
    }
    return outward(BigDecimal.valueOf(min), BigDecimal.valueOf(min), true)[0].intValueExact();
  }

  private static BigDecimal step(BigDecimal magnitude, boolean integral) {
    if (magnitude.signum() == 0) {
      return BigDecimal.ONE;
    }
    int exponent = magnitude.precision() - magnitude.scale() - 1; // floor(log10(magnitude))
    BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(exponent);
    return integral && exponent < 0 ? BigDecimal.ONE : step;
  }

  /** Without an exponent and without trailing zeros after the point ({@code 1000}, {@code 0.3}). */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
