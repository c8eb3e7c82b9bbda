package dev.sluice.contracts.lint.rules;

import dev.sluice.contracts.load.ContractDocument;

/**
 * One lint rule beyond the JSON Schema. Rules read the tree (not the model) so that every
 * finding has a path and a line, and they run even where the schema already failed.
 */
public interface SemanticRule {
  void check(ContractDocument doc, FindingSink out);
}
