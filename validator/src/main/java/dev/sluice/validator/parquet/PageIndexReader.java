package dev.sluice.validator.parquet;

import dev.sluice.validator.data.ChunkStats;
import dev.sluice.validator.data.PageFacts;
import dev.sluice.validator.parquet.page.PageHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.parquet.format.ColumnIndex;
import org.apache.parquet.format.OffsetIndex;
import org.apache.parquet.format.PageLocation;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.internal.hadoop.metadata.IndexReference;
import org.jspecify.annotations.Nullable;

/**
 * Reads the page index of one column chunk (its column index and offset index, written after the
 * row groups) into {@link PageFacts}: each page's rows from the offset index, its null count and
 * exact range from the column index, by the rules of {@link StatsReader}. An index that does not
 * describe the chunk's rows consistently (page counts that differ, first rows out of order or
 * past the row group) is not used: the chunk is then read whole, as without an index; so is one
 * that cannot be parsed ({@link ParquetDataFile#pageIndex}) or whose page boundaries the page
 * headers contradict ({@code RowGroupScan#runPages}). A page's null count that contradicts its
 * null-page flag is taken as unknown.
 */
final class PageIndexReader {
  /** Larger indexes than this are not read (a chunk has a few thousand pages at most). */
  private static final int MAX_INDEX_BYTES = 16 << 20;

  private PageIndexReader() {}

  /**
   * The chunk's pages, or empty when it has no usable index. The index's place comes from the
   * footer as parquet-java read it ({@link ColumnChunkMetaData#getColumnIndexReference}).
   */
  static Optional<List<PageFacts>> read(FileChannel channel, ColumnChunkMetaData chunk,
      ParquetLeaf leaf, long rowCount) throws IOException {
    byte[] columnBytes = bytes(channel, chunk.getColumnIndexReference());
    byte[] offsetBytes = bytes(channel, chunk.getOffsetIndexReference());
    if (columnBytes == null || offsetBytes == null) {
      return Optional.empty();
    }
    ColumnIndex columns = Util.readColumnIndex(new ByteArrayInputStream(columnBytes));
    OffsetIndex offsets = Util.readOffsetIndex(new ByteArrayInputStream(offsetBytes));
    return pages(columns, offsets, leaf, rowCount);
  }

  private static byte @Nullable [] bytes(FileChannel channel, @Nullable IndexReference at)
      throws IOException {
    if (at == null) {
      return null;
    }
    long offset = at.getOffset();
    int length = at.getLength();
    if (offset < 0 || length <= 0 || length > MAX_INDEX_BYTES || offset + length > channel.size()) {
      return null;
    }
    byte[] bytes = new byte[length];
    PageHeaders.readFully(channel, offset, bytes);
    return bytes;
  }

  static Optional<List<PageFacts>> pages(ColumnIndex columns, OffsetIndex offsets,
      ParquetLeaf leaf, long rowCount) {
    List<PageLocation> locations = offsets.getPage_locations();
    int n = locations == null ? 0 : locations.size();
    if (n == 0 || columns.getNull_pages() == null || columns.getNull_pages().size() != n
        || columns.getMin_values() == null || columns.getMin_values().size() != n
        || columns.getMax_values() == null || columns.getMax_values().size() != n
        || (columns.isSetNull_counts() && columns.getNull_counts().size() != n)) {
      return Optional.empty();
    }
    List<PageFacts> pages = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long first = locations.get(i).getFirst_row_index();
      long end = i + 1 < n ? locations.get(i + 1).getFirst_row_index() : rowCount;
      if ((i == 0 ? first != 0 : first < 0) || end <= first || end > rowCount) {
        return Optional.empty();
      }
      pages.add(new PageFacts(first, end - first, stats(columns, i, end - first, leaf)));
    }
    return Optional.of(List.copyOf(pages));
  }

  private static ChunkStats stats(ColumnIndex columns, int page, long rows, ParquetLeaf leaf) {
    boolean allNull = columns.getNull_pages().get(page);
    long nulls = -1;
    if (columns.isSetNull_counts()) {
      long n = columns.getNull_counts().get(page);
      nulls = n >= 0 && n <= rows && allNull == (n == rows) ? n : -1; // a contradiction: unknown
    } else if (allNull) {
      nulls = rows; // a null page of a flat column: every row is null
    }
    if (allNull) {
      return new ChunkStats(nulls, null, null, rows);
    }
    return StatsReader.of(nulls, array(columns.getMin_values().get(page)),
        array(columns.getMax_values().get(page)), rows, leaf);
  }

  private static byte[] array(ByteBuffer buffer) {
    ByteBuffer b = buffer.duplicate();
    byte[] bytes = new byte[b.remaining()];
    b.get(bytes);
    return bytes;
  }
}
