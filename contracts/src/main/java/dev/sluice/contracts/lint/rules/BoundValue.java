package dev.sluice.contracts.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/** Compares two range bounds written as numbers or as ISO-8601 dates, times or timestamps. */
final class BoundValue {
  private BoundValue() {}

  /** The order of {@code a} and {@code b}, or empty when they are not comparable. */
  static Optional<Integer> compare(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return Optional.of(a.decimalValue().compareTo(b.decimalValue()));
    }
    if (!a.isTextual() || !b.isTextual()) {
      return Optional.empty();
    }
    Optional<Instant> x = instant(a.asText());
    Optional<Instant> y = instant(b.asText());
    if (x.isPresent() && y.isPresent()) {
      return Optional.of(x.get().compareTo(y.get()));
    }
    Optional<LocalTime> t = parse(a.asText(), LocalTime::parse);
    Optional<LocalTime> u = parse(b.asText(), LocalTime::parse);
    return t.isPresent() && u.isPresent() ? Optional.of(t.get().compareTo(u.get())) : Optional.empty();
  }

  /** A date, local timestamp (read as UTC) or offset timestamp as an instant. */
  static Optional<Instant> instant(String text) {
    return parse(text, s -> OffsetDateTime.parse(s).toInstant())
        .or(() -> parse(text, s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC)))
        .or(() -> parse(text, s -> LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  private static <T> Optional<T> parse(String text, Function<String, T> parser) {
    try {
      return Optional.of(parser.apply(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
