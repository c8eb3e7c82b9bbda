package dev.sluice.contracts.diff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/** Orders range bounds as written: numbers exactly, ISO dates and timestamps in time. */
final class Bounds {
  private Bounds() {}

  /** The sign of {@code a - b}, or empty when the two cannot be ordered (number vs date, text). */
  static Optional<Integer> compare(Object a, Object b) {
    if (a instanceof BigDecimal && b instanceof BigDecimal) {
      return Optional.of(Integer.signum(((BigDecimal) a).compareTo((BigDecimal) b)));
    }
    if (!(a instanceof String) || !(b instanceof String)) {
      return Optional.empty();
    }
    String x = (String) a;
    String y = (String) b;
    if (x.equals(y)) {
      return Optional.of(0);
    }
    return inTime(x, y, LocalDate::parse)
        .or(() -> inTime(x, y, s -> OffsetDateTime.parse(s).toInstant()))
        .or(() -> inTime(x, y, Instant::parse))
        .or(() -> inTime(x, y, LocalDateTime::parse));
  }

  private static <T extends Comparable<? super T>> Optional<Integer> inTime(String x, String y,
      Function<String, T> parse) {
    try {
      return Optional.of(Integer.signum(parse.apply(x).compareTo(parse.apply(y))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
