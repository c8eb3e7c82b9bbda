package dev.sluice.cli;

import dev.sluice.contracts.model.Server;
import dev.sluice.validator.data.SourceOptions;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How to read the inputs: the command line's options first, then the contract server's
 * {@code format} and {@code delimiter} (ODCS: {@code new_line} or {@code array} for JSON, a
 * character for CSV), then the defaults (extension, first bytes).
 */
final class Inputs {
  private static final Set<String> FORMATS = Set.of("parquet", "arrow", "csv", "json");

  private Inputs() {}

  static SourceOptions options(@Nullable Server server, @Nullable String format,
      @Nullable String delimiter, @Nullable String quote, boolean noHeader,
      @Nullable String jsonLayout) {
    String chosenFormat = format != null ? format : serverFormat(server);
    if (chosenFormat != null && !FORMATS.contains(chosenFormat.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("--input-format must be parquet, arrow, csv or json, not '"
          + chosenFormat + "'");
    }
    String serverDelimiter = server == null ? null : server.delimiter();
    String layout = jsonLayout != null ? jsonLayout : layoutOf(serverDelimiter);
    if (layout != null && !layout.equals("lines") && !layout.equals("array")) {
      throw new IllegalArgumentException("--json-layout must be lines or array, not '" + layout + "'");
    }
    String csvDelimiter = delimiter != null ? delimiter
        : serverDelimiter != null && layoutOf(serverDelimiter) == null ? serverDelimiter : null;
    SourceOptions o = SourceOptions.DEFAULTS
        .withFormat(chosenFormat == null ? null : chosenFormat.toLowerCase(Locale.ROOT))
        .withJsonLayout(layout);
    return o.withCsv(character("--delimiter", csvDelimiter, o.delimiter()),
        character("--quote", quote, o.quote()), !noHeader);
  }

  private static @Nullable String serverFormat(@Nullable Server server) {
    String format = server == null ? null : server.format();
    return format == null || !FORMATS.contains(format.toLowerCase(Locale.ROOT)) ? null : format;
  }

  private static @Nullable String layoutOf(@Nullable String delimiter) {
    if ("new_line".equals(delimiter)) {
      return "lines";
    }
    return "array".equals(delimiter) ? "array" : null;
  }

  private static char character(String option, @Nullable String text, char fallback) {
    if (text == null) {
      return fallback;
    }
    String t = text.equals("\\t") || text.equalsIgnoreCase("tab") ? "\t" : text;
    if (t.length() != 1) {
      throw new IllegalArgumentException(option + " must be one character, not '" + text + "'");
    }
    return t.charAt(0);
  }
}
