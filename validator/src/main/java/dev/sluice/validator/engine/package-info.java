/**
 * Running a plan over files: opening each in turn, gathering file facts (columns, lineage tags),
 * settling checks from metadata where exact, decoding the rest batch by batch, and merging
 * per-check states into results.
 */
@NullMarked
package dev.sluice.validator.engine;

import org.jspecify.annotations.NullMarked;
