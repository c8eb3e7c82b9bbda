package dev.sluice.validator.parquet;

import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.parquet.page.ChunkPages;
import dev.sluice.validator.parquet.page.Page;
import dev.sluice.validator.parquet.page.PageCodec;
import dev.sluice.validator.parquet.page.PageHeaders;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Optional;
import org.apache.parquet.column.EncodingStats;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.DataPageHeaderV2;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.jspecify.annotations.Nullable;

/**
 * {@link ParquetDataFile#dictionaryOnly}: the dictionary of a flat column's chunk when every data
 * page of the chunk is proven dictionary-encoded. The proof comes from the chunk's encoding
 * statistics when the writer wrote them, else from the page headers themselves, read one by one
 * without touching a data page's body (DuckDB writes no statistics). Then the dictionary page is
 * decoded exactly as a scan decodes it ({@link FlatKind#entries}). Caches nothing.
 */
final class DictionaryReader {
  private DictionaryReader() {}

  static Optional<ColumnDictionary> read(ParquetDataFile file, RowGroupInfo group,
      ParquetLeaf leaf) throws IOException {
    FlatKind kind = FlatKind.of(leaf);
    if (kind == null || group.rowCount() == 0) {
      return Optional.empty();
    }
    ColumnChunkMetaData chunk = file.chunk(group.index(), leaf);
    if (chunk == null) {
      throw new IOException("the row group has no chunk of this column");
    }
    if (!PageCodec.supports(chunk.getCodec())) {
      throw PageCodec.unsupported(chunk.getCodec());
    }
    EncodingStats stats = chunk.getEncodingStats();
    if (!RowGroupScan.coveredInBulk(file, leaf, chunk) || chunk.getValueCount() == 0
        || (stats != null && !dictionaryOnly(stats))) {
      return Optional.empty();
    }
    long start = chunk.getStartingPos();
    long end = start + chunk.getTotalSize();
    try (FileChannel channel = file.input().channel()) {
      PageHeaders.At first = PageHeaders.read(channel, start, end);
      PageHeader header = first.header();
      if (header.getType() != PageType.DICTIONARY_PAGE) {
        return Optional.empty();
      }
      PageHeaders.check(header, end - start - first.length());
      long afterDictionary = start + first.length() + header.getCompressed_page_size();
      if (stats == null && !allDictionaryEncoded(channel, afterDictionary, end, chunk)) {
        return Optional.empty();
      }
      byte[] bytes = new byte[(int) (afterDictionary - start)];
      PageHeaders.readFully(channel, start, bytes);
      return Optional.of(decode(bytes, chunk, leaf, kind));
    }
  }

  /** As parquet-java's dictionary filter reads the statistics. */
  private static boolean dictionaryOnly(EncodingStats stats) {
    return stats.hasDictionaryPages() && !stats.hasNonDictionaryEncodedPages();
  }

  /** Walks the page headers after the dictionary page: every data page must use it. */
  private static boolean allDictionaryEncoded(FileChannel channel, long from, long end,
      ColumnChunkMetaData chunk) throws IOException {
    long values = 0;
    long pos = from;
    while (values < chunk.getValueCount()) {
      if (pos >= end) {
        throw new IOException("column chunk ends after " + values + " of its "
            + chunk.getValueCount() + " values (truncated or corrupt)");
      }
      PageHeaders.At at = PageHeaders.read(channel, pos, end);
      PageHeader header = at.header();
      PageHeaders.check(header, end - pos - at.length());
      if (header.getType() == PageType.DICTIONARY_PAGE) {
        return false; // a second dictionary: not the one this chunk's values all come from
      }
      Encoding encoding = dataEncoding(header);
      if (encoding != null && encoding != Encoding.PLAIN_DICTIONARY
          && encoding != Encoding.RLE_DICTIONARY) {
        return false;
      }
      values += valueCount(header);
      pos += at.length() + header.getCompressed_page_size();
    }
    return true;
  }

  /** The value encoding of a data page; null for any other page. */
  private static @Nullable Encoding dataEncoding(PageHeader header) {
    if (header.getType() == PageType.DATA_PAGE) {
      return header.getData_page_header().getEncoding();
    }
    if (header.getType() == PageType.DATA_PAGE_V2) {
      return header.getData_page_header_v2().getEncoding();
    }
    return null;
  }

  private static long valueCount(PageHeader header) {
    DataPageHeader v1 = header.getData_page_header();
    DataPageHeaderV2 v2 = header.getData_page_header_v2();
    return header.getType() == PageType.DATA_PAGE ? v1.getNum_values()
        : header.getType() == PageType.DATA_PAGE_V2 ? v2.getNum_values() : 0;
  }

  /** The dictionary page (header and body in {@code bytes}), checked, inflated and decoded. */
  private static ColumnDictionary decode(byte[] bytes, ColumnChunkMetaData chunk,
      ParquetLeaf leaf, FlatKind kind) throws IOException {
    ChunkPages pages = new ChunkPages(bytes, 0, bytes.length, new ChunkPages.Layout(
        chunk.getCodec(), 0, leaf.maxDefinitionLevel(), Long.MAX_VALUE));
    Page page = pages.next();
    if (page == null || !page.dictionary()) {
      throw new IOException("dictionary page expected at the start of the column chunk");
    }
    Object entries = kind.entries(page, leaf.info().type().scale());
    return kind.dictionary(leaf.info(), entries);
  }
}
