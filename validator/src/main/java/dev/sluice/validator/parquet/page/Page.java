package dev.sluice.validator.parquet.page;

import org.apache.parquet.column.Encoding;

/**
 * One page of a column chunk, decompressed, its sections located. The slices may point into a
 * buffer that the next page reuses: decode a page before asking for the next.
 *
 * @param dictionary whether this is the dictionary page ({@code valueCount} entries, PLAIN)
 * @param valueCount values in the page, nulls included (entries for a dictionary page)
 * @param encoding how the values are encoded
 * @param levelEncoding how the definition levels are encoded: RLE (the hybrid, without length
 *     prefix) or the deprecated BIT_PACKED
 * @param definitionLevels the definition levels (empty when the column has none)
 * @param values the encoded values
 */
public record Page(boolean dictionary, int valueCount, Encoding encoding, Encoding levelEncoding,
    Slice definitionLevels, Slice values) {

  /** Bytes {@code [start, end)} of an array. */
  public record Slice(byte[] bytes, int start, int end) {
    public int length() {
      return end - start;
    }
  }
}
