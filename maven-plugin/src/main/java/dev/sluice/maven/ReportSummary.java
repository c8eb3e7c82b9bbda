package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.validator.report.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the verdict and counts back from the JSON report {@code validate} wrote (schema 1.0, the
 * stable form), and words them as the one line the build log shows per validation.
 */
final class ReportSummary {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[][] STATUSES = {{"passed", "passed"}, {"warning", "warnings"},
      {"failed", "failed"}, {"error", "errors"}, {"skipped", "skipped"}};

  private ReportSummary() {}

  /** {@code orders: FAILED · 31 checks: 24 passed, 4 failed · 2,000 rows · target/sluice/orders.*}. */
  static Outcome.Judged read(String name, Path jsonReport, String reportsShown) throws IOException {
    JsonNode report = JSON.readTree(jsonReport.toFile());
    Verdict verdict = Verdict.valueOf(report.path("verdict").asText().toUpperCase(Locale.ROOT));
    String line = name + ": " + verdict.name() + " · " + checks(report) + " · "
        + String.format(Locale.ROOT, "%,d", report.path("rowCount").asLong())
        + (report.path("rowCount").asLong() == 1 ? " row" : " rows") + " · " + reportsShown;
    return new Outcome.Judged(name, verdict, line);
  }

  private static String checks(JsonNode report) {
    int total = report.path("checks").size();
    List<String> counts = new ArrayList<>();
    for (String[] status : STATUSES) {
      int n = report.path("summary").path(status[0]).asInt();
      if (n > 0 || "passed".equals(status[0])) {
        counts.add(n + " " + (n == 1 ? status[0] : status[1]));
      }
    }
    return total + (total == 1 ? " check: " : " checks: ") + String.join(", ", counts);
  }
}
