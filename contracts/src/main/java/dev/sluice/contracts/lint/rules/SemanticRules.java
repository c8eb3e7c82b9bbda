package dev.sluice.contracts.lint.rules;

import dev.sluice.contracts.Finding;
import dev.sluice.contracts.load.ContractDocument;
import java.util.List;

/** The registry of semantic rules, run in this order; no classpath scanning. */
public final class SemanticRules {
  private static final List<SemanticRule> ALL = List.of(
      new DuplicateNames(),
      new RangeBounds(),
      new PatternSyntax(),
      new QualityOperators(),
      new QualityMetrics(),
      new References(),
      new LineageTags());

  private SemanticRules() {}

  /** Every semantic finding for {@code doc}. */
  public static List<Finding> check(ContractDocument doc) {
    FindingSink sink = new FindingSink(doc);
    ALL.forEach(rule -> rule.check(doc, sink));
    return sink.findings();
  }
}
