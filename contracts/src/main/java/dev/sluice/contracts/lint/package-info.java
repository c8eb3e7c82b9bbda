/**
 * Lint: {@link dev.sluice.contracts.lint.Linter} runs the official ODCS JSON Schema chosen by
 * {@code apiVersion} ({@code schema}, cascades collapsed to one finding per real problem), then
 * the semantic rules of CONTRACT-SEMANTICS.md ({@code rules}). Where both report one place, the
 * semantic finding wins. {@link dev.sluice.contracts.lint.LintMode} decides whether unknown keys
 * are errors (strict) or warnings (compat).
 */
@NullMarked
package dev.sluice.contracts.lint;

import org.jspecify.annotations.NullMarked;
