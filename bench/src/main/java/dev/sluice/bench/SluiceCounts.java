package dev.sluice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.ValidationReport;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The failing-row counts of the {@link BenchChecks} in a Sluice report: from the library's
 * {@link ValidationReport}, or from the CLI's JSON report ({@code checks[]} with {@code
 * property}, {@code kind}, {@code failedRows}). Other checks (presence, type) are left out.
 */
public final class SluiceCounts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SluiceCounts() {}

  /** Counts from a report made by the library. */
  public static Map<String, Long> of(ValidationReport report) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (CheckResult c : report.checks()) {
      String property = c.property();
      Long failed = c.failedRows();
      if (property != null && failed != null) {
        put(counts, BenchChecks.name(property, c.kind().json()), failed);
      }
    }
    return ordered(counts);
  }

  /** Counts from the text of a JSON report printed by {@code sluice validate --format json}. */
  public static Map<String, Long> parse(String json) throws IOException {
    JsonNode checks = JSON.readTree(json).path("checks");
    if (!checks.isArray()) {
      throw new IOException("not a Sluice JSON report: no checks[] array");
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    for (JsonNode c : checks) {
      JsonNode failed = c.path("failedRows");
      if (c.path("property").isTextual() && failed.isIntegralNumber()) {
        put(counts, BenchChecks.name(c.path("property").asText(), c.path("kind").asText()),
            failed.asLong());
      }
    }
    return ordered(counts);
  }

  private static void put(Map<String, Long> counts, String name, long failed) {
    if (BenchChecks.NAMES.contains(name)) {
      counts.put(name, failed);
    }
  }

  /** The counts in {@link BenchChecks#NAMES} order (a missing check stays missing). */
  private static Map<String, Long> ordered(Map<String, Long> counts) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String name : BenchChecks.NAMES) {
      Long count = counts.get(name);
      if (count != null) {
        out.put(name, count);
      }
    }
    return out;
  }
}
