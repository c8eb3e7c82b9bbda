/**
 * Semantic lint rules: what the JSON Schema cannot say (duplicate names, empty ranges, RE2J
 * patterns, quality operators and metrics, references to elements, lineage tags). One class per
 * rule family, registered explicitly in {@link dev.sluice.contracts.lint.rules.SemanticRules}.
 */
@NullMarked
package dev.sluice.contracts.lint.rules;

import org.jspecify.annotations.NullMarked;
