package dev.sluice.validator.parquet;

import java.io.IOException;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileWriter;

/** A compressed PLAIN data page (v1, RLE levels) held until its row group is written. */
record EncodedPage(BytesInput bytes, int uncompressed, int values, long rows,
    Statistics<?> stats) {

  void writeTo(ParquetFileWriter writer) throws IOException {
    writer.writeDataPage(values, uncompressed, bytes, stats, rows, Encoding.RLE, Encoding.RLE,
        Encoding.PLAIN);
  }
}
