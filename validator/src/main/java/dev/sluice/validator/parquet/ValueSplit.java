package dev.sluice.validator.parquet;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.quarantine.RejectedRows;
import java.io.IOException;
import java.util.List;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;

/**
 * The general path of a {@link ParquetSplitter}, for any schema (nested columns included): each
 * row's values copied by parquet-java's value readers into its side's column writers, the
 * rejected side's {@code _sluice_violations} written beside them.
 */
final class ValueSplit {
  private final ParquetDataFile file;
  private final MessageType schema;
  private final MessageType rejectedSchema;
  private final CompressionCodecName codec;
  private final ParquetProperties properties = ParquetProperties.builder()
      .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
      .build();

  ValueSplit(ParquetDataFile file, MessageType schema, MessageType rejectedSchema,
      CompressionCodecName codec) {
    this.file = file;
    this.schema = schema;
    this.rejectedSchema = rejectedSchema;
    this.codec = codec;
  }

  /** Both sides of one row group. */
  EncodedSide.Both encode(int rowGroup, RejectedRows rejects) throws DataProblem {
    ValueSide accepted = new ValueSide(schema);
    ValueSide rejected = new ValueSide(rejectedSchema);
    try (RowGroupValues values = RowGroupValues.open(file, rowGroup)) {
      ColumnWriter[] acceptedWriters = values.writers(accepted.store);
      ColumnWriter[] rejectedWriters = values.writers(rejected.store);
      ColumnWriter violations = rejected.store.getColumnWriter(
          rejectedSchema.getColumns().get(schema.getColumns().size()));
      RejectedRows.Cursor cursor = rejects.cursor();
      for (int row = 0; row < rejects.rowCount(); row++) {
        List<String> failed = cursor.next();
        ValueSide side = failed == null ? accepted : rejected;
        values.copyRow(failed == null ? acceptedWriters : rejectedWriters);
        if (failed != null) {
          writeViolations(violations, failed);
        }
        side.store.endRecord();
        side.rows++;
      }
      values.finish();
    }
    accepted.store.flush();
    rejected.store.flush();
    return new EncodedSide.Both(accepted, rejected);
  }

  private static void writeViolations(ColumnWriter writer, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      writer.write(Binary.fromString(ids.get(i)), i == 0 ? 0 : 1, 1);
    }
  }

  /** One side through parquet-java's column writers, buffered in memory until appended. */
  private final class ValueSide implements EncodedSide {
    final ColumnChunkPageWriteStore pages;
    final ColumnWriteStore store;
    long rows;

    ValueSide(MessageType type) {
      this.pages = new ColumnChunkPageWriteStore(new PlainCodecFactory().getCompressor(codec),
          type, HeapByteBufferAllocator.getInstance(), 64, false);
      this.store = properties.newColumnWriteStore(type, pages);
    }

    @Override
    public long append(ParquetFileWriter writer) throws IOException {
      if (rows > 0) {
        writer.startBlock(rows);
        pages.flushToFileWriter(writer);
        writer.endBlock();
      }
      store.close();
      pages.close();
      return rows;
    }
  }
}
