package dev.sluice.contracts.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.contracts.load.ContractDocument;
import java.util.List;

/**
 * {@code semantic.unknown-metric}: a library rule whose {@code metric} (ODCS 3.0: {@code rule})
 * is not one Sluice can compute. Reported at the key, so it replaces the schema's enum error
 * there (3.1 has the enum; 3.0 has none).
 */
final class QualityMetrics implements SemanticRule {
  static final List<String> KNOWN =
      List.of("nullValues", "missingValues", "invalidValues", "duplicateValues", "rowCount");

  @Override
  public void check(ContractDocument doc, FindingSink out) {
    for (Located rule : ContractTree.qualityRules(doc.root())) {
      if (ContractTree.isLibrary(rule)) {
        checkMetric(rule, out);
      }
    }
  }

  private static void checkMetric(Located rule, FindingSink out) {
    String key = rule.node().has("metric") ? "metric" : "rule";
    JsonNode metric = rule.node().get(key);
    if (metric == null) {
      out.error("semantic.unknown-metric", rule.path(),
          "a library quality rule needs a metric, one of " + KNOWN);
    } else if (!KNOWN.contains(metric.asText())) {
      out.error("semantic.unknown-metric", rule.child(key).path(),
          "unknown metric '" + metric.asText() + "'; expected one of " + KNOWN);
    }
  }
}
