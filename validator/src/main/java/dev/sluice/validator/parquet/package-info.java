/**
 * The Parquet source of the validator: {@link dev.sluice.validator.parquet.ParquetDataFile} reads
 * a Parquet file as a {@link dev.sluice.validator.data.DataFile} with parquet-java's footer and
 * column-level API, without Hadoop ({@link dev.sluice.validator.parquet.PlainCodecFactory},
 * {@link dev.sluice.validator.parquet.ChannelInputFile}). Logical paths, the type mapping, exact
 * statistics and the null/list rules are described on {@code ParquetDataFile}; every failure to
 * read is a one-line {@link dev.sluice.validator.DataProblem}.
 */
@NullMarked
package dev.sluice.validator.parquet;

import org.jspecify.annotations.NullMarked;
