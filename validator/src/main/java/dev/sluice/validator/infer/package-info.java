/**
 * Contract inference ({@code sluice infer}): {@link dev.sluice.validator.infer.ContractInference}
 * reads a dataset through the same sources as validation ({@code DataFile.scan}, row groups in
 * parallel, batch by batch) and writes an ODCS v3.1.0 contract the data passes, plus a profile.
 * A dictionary batch is profiled once per entry with its count ({@code ColumnProfile}), which
 * finds what row-by-row profiling finds ({@code ProfileByEntryTest}).
 *
 * <h2>What is claimed</h2>
 *
 * <ul>
 *   <li><b>Types</b>: the file's types ({@link dev.sluice.validator.infer.PhysicalTypes}); CSV and
 *       JSON columns are typed from their text, then re-read with those types and widened where a
 *       value still fails ({@code TextShape.wider}).
 *   <li><b>required</b> where no value was null and every file has the column; <b>unique</b>
 *       where the distinct set stayed exact (within {@code distinctMemoryBytes}; integers that
 *       fill a range densely as bits, {@code DenseLongs}) and every non-null value differs
 *       (never for columns inside lists, booleans, binary).
 *   <li><b>Ranges and lengths</b> rounded outward ({@code Bounds}); none for floats holding NaN
 *       or infinities; dates and timestamps only with {@code dateRanges}.
 *   <li><b>Enums</b>: strings with at most {@code enumThreshold} distinct values and at most
 *       {@code enumRowFraction} of the non-null values become an {@code invalidValues} rule
 *       with {@code validValues} and {@code mustBe: 0}.
 *   <li><b>Formats</b>: {@code uuid}, {@code email}, {@code date}, {@code date-time} on strings
 *       when every non-null value passes the validator's own format test.
 *   <li><b>Lineage tags</b> ({@code lineage.*} metadata keys and sidecars) as the {@code
 *       lineageTags} custom property; a {@code local} server pointing at the data.
 * </ul>
 *
 * <h2>Memory</h2>
 *
 * One pass holds the row groups in flight ({@code threads + 1}) and a profile per column: fixed
 * size (a 4 KiB HyperLogLog, a 64 KiB numeric sample) plus the exact distinct sets, which share
 * {@code distinctMemoryBytes} (numbers, dates and timestamps in primitive tables at 32 bytes a
 * value, strings and decimals in hash maps at about 130 bytes plus the text); a set that does not
 * fit is dropped for an estimate. A row group's sets are charged too while it is merged, so the
 * cap errs towards dropping a set, never towards a wrong claim. Text sources are read two or more
 * times (text first, then typed).
 */
@NullMarked
package dev.sluice.validator.infer;

import org.jspecify.annotations.NullMarked;
