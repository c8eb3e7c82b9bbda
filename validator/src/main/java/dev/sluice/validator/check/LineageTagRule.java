package dev.sluice.validator.check;

import com.google.re2j.Pattern;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule from the {@code lineageTags} custom property: key, whether required, and what values are
 * allowed. {@code maxAge} is an ISO-8601 duration ({@code PT6H}) or period ({@code P1D}).
 */
public record LineageTagRule(
    String key,
    boolean required,
    List<String> validValues,
    @Nullable Pattern pattern,
    @Nullable String format,
    @Nullable String maxAge) {

  public LineageTagRule {
    validValues = List.copyOf(validValues);
  }

  /** Why {@code value} is not allowed, if it is not. */
  Optional<String> violation(String value, Instant now) {
    if (!validValues.isEmpty() && !validValues.contains(value)) {
      return Optional.of("is not one of " + validValues);
    }
    if (pattern != null && !pattern.matcher(value).find()) {
      return Optional.of("does not match " + pattern.pattern());
    }
    if (format != null && !FormatTests.matches(format, value)) {
      return Optional.of("is not in format " + format);
    }
    return maxAge == null ? Optional.empty() : ageViolation(value, now);
  }

  private Optional<String> ageViolation(String value, Instant now) {
    Instant produced;
    try {
      produced = Literals.instant(value);
    } catch (DateTimeParseException e) {
      return Optional.of("is not a date-time, so maxAge " + maxAge + " cannot be judged");
    }
    Instant oldest = oldestAllowed(now);
    return produced.isBefore(oldest)
        ? Optional.of("is older than maxAge " + maxAge) : Optional.empty();
  }

  /** Throws {@link DateTimeParseException} for a malformed duration (lint reports those first). */
  Instant oldestAllowed(Instant now) {
    String text = maxAge == null ? "PT0S" : maxAge;
    try {
      return now.minus(Duration.parse(text));
    } catch (DateTimeParseException e) {
      return now.atZone(ZoneOffset.UTC).minus(Period.parse(text)).toInstant();
    }
  }
}
