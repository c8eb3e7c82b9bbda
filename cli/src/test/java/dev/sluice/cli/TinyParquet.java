package dev.sluice.cli;

import dev.sluice.validator.parquet.PlainCodecFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes tiny uncompressed Parquet files for CLI tests: {@code id int64, email string, amount
 * double} (all optional), one {@code Object[]} per row, null for a null.
 */
final class TinyParquet {
  static final MessageType ORDERS = MessageTypeParser.parseMessageType(
      "message orders { optional int64 id; optional binary email (STRING); optional double amount; }");

  private TinyParquet() {}

  static Object[] row(Long id, String email, Double amount) {
    return new Object[] {id, email, amount};
  }

  static Path write(Path file, List<Object[]> rows) {
    try (ParquetWriter<Group> writer = builder(file).build()) {
      SimpleGroupFactory groups = new SimpleGroupFactory(ORDERS);
      for (Object[] row : rows) {
        writer.write(group(groups, row));
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Group group(SimpleGroupFactory groups, Object[] row) {
    Group group = groups.newGroup();
    if (row[0] != null) {
      group.add("id", (Long) row[0]);
    }
    if (row[1] != null) {
      group.add("email", (String) row[1]);
    }
    if (row[2] != null) {
      group.add("amount", (Double) row[2]);
    }
    return group;
  }

  private static ExampleParquetWriter.Builder builder(Path file) {
    return ExampleParquetWriter.builder(new LocalOutputFile(file))
        .withConf(new PlainParquetConfiguration())
        .withCodecFactory(new PlainCodecFactory())
        .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
        .withType(ORDERS)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE);
  }
}
