package dev.sluice.maven;

import java.util.List;

/**
 * Keeps the libraries Sluice uses out of the build log. The {@code sluice} command silences them
 * (slf4j-nop), but inside Maven every plugin logs through Maven's own SLF4J simple logger, so the
 * JSON Schema validator's notes about ODCS's schema would show as warnings on every build.
 */
final class LibraryLogs {
  private static final String LEVEL_PREFIX = "org.slf4j.simpleLogger.log.";
  static final List<String> QUIETED = List.of("com.networknt", "org.apache.parquet",
      "org.apache.hadoop", "org.apache.arrow");

  private LibraryLogs() {}

  /**
   * Raises those loggers to {@code error} unless the user chose a level (with {@code
   * -Dorg.slf4j.simpleLogger.log.com.networknt=warn}, say). Maven's logger reads these properties
   * when a logger is first created, so this runs before any validation.
   */
  static void quiet() {
    for (String logger : QUIETED) {
      if (System.getProperty(LEVEL_PREFIX + logger) == null) {
        System.setProperty(LEVEL_PREFIX + logger, "error");
      }
    }
  }
}
