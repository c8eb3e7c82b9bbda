package dev.sluice.validator.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Numbers from text, strictly: no spaces, no thousands separators, no hex, no type suffixes. An
 * integer is {@code [+-]digits} within a long; a number is {@code [+-]digits[.digits][e[+-]digits]}
 * (a leading or trailing point allowed) or {@code NaN}, {@code Inf}, {@code Infinity} in any case,
 * with a sign for the infinities; a decimal is a number without the special values.
 */
final class NumberText {
  /** Exact powers of ten as doubles (10^22 is the largest). */
  private static final double[] POWERS = new double[23];
  /** A rescaled decimal may have at most this many digits, so no hostile exponent costs time. */
  private static final int MAX_DECIMAL_DIGITS = 1000;

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  private NumberText() {}

  /** Parses an integer into {@code out[i]}; false (leaving it) when the text is not one. */
  static boolean parseLong(char[] b, int off, int len, long[] out, int i) {
    int p = off;
    int end = off + len;
    boolean negative = p < end && b[p] == '-';
    if (p < end && (b[p] == '-' || b[p] == '+')) {
      p++;
    }
    if (p == end) {
      return false;
    }
    // Accumulate negatively, as Long.parseLong does, so that Long.MIN_VALUE fits.
    long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
    long multiplyLimit = limit / 10;
    long acc = 0;
    for (; p < end; p++) {
      int digit = b[p] - '0';
      if (digit < 0 || digit > 9 || acc < multiplyLimit) {
        return false;
      }
      acc *= 10;
      if (acc < limit + digit) {
        return false;
      }
      acc -= digit;
    }
    out[i] = negative ? acc : -acc;
    return true;
  }

  /** Parses a number into {@code out[i]}; false when the text is not one or overflows a double. */
  static boolean parseDouble(char[] b, int off, int len, double[] out, int i) {
    Scan s = scan(b, off, len);
    if (s == null) {
      return special(b, off, len, out, i);
    }
    if (s.digits <= 15 && Math.abs(s.exponent) <= 22) {
      // Clinger's fast path: both operands are exact doubles, so one operation rounds correctly.
      double m = s.mantissa;
      double v = s.exponent >= 0 ? m * POWERS[s.exponent] : m / POWERS[-s.exponent];
      out[i] = s.negative ? -v : v;
      return true;
    }
    double v = Double.parseDouble(new String(b, off, len));
    if (Double.isInfinite(v)) {
      return false;
    }
    out[i] = v;
    return true;
  }

  /** A decimal at exactly {@code scale}, or null when the text is not one or needs rounding. */
  static @Nullable BigDecimal parseDecimal(char[] b, int off, int len, int scale) {
    if (len > MAX_DECIMAL_DIGITS + 20 || scan(b, off, len) == null) {
      return null;
    }
    try {
      return rescale(new BigDecimal(b, off, len), scale);
    } catch (NumberFormatException e) {
      return null; // an exponent beyond an int
    }
  }

  /** {@code value} at exactly {@code scale}; null when that would round or be absurdly long. */
  static @Nullable BigDecimal rescale(BigDecimal value, int scale) {
    if (value.scale() == scale) {
      return value;
    }
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    if (stripped.scale() > scale) {
      return null;
    }
    if ((long) stripped.precision() + scale - stripped.scale() > MAX_DECIMAL_DIGITS) {
      return null;
    }
    return stripped.setScale(scale, RoundingMode.UNNECESSARY);
  }

  private static boolean special(char[] b, int off, int len, double[] out, int i) {
    if (len > 9) {
      return false;
    }
    String text = new String(b, off, len).toLowerCase(java.util.Locale.ROOT);
    switch (text) {
      case "nan": out[i] = Double.NaN; return true;
      case "inf": case "+inf": case "infinity": case "+infinity":
        out[i] = Double.POSITIVE_INFINITY;
        return true;
      case "-inf": case "-infinity":
        out[i] = Double.NEGATIVE_INFINITY;
        return true;
      default: return false;
    }
  }

  /**
   * Checks the grammar and gathers the first 15 significant digits; null when the text is not a
   * finite number.
   */
  private static @Nullable Scan scan(char[] b, int off, int len) {
    Scan s = new Scan(b, off, off + len);
    s.sign();
    int digits = s.readDigits(false);
    if (s.skip('.')) {
      digits += s.readDigits(true);
    }
    if (digits == 0 || !s.readExponent() || s.pos != s.end) {
      return null;
    }
    return s;
  }

  /**
   * A cursor over number text that keeps its significant digits: the value is {@code mantissa
   * * 10^exponent} (rounded beyond 15 digits, which {@code digits} then exceeds).
   */
  // Hot path of every float and decimal cell: one pass, no allocation beyond this cursor.
  private static final class Scan {
    final char[] b;
    final int end;
    int pos;
    boolean negative;
    long mantissa;
    int digits;
    int exponent;

    Scan(char[] b, int pos, int end) {
      this.b = b;
      this.pos = pos;
      this.end = end;
    }

    void sign() {
      if (pos < end && (b[pos] == '-' || b[pos] == '+')) {
        negative = b[pos++] == '-';
      }
    }

    boolean skip(char c) {
      if (pos < end && b[pos] == c) {
        pos++;
        return true;
      }
      return false;
    }

    /** Reads a run of digits; returns how many. */
    int readDigits(boolean fraction) {
      int start = pos;
      for (; pos < end && b[pos] >= '0' && b[pos] <= '9'; pos++) {
        boolean kept = add(b[pos]);
        if (fraction && kept) {
          exponent--; // a kept fraction digit scales the mantissa up by ten
        } else if (!fraction && !kept) {
          exponent++; // a dropped integer digit is a power of ten
        }
      }
      return pos - start;
    }

    /** Reads an optional exponent; false when it is malformed. */
    boolean readExponent() {
      if (!skip('e') && !skip('E')) {
        return true;
      }
      boolean minus = pos < end && b[pos] == '-';
      if (!skip('-')) {
        skip('+');
      }
      long value = 0;
      int start = pos;
      for (; pos < end && b[pos] >= '0' && b[pos] <= '9'; pos++) {
        value = Math.min(value * 10 + (b[pos] - '0'), 1_000_000_000L);
      }
      exponent = (int) Math.max(-1_500_000_000L, Math.min(1_500_000_000L,
          exponent + (minus ? -value : value)));
      return pos > start;
    }

    /** Adds a digit; false when it no longer fits the 15 kept digits (its place still counts). */
    private boolean add(char c) {
      if (digits == 0 && c == '0') {
        return true; // leading zeros are not significant
      }
      if (digits >= 15) {
        digits++;
        return false;
      }
      mantissa = mantissa * 10 + (c - '0');
      digits++;
      return true;
    }
  }
}
