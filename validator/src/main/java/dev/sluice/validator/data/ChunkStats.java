package dev.sluice.validator.data;

import org.jspecify.annotations.Nullable;

/**
 * Statistics of one column in one row group, only as far as they are exact (see
 * CONTRACT-SEMANTICS.md, "Metadata shortcuts").
 *
 * @param nullCount the exact null count, or -1 when the file does not say
 * @param min the smallest non-null value in the column's {@link ValueType} storage domain
 *     ({@link Long} for LONG storage, {@link java.math.BigDecimal} for decimals), or null when not
 *     known exactly (never for floats, strings, INT96 or unsigned ints)
 * @param max likewise the largest
 * @param valueCount number of values (nulls included) in the chunk
 */
public record ChunkStats(
    long nullCount, @Nullable Object min, @Nullable Object max, long valueCount) {

  public static final ChunkStats UNKNOWN = new ChunkStats(-1, null, null, -1);

  public boolean hasNullCount() {
    return nullCount >= 0;
  }

  public boolean hasRange() {
    return min != null && max != null;
  }
}
