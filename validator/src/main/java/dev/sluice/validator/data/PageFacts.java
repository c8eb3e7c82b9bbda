package dev.sluice.validator.data;

/**
 * What a file's page index says about one page of a column chunk, only as far as it is exact
 * (the rules of {@link ChunkStats}, applied to the page).
 *
 * @param firstRow the page's first row within its row group
 * @param rowCount rows in the page
 * @param stats the page's null count and range, with {@code valueCount} = {@code rowCount}
 */
public record PageFacts(long firstRow, long rowCount, ChunkStats stats) {

  /** The row after the page's last. */
  public long endRow() {
    return firstRow + rowCount;
  }
}
