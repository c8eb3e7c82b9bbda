package dev.sluice.contracts.lint;

import dev.sluice.contracts.Finding;
import dev.sluice.contracts.lint.rules.SemanticRules;
import dev.sluice.contracts.lint.schema.SchemaCheck;
import dev.sluice.contracts.load.ContractDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lints a contract document: the official ODCS JSON Schema for its apiVersion (cascades
 * collapsed), then the semantic rules. Where a semantic rule and the schema report the same
 * place, the semantic finding is kept: it knows what the author meant (a misspelt operator, an
 * unknown metric) and says it in those words. Thread-safe.
 */
public final class Linter {
  private static final Comparator<Finding> DOCUMENT_ORDER =
      Comparator.comparingInt(Finding::line).thenComparing(Finding::path).thenComparing(Finding::rule);

  private final SchemaCheck schema = new SchemaCheck();

  public Linter() {}

  public List<Finding> lint(ContractDocument doc, LintMode mode) {
    List<Finding> semantic = SemanticRules.check(doc);
    Set<String> semanticPaths = semantic.stream().map(Finding::path).collect(Collectors.toSet());
    List<Finding> findings = new ArrayList<>();
    schema.check(doc, mode).stream()
        .filter(f -> !semanticPaths.contains(f.path()))
        .forEach(findings::add);
    findings.addAll(semantic);
    findings.sort(DOCUMENT_ORDER);
    return findings;
  }
}
