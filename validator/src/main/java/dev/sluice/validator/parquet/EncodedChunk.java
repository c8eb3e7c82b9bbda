package dev.sluice.validator.parquet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.jspecify.annotations.Nullable;

/**
 * One column chunk being written for a quarantine split: its data pages (v1, RLE levels, PLAIN
 * or RLE_DICTIONARY values) and dictionary page, compressed as each is finished and held in
 * memory until the row group is appended.
 */
final class EncodedChunk {
  /** Scratch for assembling a page before compression, one per thread. */
  private static final ThreadLocal<PageBytes> BODY = ThreadLocal.withInitial(PageBytes::new);

  private final ColumnDescriptor column;
  private final CompressionCodecName codec;
  private final List<Page> pages = new ArrayList<>();
  private @Nullable DictionaryPage dictionary;
  private long values;

  private record Page(BytesInput bytes, int uncompressed, int values, long rows,
      Statistics<?> stats, Encoding encoding) {}

  EncodedChunk(ColumnDescriptor column, CompressionCodecName codec) {
    this.column = column;
    this.codec = codec;
  }

  ColumnDescriptor column() {
    return column;
  }

  /** A scratch buffer, cleared, to assemble the next page's body in (this thread's). */
  static PageBytes body() {
    PageBytes body = BODY.get();
    body.clear();
    return body;
  }

  /** Compresses {@code body} (levels then values in {@code encoding}) as the next page. */
  void addPage(PageBytes body, int pageValues, long pageRows, Statistics<?> stats,
      Encoding encoding) throws IOException {
    pages.add(new Page(compress(body), body.size(), pageValues, pageRows, stats, encoding));
    values += pageValues;
  }

  /** The chunk's dictionary page: {@code entries} PLAIN-encoded values. */
  void dictionary(PageBytes plain, int entries) throws IOException {
    dictionary = new DictionaryPage(compress(plain), plain.size(), entries, Encoding.PLAIN);
  }

  private BytesInput compress(PageBytes body) throws IOException {
    return BytesInput.from(PlainCodecFactory.compress(codec, body.array(), 0, body.size()));
  }

  /**
   * Writes the chunk (the caller started the row group). A chunk with a page of values whose
   * statistics have no min and max (strings, booleans, decimals, floating point with a NaN) gets
   * no column index: parquet-java would list that page as a null page, and readers that filter
   * by the index would skip its rows. The offset index and the chunk's statistics stay.
   */
  void appendTo(ParquetFileWriter writer) throws IOException {
    writer.startColumn(column, values, codec);
    if (dictionary != null) {
      writer.writeDictionaryPage(dictionary);
    }
    Statistics<?> total = Statistics.createStats(column.getPrimitiveType());
    boolean unbounded = false;
    for (Page p : pages) {
      writer.writeDataPage(p.values(), p.uncompressed(), p.bytes(), p.stats(), p.rows(),
          Encoding.RLE, Encoding.RLE, p.encoding());
      total.mergeStatistics(p.stats());
      unbounded |= p.values() > p.stats().getNumNulls() && !p.stats().hasNonNullValue();
    }
    if (unbounded) {
      writer.invalidateStatistics(total);
    }
    writer.endColumn();
    pages.clear();
  }
}
