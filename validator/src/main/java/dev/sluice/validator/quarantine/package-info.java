/**
 * The quarantine split: the rows of a validated dataset set aside by the checks that judge rows
 * (error severity, no failing row tolerated; see CONTRACT-SEMANTICS.md, "Which rows a quarantine
 * rejects"), in the same run as the validation.
 *
 * <p>How it runs: while the engine validates, each row group's checks mark the rows they fail
 * ({@link dev.sluice.validator.check.RowRejects}; uniqueness marks later occurrences when its
 * keys are merged in row order), and the marks are compacted to {@link RejectedRows} (eight
 * bytes per rejected row). Once the report is known and every check could be evaluated, {@link
 * Quarantine} re-reads each input and writes every row to exactly one side, in input order, in
 * the input's format, with the failed check ids in the added column {@value
 * SplitTarget#VIOLATIONS}. The format adapters do the writing (Parquet: {@code
 * ParquetSplitter}, which copies a file without rejected rows whole with its own footer, a row
 * group without rejected rows as it is, and re-encodes the others in parallel).
 */
@NullMarked
package dev.sluice.validator.quarantine;

import org.jspecify.annotations.NullMarked;
