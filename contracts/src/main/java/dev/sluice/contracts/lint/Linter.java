package dev.sluice.contracts.lint;

import dev.sluice.contracts.Finding;
import dev.sluice.contracts.load.ContractDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Lints a contract document: the official ODCS JSON Schema for its apiVersion, then semantic rules. */
public final class Linter {
  static final Set<String> API_VERSIONS = Set.of("v3.0.0", "v3.0.1", "v3.0.2", "v3.1.0", "v3.2.0");

  public List<Finding> lint(ContractDocument doc, LintMode mode) {
    List<Finding> findings = new ArrayList<>();
    if (!API_VERSIONS.contains(doc.apiVersion())) {
      findings.add(Finding.error("schema.api-version", "apiVersion", doc.lineOf("apiVersion"),
          "unknown apiVersion '" + doc.apiVersion() + "'; supported: " + API_VERSIONS));
    }
    return findings;
  }
}
