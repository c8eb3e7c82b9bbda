/**
 * Lint: the official ODCS JSON Schema chosen by {@code apiVersion}, with cascades collapsed to
 * one finding per real problem, plus the semantic rules of CONTRACT-SEMANTICS.md.
 */
@NullMarked
package dev.sluice.contracts.lint;

import org.jspecify.annotations.NullMarked;
