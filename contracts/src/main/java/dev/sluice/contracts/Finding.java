package dev.sluice.contracts;

/**
 * One problem found in a contract, located at a YAML path and line.
 *
 * @param rule a stable rule id, e.g. {@code schema.unknown-key} or {@code semantic.min-gt-max}
 * @param path where in the document, e.g. {@code schema[0].properties[2].logicalTypeOptions}
 *     (empty for the document root)
 * @param line 1-based line in the source file, or 0 when unknown
 */
public record Finding(String rule, Level level, String path, int line, String message) {

  /** How much a finding matters: errors fail lint, warnings do not. */
  public enum Level {
    WARNING,
    ERROR
  }

  public static Finding error(String rule, String path, int line, String message) {
    return new Finding(rule, Level.ERROR, path, line, message);
  }

  public static Finding warning(String rule, String path, int line, String message) {
    return new Finding(rule, Level.WARNING, path, line, message);
  }

  public boolean isError() {
    return level == Level.ERROR;
  }

  /** {@code file:line: error: message (at path) [rule]}, the way compilers print. */
  public String format(String source) {
    String where = line > 0 ? source + ":" + line : source;
    String at = path.isEmpty() ? "" : " (at " + path + ")";
    return where + ": " + level.name().toLowerCase(java.util.Locale.ROOT) + ": " + message + at
        + " [" + rule + "]";
  }
}
