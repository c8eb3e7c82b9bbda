package dev.sluice.validator.parquet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * The {@code _sluice_violations} column of a rejected side (a required list of required
 * strings: repetition and definition levels of width 1, every row a non-empty list) encoded as
 * PLAIN data pages, one per {@link #endPage()}.
 */
final class ViolationsColumn {
  private final ColumnDescriptor column;
  private final BytesInputCompressor compressor;
  private final PageBytes.Bits repetition = new PageBytes.Bits();
  private final PageBytes.Bits definition = new PageBytes.Bits();
  private final PageBytes values = new PageBytes();
  private final PageBytes body = new PageBytes();
  private final Map<String, byte[]> utf8 = new HashMap<>();
  private final List<EncodedPage> pages = new ArrayList<>();
  private int pageRows;
  private long chunkValues;

  ViolationsColumn(ColumnDescriptor column, BytesInputCompressor compressor) {
    this.column = column;
    this.compressor = compressor;
  }

  void add(List<String> ids) {
    for (int k = 0; k < ids.size(); k++) {
      repetition.add(k > 0);
      definition.add(true);
      values.binary(utf8.computeIfAbsent(ids.get(k), id -> id.getBytes(StandardCharsets.UTF_8)));
    }
    pageRows++;
  }

  void endPage() throws IOException {
    if (pageRows == 0) {
      return;
    }
    body.clear();
    body.levels(repetition);
    body.levels(definition);
    body.bytes(values.array(), 0, values.size());
    int uncompressed = body.size();
    BytesInput compressed = BytesInput.copy(compressor.compress(
        BytesInput.from(body.array(), 0, uncompressed)));
    Statistics<?> stats = Statistics.getBuilderForReading(column.getPrimitiveType())
        .withNumNulls(0).build();
    pages.add(new EncodedPage(compressed, uncompressed, repetition.count, pageRows, stats));
    chunkValues += repetition.count;
    pageRows = 0;
    repetition.clear();
    definition.clear();
    values.clear();
  }

  void appendTo(ParquetFileWriter writer, CompressionCodecName codec) throws IOException {
    endPage();
    writer.startColumn(column, chunkValues, codec);
    for (EncodedPage page : pages) {
      page.writeTo(writer);
    }
    writer.endColumn();
    pages.clear();
  }
}
