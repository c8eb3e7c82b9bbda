package dev.sluice.contracts.lint.schema;

/**
 * One real schema problem after collapsing, before it is located by line.
 *
 * @param rule a stable id: {@code schema.unknown-key}, {@code schema.required}, {@code
 *     schema.type}, {@code schema.enum} or {@code schema.invalid}
 * @param pointer a JSON pointer to the offending node (for an unknown key: to that key)
 */
record SchemaProblem(String rule, String pointer, String message) {}
