/**
 * Parquet pages over byte arrays, for the bulk decoding of flat columns: {@link
 * dev.sluice.validator.parquet.page.ChunkPages} walks the pages of one column chunk held in
 * memory (header, checksum, decompression with {@link
 * dev.sluice.validator.parquet.page.PageCodec}, level and value sections), {@link
 * dev.sluice.validator.parquet.page.HybridRle} decodes levels and dictionary ids, {@link
 * dev.sluice.validator.parquet.page.PlainReader} decodes PLAIN values into primitive arrays, and
 * {@link dev.sluice.validator.parquet.page.ByteArrayIndex} gives the byte arrays of a chunk dense
 * ids (so that PLAIN strings can join the chunk's dictionary).
 *
 * <p>Nothing here knows the engine's vectors or trusts a declared size: every allocation and
 * every read is bounded by the bytes actually present, and every malformed input is an {@link
 * java.io.IOException} with a one-line message (the caller adds the file, row group and column).
 */
@NullMarked
package dev.sluice.validator.parquet.page;

import org.jspecify.annotations.NullMarked;
