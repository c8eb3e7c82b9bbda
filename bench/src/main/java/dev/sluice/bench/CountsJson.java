package dev.sluice.bench;

import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes counts as one line of JSON. Hand-written so that {@link DuckDbRun} needs nothing but
 * DuckDB on its classpath; check names are plain ASCII, but quotes and backslashes are escaped.
 */
final class CountsJson {
  private CountsJson() {}

  static String write(Map<String, Long> counts) {
    StringJoiner json = new StringJoiner(", ", "{", "}");
    counts.forEach((name, count) -> json.add(quote(name) + ": " + count));
    return json.toString();
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
