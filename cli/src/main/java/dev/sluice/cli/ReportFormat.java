package dev.sluice.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The forms of a validation report: for people (text, and an HTML page for data owners), for
 * programs, for CI test reporters.
 */
enum ReportFormat {
  TEXT,
  JSON,
  JUNIT,
  HTML;

  /** The format named {@code name} in any case; an {@link IllegalArgumentException} otherwise. */
  static ReportFormat parse(String name) {
    for (ReportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "expected text, json, junit or html but was '" + name + "'");
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Accepts {@code text}, {@code json}, {@code junit} and {@code html} in any case. */
  static final class Converter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
