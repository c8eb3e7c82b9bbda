package dev.sluice.validator.check;

import dev.sluice.validator.data.ValueType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Converts contract literals (numbers, ISO dates and times) into a column's storage domain.
 * Integral domains round inward so that comparisons stay exact: {@code value >= 2.5} on an
 * integer column is {@code value >= 3}.
 */
final class Literals {
  private Literals() {}

  /** The literal as an exact number, if it is one (a number, or a numeric string). */
  static Optional<BigDecimal> number(Object literal) {
    if (literal instanceof BigDecimal) {
      return Optional.of((BigDecimal) literal);
    }
    try {
      return Optional.of(new BigDecimal(literal.toString().trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The literal as a point on the column's LONG scale (days, time units, integers), with the
   * fraction rounded up ({@code ceiling}) or down.
   */
  static Optional<BigDecimal> onLongScale(Object literal, ValueType type) {
    try {
      switch (type.kind()) {
        case INTEGER: return number(literal);
        case DATE: return Optional.of(BigDecimal.valueOf(date(literal.toString()).toEpochDay()));
        case TIMESTAMP: return Optional.of(units(instant(literal.toString()), type));
        case TIME: return Optional.of(timeUnits(LocalTime.parse(literal.toString().trim()), type));
        default: return Optional.empty();
      }
    } catch (DateTimeParseException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  static long round(BigDecimal value, boolean ceiling) {
    BigDecimal r = value.setScale(0, ceiling ? RoundingMode.CEILING : RoundingMode.FLOOR);
    if (r.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return Long.MAX_VALUE;
    }
    if (r.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
      return Long.MIN_VALUE;
    }
    return r.longValueExact();
  }

  /** An ISO date, or the date of an ISO date-time. */
  static LocalDate date(String text) {
    String t = text.trim();
    return t.length() > 10 ? instant(t).atZone(ZoneOffset.UTC).toLocalDate() : LocalDate.parse(t);
  }

  /** An instant from an ISO date-time (with offset, or UTC when it has none) or a date. */
  static Instant instant(String text) {
    String t = text.trim();
    if (t.length() <= 10) {
      return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }
  }

  private static BigDecimal units(Instant instant, ValueType type) {
    BigDecimal nanos = BigDecimal.valueOf(instant.getEpochSecond()).multiply(BigDecimal.valueOf(1_000_000_000L))
        .add(BigDecimal.valueOf(instant.getNano()));
    return nanos.divide(BigDecimal.valueOf(1_000_000_000L / type.unit().perSecond()));
  }

  private static BigDecimal timeUnits(LocalTime time, ValueType type) {
    return BigDecimal.valueOf(time.toNanoOfDay())
        .divide(BigDecimal.valueOf(1_000_000_000L / type.unit().perSecond()));
  }
}
