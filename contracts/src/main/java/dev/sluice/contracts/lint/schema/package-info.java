/**
 * Schema lint: the bundled official ODCS schemas (v3.0.0 to v3.2.0), compiled once with
 * networknt (draft 2019-09, never fetching anything), and the collapsing of networknt's raw
 * messages ({@code oneOf} branches, {@code unevaluatedProperties} noise) into one located
 * finding per real problem.
 */
@NullMarked
package dev.sluice.contracts.lint.schema;

import org.jspecify.annotations.NullMarked;
