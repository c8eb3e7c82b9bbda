package dev.sluice.contracts.lint.rules;

import dev.sluice.contracts.load.ContractDocument;

/**
 * {@code semantic.pattern}: a {@code logicalTypeOptions.pattern} or a quality rule's {@code
 * arguments.pattern} that RE2J cannot compile. (Lineage tag patterns: {@link LineageTags}.)
 */
final class PatternSyntax implements SemanticRule {
  @Override
  public void check(ContractDocument doc, FindingSink out) {
    for (Located property : ContractTree.allProperties(doc.root())) {
      checkPattern(property.child("logicalTypeOptions").child("pattern"), out);
    }
    for (Located rule : ContractTree.qualityRules(doc.root())) {
      checkPattern(rule.child("arguments").child("pattern"), out);
    }
  }

  static void checkPattern(Located pattern, FindingSink out) {
    if (pattern.node().isTextual()) {
      Re2jPatterns.problem(pattern.node().asText())
          .ifPresent(why -> out.error("semantic.pattern", pattern.path(), why));
    }
  }
}
