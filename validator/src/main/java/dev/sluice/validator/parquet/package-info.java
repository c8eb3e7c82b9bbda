/**
 * The Parquet source of the validator: {@link dev.sluice.validator.parquet.ParquetDataFile} reads
 * a Parquet file as a {@link dev.sluice.validator.data.DataFile} with parquet-java's footer,
 * without Hadoop ({@link dev.sluice.validator.parquet.PlainCodecFactory}, {@link
 * dev.sluice.validator.parquet.ChannelInputFile}). Flat columns of the common types are decoded
 * in bulk, whole pages into the vectors' arrays ({@code FlatColumnReader}, over the page
 * mechanics of {@code dev.sluice.validator.parquet.page}; PLAIN strings and byte arrays join the
 * chunk's dictionary, {@code JoinedDictionary}); lists and rarer types through
 * parquet-java's column reader ({@code ColumnScanner}). Logical paths, the type mapping, exact
 * statistics and the null/list rules are described on {@code ParquetDataFile} (page indexes:
 * {@code PageIndexReader}); every failure to read is a one-line {@link
 * dev.sluice.validator.DataProblem}.
 *
 * <p><b>Quarantine.</b> {@link dev.sluice.validator.parquet.ParquetSplitter} writes a validated
 * file's rows to an accepted and a rejected file: a row group without rejected rows is copied
 * as it is (compressed pages, no decoding); others are re-encoded in parallel, row groups in
 * order. Flat files go through the bulk decoder (strings kept as bytes) into PLAIN pages with
 * bit-packed levels, values of dictionary batches as ids under the input chunk's dictionary
 * ({@code SplitColumn}, {@code DictionaryIds}); nested files and rare types through
 * parquet-java's column readers and writers ({@code RowGroupValues}). The rejected file has one more column,
 * {@code _sluice_violations}, a required list of strings.
 */
@NullMarked
package dev.sluice.validator.parquet;

import org.jspecify.annotations.NullMarked;
