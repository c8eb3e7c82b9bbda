package dev.sluice.validator.check;

import com.google.re2j.Pattern;
import dev.sluice.validator.data.ValueType;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code format} tests on strings: email, uuid, uri, hostname, ipv4, ipv6, date-time, date, time,
 * or a date/time pattern such as {@code yyyy-MM-dd}. Columns typed as dates, times or timestamps
 * are in format by construction.
 */
public final class FormatTests {
  private static final ThreadRegex EMAIL = regex(
      "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
  private static final ThreadRegex UUID =
      regex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
  private static final ThreadRegex HOSTNAME = regex(
      "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$");
  private static final ThreadRegex IPV4 = regex(
      "^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$");

  private static final Map<String, Predicate<String>> NAMED = Map.of(
      "email", s -> EMAIL.matches(s),
      "uuid", s -> UUID.matches(s),
      "uri", FormatTests::isUri,
      "hostname", s -> s.length() <= 253 && HOSTNAME.matches(s),
      "ipv4", s -> IPV4.matches(s),
      "ipv6", Ipv6::isValid,
      "date-time", s -> parses(() -> OffsetDateTime.parse(s)),
      "date", s -> parses(() -> LocalDate.parse(s)),
      "time", s -> parses(() -> LocalTime.parse(s)) || parses(() -> OffsetTime.parse(s)));

  private FormatTests() {}

  private static ThreadRegex regex(String pattern) {
    return new ThreadRegex(Pattern.compile(pattern));
  }

  /** Whether Sluice knows the format (a name above, or a valid date/time pattern). */
  public static boolean isKnown(String format) {
    return predicate(format).isPresent();
  }

  /** Whether {@code value} is in {@code format}; an unknown format accepts everything. */
  public static boolean matches(String format, String value) {
    return predicate(format).map(p -> p.test(value)).orElse(true);
  }

  public static ValueTests.Factory of(String format) {
    Optional<Predicate<String>> inFormat = predicate(format);
    return type -> {
      if (type.kind() == ValueType.Kind.DATE || type.kind() == ValueType.Kind.TIMESTAMP
          || type.kind() == ValueType.Kind.TIME) {
        return Optional.of(new ValueTest() {});
      }
      if (type.kind() != ValueType.Kind.STRING || inFormat.isEmpty()) {
        return Optional.empty();
      }
      Predicate<String> p = inFormat.get();
      return Optional.of(new ValueTest() {
        @Override
        public boolean failsObject(Object value) {
          return !p.test((String) value);
        }

        @Override
        public boolean costly() {
          return true;
        }
      });
    };
  }

  private static Optional<Predicate<String>> predicate(String format) {
    Predicate<String> named = NAMED.get(format.toLowerCase(Locale.ROOT));
    if (named != null) {
      return Optional.of(named);
    }
    try {
      DateTimeFormatter f = DateTimeFormatter.ofPattern(format, Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
      return Optional.of(s -> parses(() -> f.parse(s)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isUri(String s) {
    try {
      return new URI(s).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
