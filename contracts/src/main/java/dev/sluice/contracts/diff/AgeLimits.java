package dev.sluice.contracts.diff;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads age limits as the validator does: a number with a unit ({@code 1 d}, {@code 6 h}; days
 * when no unit) or ISO-8601 text ({@code PT6H}, {@code P1D}; a month counts 30 days, a year 365).
 */
final class AgeLimits {
  private AgeLimits() {}

  static Optional<Duration> of(@Nullable Object value, @Nullable String unit) {
    if (value instanceof BigDecimal) {
      long seconds = secondsPer(unit == null ? "d" : unit.trim().toLowerCase(Locale.ROOT));
      return seconds == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(
          ((BigDecimal) value).multiply(BigDecimal.valueOf(seconds)).longValue()));
    }
    return value == null ? Optional.empty() : iso(value.toString());
  }

  /** Narrowed, widened or changed (unreadable) between two limits; nothing if equal. */
  static void compare(String path, @Nullable Object oldLimit, @Nullable Duration oldAge,
      @Nullable Object newLimit, @Nullable Duration newAge, ChangeList out) {
    if (oldLimit == null || newLimit == null) {
      out.appeared(path, oldLimit, newLimit, ChangeKind.MAX_AGE_NARROWED, ChangeKind.MAX_AGE_WIDENED);
    } else if (oldAge == null || newAge == null) {
      if (!oldLimit.equals(newLimit)) {
        out.add(path, ChangeKind.MAX_AGE_CHANGED, oldLimit, newLimit);
      }
    } else if (oldAge.compareTo(newAge) != 0) {
      out.add(path, newAge.compareTo(oldAge) < 0 ? ChangeKind.MAX_AGE_NARROWED
          : ChangeKind.MAX_AGE_WIDENED, oldLimit, newLimit);
    }
  }

  private static Optional<Duration> iso(String text) {
    try {
      return Optional.of(Duration.parse(text));
    } catch (DateTimeParseException e) {
      try {
        Period p = Period.parse(text);
        return Optional.of(Duration.ofDays(p.getYears() * 365L + p.getMonths() * 30L + p.getDays()));
      } catch (DateTimeParseException notAPeriod) {
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
