package dev.sluice.validator.parquet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * The {@code _sluice_violations} column of a rejected side (a required list of required
 * strings: repetition and definition levels of width 1, every row a non-empty list) encoded as
 * RLE_DICTIONARY data pages, one per {@link #endPage()}, under a dictionary of the check ids
 * met (a handful, where each row repeats one or two of them).
 */
final class ViolationsColumn {
  private final ColumnDescriptor column;
  private final PageBytes.Bits repetition = new PageBytes.Bits();
  private final PageBytes.Bits definition = new PageBytes.Bits();
  private final Map<String, Integer> idOf = new HashMap<>();
  private final PageBytes dictionary = new PageBytes();
  private int[] ids = new int[1024];
  private int count;
  private final EncodedChunk chunk;
  private int pageRows;

  ViolationsColumn(ColumnDescriptor column, CompressionCodecName codec) {
    this.column = column;
    this.chunk = new EncodedChunk(column, codec);
  }

  void add(List<String> failed) {
    if (count + failed.size() > ids.length) {
      ids = java.util.Arrays.copyOf(ids, Math.max(count + failed.size(), 2 * ids.length));
    }
    for (int k = 0; k < failed.size(); k++) {
      repetition.add(k > 0);
      definition.add(true);
      ids[count++] = idOf.computeIfAbsent(failed.get(k), this::newEntry);
    }
    pageRows++;
  }

  private int newEntry(String checkId) {
    dictionary.binary(checkId.getBytes(StandardCharsets.UTF_8));
    return idOf.size();
  }

  void endPage() throws IOException {
    if (pageRows == 0) {
      return;
    }
    PageBytes body = EncodedChunk.body();
    body.levels(repetition);
    body.levels(definition);
    DictionaryIds.write(body, ids, count, idOf.size());
    Statistics<?> stats = Statistics.getBuilderForReading(column.getPrimitiveType())
        .withNumNulls(0).build();
    chunk.addPage(body, repetition.count, pageRows, stats, Encoding.RLE_DICTIONARY);
    pageRows = 0;
    count = 0;
    repetition.clear();
    definition.clear();
  }

  void appendTo(ParquetFileWriter writer) throws IOException {
    endPage();
    if (!idOf.isEmpty()) {
      chunk.dictionary(dictionary, idOf.size());
    }
    chunk.appendTo(writer);
  }
}
