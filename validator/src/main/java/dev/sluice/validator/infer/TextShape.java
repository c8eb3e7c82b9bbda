package dev.sluice.validator.infer;

import dev.sluice.validator.check.FormatTests;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.text.TextReading;
import org.jspecify.annotations.Nullable;

/**
 * What every non-null text value of a column could be: the types a text source could parse them
 * to (integer, number, boolean, date, timestamp: asked of the sources' own parsers through
 * {@link TextReading}, so that the data never fails the type proposed) and the string formats
 * they all satisfy (uuid, email, date, date-time; judged by the validator's own {@link
 * FormatTests}). A flag once cleared stays cleared, so a value is only tested for what is still
 * possible. Mergeable (bitwise and).
 *
 * <p>For columns a text source read as text, {@link #candidate} is the narrowest type every
 * value's text fits; when the source still rejects some value as that type (a JSON string {@code
 * "12"} read for an integer column, a JSON number for a string column), {@link #wider} is the
 * next: integer, number, string, then untyped (no {@code logicalType}: a JSON column mixing
 * strings with numbers, booleans, objects or lists).
 *
 * <p>Integers and numbers with a leading zero ({@code 007}) are not numbers here: such columns are
 * codes, and reading them as numbers would lose the zeros.
 */
final class TextShape {
  static final int INTEGER = 1;
  static final int NUMBER = 1 << 1;
  static final int BOOLEAN = 1 << 2;
  static final int DATE = 1 << 3;
  static final int TIMESTAMP = 1 << 4;
  static final int UUID = 1 << 5;
  static final int EMAIL = 1 << 6;
  static final int DATE_TEXT = 1 << 7;
  static final int DATE_TIME_TEXT = 1 << 8;
  private static final int FORMATS = UUID | EMAIL | DATE_TEXT | DATE_TIME_TEXT;
  /** As the validator reads a contract's timestamp (ExpectedTypes): microseconds, UTC. */
  private static final ValueType TIMESTAMP_TYPE =
      ValueType.timestamp(ValueType.TimeUnit.MICROS, true);

  private int fits = (1 << 9) - 1;
  private long nonEmpty;
  /** Made at the first text: most shapes (numeric columns, forks of parts) never read one. */
  private @Nullable Readers readers;

  /** The sources' own parsers, one per candidate type (scratch state only). */
  private static final class Readers {
    final TextReading integers = new TextReading(ValueType.of(Kind.INTEGER));
    final TextReading numbers = new TextReading(ValueType.of(Kind.FLOAT));
    final TextReading booleans = new TextReading(ValueType.of(Kind.BOOLEAN));
    final TextReading dates = new TextReading(ValueType.of(Kind.DATE));
    final TextReading timestamps = new TextReading(TIMESTAMP_TYPE);
  }

  static ValueType candidate(TextShape shape) {
    if (shape.all(INTEGER)) {
      return ValueType.of(Kind.INTEGER);
    }
    if (shape.all(NUMBER)) {
      return ValueType.of(Kind.FLOAT);
    }
    if (shape.all(BOOLEAN)) {
      return ValueType.of(Kind.BOOLEAN);
    }
    if (shape.all(DATE)) {
      return ValueType.of(Kind.DATE);
    }
    if (shape.all(TIMESTAMP)) {
      return TIMESTAMP_TYPE;
    }
    return ValueType.of(Kind.STRING);
  }

  /** The next wider type; null past string (untyped). */
  static @Nullable ValueType wider(ValueType type) {
    switch (type.kind()) {
      case INTEGER: return ValueType.of(Kind.FLOAT);
      case STRING: return null;
      default: return ValueType.of(Kind.STRING);
    }
  }

  void add(String s) {
    if (s.isEmpty()) {
      fits &= ~FORMATS; // no format accepts "", and CSV reads it as null in other types
      return;
    }
    nonEmpty++;
    Readers r = readers != null ? readers : (readers = new Readers());
    int f = fits;
    f = keepIf(f, INTEGER, () -> isInteger(s) && r.integers.reads(s));
    f = keepIf(f, NUMBER, () -> isNumber(s) && r.numbers.reads(s));
    f = keepIf(f, BOOLEAN, () -> (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))
        && r.booleans.reads(s));
    f = keepIf(f, DATE, () -> r.dates.reads(s));
    f = keepIf(f, TIMESTAMP, () -> r.timestamps.reads(s));
    f = keepIf(f, UUID, () -> s.length() == 36 && FormatTests.matches("uuid", s));
    f = keepIf(f, EMAIL, () -> s.indexOf('@') > 0 && FormatTests.matches("email", s));
    if ((f & DATE) == 0) {
      f &= ~DATE_TEXT; // the same test as DATE (a date format is LocalDate.parse), not run twice
    }
    f = keepIf(f, DATE_TIME_TEXT, () -> s.length() > 15 && FormatTests.matches("date-time", s));
    fits = f;
  }

  void merge(TextShape other) {
    fits &= other.fits;
    nonEmpty += other.nonEmpty;
  }

  /** Whether every non-empty value fits {@code flag} (and there was at least one). */
  boolean all(int flag) {
    return nonEmpty > 0 && (fits & flag) != 0;
  }

  private static int keepIf(int fits, int flag, java.util.function.BooleanSupplier test) {
    return (fits & flag) != 0 && !test.getAsBoolean() ? fits & ~flag : fits;
  }

  private static boolean isInteger(String s) {
    int start = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
    int digits = s.length() - start;
    if (digits < 1 || digits > 19 || (digits > 1 && s.charAt(start) == '0')) {
      return false;
    }
    for (int i = start; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true; // the range is the reader's to check
  }

  /** {@code [+-]digits[.digits][e[+-]digits]}, no leading zero before more digits. */
  private static boolean isNumber(String s) {
    int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
    int intStart = i;
    while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
      i++;
    }
    int intDigits = i - intStart;
    if (intDigits == 0 || (intDigits > 1 && s.charAt(intStart) == '0')) {
      return false;
    }
    if (i < s.length() && s.charAt(i) == '.') {
      int f = ++i;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == f) {
        return false;
      }
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      i += i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-') ? 1 : 0;
      int e = i;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == e) {
        return false;
      }
    }
    return i == s.length() && s.length() <= 40; // finiteness is the reader's to check
  }
}
