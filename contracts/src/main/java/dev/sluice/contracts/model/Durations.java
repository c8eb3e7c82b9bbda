package dev.sluice.contracts.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Age limits (SLA values, lineage {@code maxAge}): a number with a unit ({@code 1 d}, {@code 6
 * h}) or ISO-8601 text ({@code PT6H}, {@code P1D}; a month counts 30 days, a year 365). One
 * reading for the validator and for {@code diff}, so both compare the same durations.
 */
public final class Durations {
  private Durations() {}

  /**
   * An age limit as written: a number of {@code unit} (days when no unit), or ISO-8601 text;
   * empty when absent or unreadable.
   */
  public static Optional<Duration> of(@Nullable Object value, @Nullable String unit) {
    if (value instanceof BigDecimal) {
      return ofUnit((BigDecimal) value, unit == null ? "d" : unit);
    }
    return value == null ? Optional.empty() : parseIso(value.toString());
  }

  /** {@code amount} of {@code unit} ({@code s}, {@code min}, {@code h}, {@code d}, {@code w}, {@code mo}, {@code y} and their long names); empty for an unknown unit. */
  public static Optional<Duration> ofUnit(BigDecimal amount, String unit) {
    long seconds = secondsPer(unit.trim().toLowerCase(Locale.ROOT));
    if (seconds == 0) {
      return Optional.empty();
    }
    BigDecimal total = amount.multiply(BigDecimal.valueOf(seconds));
    return Optional.of(Duration.ofSeconds(total.longValue()));
  }

  /** {@code PT6H}, {@code P1D}, {@code P10Y} (years count 365 days, months 30). */
  public static Optional<Duration> parseIso(String text) {
    try {
      return Optional.of(Duration.parse(text));
    } catch (DateTimeParseException e) {
      try {
        Period p = Period.parse(text);
        return Optional.of(Duration.ofDays(p.getYears() * 365L + p.getMonths() * 30L + p.getDays()));
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  private static long secondsPer(String unit) {
    switch (unit) {
      case "s": case "sec": case "second": case "seconds": return 1;
      case "m": case "min": case "minute": case "minutes": return 60;
      case "h": case "hr": case "hour": case "hours": return 3_600;
      case "d": case "day": case "days": return 86_400;
      case "w": case "week": case "weeks": return 7 * 86_400L;
      case "mo": case "month": case "months": return 30 * 86_400L;
      case "y": case "yr": case "year": case "years": return 365 * 86_400L;
      default: return 0;
    }
  }
}
