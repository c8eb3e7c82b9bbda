/**
 * The Parquet source of the validator: {@link dev.sluice.validator.parquet.ParquetDataFile} reads
 * a Parquet file as a {@link dev.sluice.validator.data.DataFile} with parquet-java's footer,
 * without Hadoop ({@link dev.sluice.validator.parquet.PlainCodecFactory}, {@link
 * dev.sluice.validator.parquet.ChannelInputFile}). Flat columns of the common types are decoded
 * in bulk, whole pages into the vectors' arrays ({@code FlatColumnReader}, over the page
 * mechanics of {@code dev.sluice.validator.parquet.page}; PLAIN strings and byte arrays join the
 * chunk's dictionary, {@code JoinedDictionary}); lists and rarer types through
 * parquet-java's column reader ({@code ColumnScanner}). Logical paths, the type mapping, exact
 * statistics and the null/list rules are described on {@code ParquetDataFile}; every failure to
 * read is a one-line {@link dev.sluice.validator.DataProblem}.
 */
@NullMarked
package dev.sluice.validator.parquet;

import org.jspecify.annotations.NullMarked;
