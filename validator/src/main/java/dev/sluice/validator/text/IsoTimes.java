package dev.sluice.validator.text;

import dev.sluice.validator.data.ValueType;

/**
 * ISO-8601 dates, times and timestamps from text, without allocating: {@code yyyy-MM-dd} (years
 * 0000-9999); {@code HH:mm[:ss[.f]]} with 1 to 9 fraction digits; a timestamp is a date, {@code
 * T} (or {@code t} or one space), a time and an optional offset: {@code Z}, {@code +HH},
 * {@code +HHmm} or {@code +HH:mm} (at most 18:00). No leap seconds, no {@code 24:00}. Fraction
 * digits finer than the column's unit must be zeros: a value is never rounded.
 */
final class IsoTimes {
  /** Returned for text that is not a valid value (no valid value is this small). */
  static final long INVALID = Long.MIN_VALUE;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long SECONDS_PER_DAY = 86_400L;
  private static final int NO_OFFSET = Integer.MAX_VALUE;
  private static final int BAD_OFFSET = Integer.MIN_VALUE;
  private static final int[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
      100_000_000};

  private IsoTimes() {}

  /** Days since 1970-01-01, or {@link #INVALID}. */
  static long parseDate(char[] b, int off, int len) {
    return len == 10 ? date(b, off) : INVALID;
  }

  /** Time of day in the type's unit, or {@link #INVALID}. */
  static long parseTime(char[] b, int off, int len, ValueType type) {
    long nanos = nanosOfDay(b, off, off + len);
    return nanos == INVALID ? INVALID : inUnit(0, nanos, perSecond(type));
  }

  /**
   * The type's unit since the epoch, or {@link #INVALID}. In a UTC column a value without an
   * offset is read as UTC; in a local column a value with an offset is invalid.
   */
  static long parseTimestamp(char[] b, int off, int len, ValueType type) {
    if (len < 16) {
      return INVALID;
    }
    char sep = b[off + 10];
    long days = date(b, off);
    if (days == INVALID || (sep != 'T' && sep != 't' && sep != ' ')) {
      return INVALID;
    }
    int end = off + len;
    int timeEnd = off + 11;
    while (timeEnd < end && !isOffsetStart(b[timeEnd])) {
      timeEnd++;
    }
    long nanos = nanosOfDay(b, off + 11, timeEnd);
    int offset = offsetSeconds(b, timeEnd, end);
    if (nanos == INVALID || offset == BAD_OFFSET || (offset != NO_OFFSET && !type.utc())) {
      return INVALID;
    }
    long seconds = days * SECONDS_PER_DAY - (offset == NO_OFFSET ? 0 : offset);
    return inUnit(seconds, nanos, perSecond(type));
  }

  private static boolean isOffsetStart(char c) {
    return c == 'Z' || c == 'z' || c == '+' || c == '-';
  }

  private static long perSecond(ValueType type) {
    long per = type.unit().perSecond();
    return per == 0 ? ValueType.TimeUnit.MICROS.perSecond() : per;
  }

  /** {@code seconds + nanos} in units of {@code 1/perSecond} s; INVALID if it rounds or overflows. */
  private static long inUnit(long seconds, long nanos, long perSecond) {
    long nanosPerUnit = NANOS_PER_SECOND / perSecond;
    long wholeSeconds = seconds + nanos / NANOS_PER_SECOND;
    long rest = nanos % NANOS_PER_SECOND;
    if (rest % nanosPerUnit != 0) {
      return INVALID;
    }
    try {
      return Math.addExact(Math.multiplyExact(wholeSeconds, perSecond), rest / nanosPerUnit);
    } catch (ArithmeticException e) {
      return INVALID;
    }
  }

  private static long date(char[] b, int o) {
    int year = digits(b, o, 4);
    int month = digits(b, o + 5, 2);
    int day = digits(b, o + 8, 2);
    if (year < 0 || b[o + 4] != '-' || b[o + 7] != '-' || month < 1 || month > 12 || day < 1
        || day > monthLength(year, month)) {
      return INVALID;
    }
    return daysFromCivil(year, month, day);
  }

  /** {@code HH:mm[:ss[.f{1,9}]]} in {@code [from, to)} as nanoseconds of the day. */
  private static long nanosOfDay(char[] b, int from, int to) {
    int len = to - from;
    if (len != 5 && len != 8 && (len < 10 || len > 18)) {
      return INVALID;
    }
    int hour = digits(b, from, 2);
    int minute = digits(b, from + 3, 2);
    int second = len == 5 ? 0 : digits(b, from + 6, 2);
    if (b[from + 2] != ':' || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || (len > 5 && (b[from + 5] != ':' || second < 0 || second > 59))) {
      return INVALID;
    }
    long fraction = 0;
    if (len > 8) {
      if (b[from + 8] != '.') {
        return INVALID;
      }
      int n = len - 9;
      int value = digits(b, from + 9, n);
      if (value < 0) {
        return INVALID;
      }
      fraction = value * (long) POW10[9 - n];
    }
    return ((hour * 60L + minute) * 60 + second) * NANOS_PER_SECOND + fraction;
  }

  /** Seconds east of UTC; {@link #NO_OFFSET} for none, {@link #BAD_OFFSET} for a bad one. */
  private static int offsetSeconds(char[] b, int from, int to) {
    int len = to - from;
    if (len == 0) {
      return NO_OFFSET;
    }
    if (len == 1) {
      return b[from] == 'Z' || b[from] == 'z' ? 0 : BAD_OFFSET;
    }
    if (len != 3 && len != 5 && len != 6) {
      return BAD_OFFSET;
    }
    int sign = b[from] == '+' ? 1 : b[from] == '-' ? -1 : 0;
    int hours = digits(b, from + 1, 2);
    int minutes = len == 3 ? 0 : len == 5 ? digits(b, from + 3, 2)
        : len == 6 && b[from + 3] == ':' ? digits(b, from + 4, 2) : -1;
    if (sign == 0 || hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > 18 * 60) {
      return BAD_OFFSET;
    }
    return sign * (hours * 3600 + minutes * 60);
  }

  /** The value of {@code n} (at most 9) ASCII digits at {@code o}, or -1. */
  private static int digits(char[] b, int o, int n) {
    int value = 0;
    for (int i = o; i < o + n; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  private static int monthLength(int year, int month) {
    if (month == 2) {
      boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
  private static long daysFromCivil(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468;
  }
}
