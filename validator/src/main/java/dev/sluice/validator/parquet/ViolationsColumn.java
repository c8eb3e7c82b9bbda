package dev.sluice.validator.parquet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * The {@code _sluice_violations} column of a rejected side (a required list of required
 * strings: repetition and definition levels of width 1, every row a non-empty list) encoded as
 * PLAIN data pages, one per {@link #endPage()}.
 */
final class ViolationsColumn {
  private final ColumnDescriptor column;
  private final PageBytes.Bits repetition = new PageBytes.Bits();
  private final PageBytes.Bits definition = new PageBytes.Bits();
  private final PageBytes values = new PageBytes();
  private final Map<String, byte[]> utf8 = new HashMap<>();
  private final EncodedChunk chunk;
  private int pageRows;

  ViolationsColumn(ColumnDescriptor column, CompressionCodecName codec) {
    this.column = column;
    this.chunk = new EncodedChunk(column, codec);
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
    PageBytes body = EncodedChunk.body();
    body.levels(repetition);
    body.levels(definition);
    body.bytes(values.array(), 0, values.size());
    Statistics<?> stats = Statistics.getBuilderForReading(column.getPrimitiveType())
        .withNumNulls(0).build();
    chunk.addPage(body, repetition.count, pageRows, stats);
    pageRows = 0;
    repetition.clear();
    definition.clear();
    values.clear();
  }

  void appendTo(ParquetFileWriter writer) throws IOException {
    endPage();
    chunk.appendTo(writer);
  }
}
