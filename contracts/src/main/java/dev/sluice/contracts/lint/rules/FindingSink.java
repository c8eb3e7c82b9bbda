package dev.sluice.contracts.lint.rules;

import dev.sluice.contracts.Finding;
import dev.sluice.contracts.load.ContractDocument;
import java.util.ArrayList;
import java.util.List;

/** Collects findings of the semantic rules, locating each by its path. */
public final class FindingSink {
  private final ContractDocument doc;
  private final List<Finding> findings = new ArrayList<>();

  public FindingSink(ContractDocument doc) {
    this.doc = doc;
  }

  void error(String rule, String path, String message) {
    findings.add(Finding.error(rule, path, doc.lineOf(path), message));
  }

  void warning(String rule, String path, String message) {
    findings.add(Finding.warning(rule, path, doc.lineOf(path), message));
  }

  public List<Finding> findings() {
    return List.copyOf(findings);
  }
}
