package dev.sluice.validator.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Flat files written by parquet-java with the knobs the bulk path cares about: page format (v1
 * or v2, whose fallback encodings are the delta ones), dictionary on or off and its size limit
 * (a small limit makes the writer fall back to another encoding mid-chunk), page and row-group
 * sizes, codec. Rows map field names to values (absent or null: a null); values are numbers,
 * booleans, strings, {@code byte[]} or {@code BigDecimal}.
 */
final class GeneratedParquet {
  private final MessageType schema;
  private final List<Map<String, ?>> rows = new ArrayList<>();
  private CompressionCodecName codec = CompressionCodecName.SNAPPY;
  private WriterVersion version = WriterVersion.PARQUET_1_0;
  private boolean dictionary = true;
  private int dictionaryBytes = 8 << 20;
  private int pageRows = 20_000;
  private int rowsPerGroup = Integer.MAX_VALUE;
  private boolean checksums = true;

  private GeneratedParquet(MessageType schema) {
    this.schema = schema;
  }

  static GeneratedParquet schema(String messageType) {
    return new GeneratedParquet(MessageTypeParser.parseMessageType(messageType));
  }

  GeneratedParquet row(Map<String, ?> row) {
    rows.add(row);
    return this;
  }

  GeneratedParquet codec(CompressionCodecName value) {
    codec = value;
    return this;
  }

  GeneratedParquet v2(boolean value) {
    version = value ? WriterVersion.PARQUET_2_0 : WriterVersion.PARQUET_1_0;
    return this;
  }

  GeneratedParquet dictionary(boolean value) {
    dictionary = value;
    return this;
  }

  /** Dictionary size (bytes) beyond which the writer falls back to another encoding. */
  GeneratedParquet dictionaryBytes(int value) {
    dictionaryBytes = value;
    return this;
  }

  GeneratedParquet pageRows(int value) {
    pageRows = value;
    return this;
  }

  GeneratedParquet rowsPerGroup(int value) {
    rowsPerGroup = value;
    return this;
  }

  /** Page checksums (on by default); off lets corrupt bytes reach the decoders. */
  GeneratedParquet checksums(boolean value) {
    checksums = value;
    return this;
  }

  Path write(Path file) {
    try {
      Files.deleteIfExists(file);
      try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
          .withConf(new PlainParquetConfiguration())
          .withCodecFactory(new PlainCodecFactory())
          .withCompressionCodec(codec)
          .withType(schema)
          .withWriterVersion(version)
          .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
          .withRowGroupRowCountLimit(rowsPerGroup)
          .withPageRowCountLimit(pageRows)
          .withMinRowCountForPageSizeCheck(1)
          .withDictionaryEncoding(dictionary)
          .withDictionaryPageSize(dictionaryBytes)
          .withPageWriteChecksumEnabled(checksums)
          .build()) {
        SimpleGroupFactory factory = new SimpleGroupFactory(schema);
        for (Map<String, ?> row : rows) {
          Group group = factory.newGroup();
          row.forEach((name, value) -> {
            if (value != null) {
              add(group, schema.getType(name).asPrimitiveType(), value);
            }
          });
          writer.write(group);
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(Group group, PrimitiveType type, Object value) {
    String name = type.getName();
    switch (type.getPrimitiveTypeName()) {
      case BOOLEAN: group.add(name, (Boolean) value); break;
      case INT32: group.add(name, (int) unscaled(value)); break;
      case INT64: group.add(name, unscaled(value)); break;
      case FLOAT: group.add(name, ((Number) value).floatValue()); break;
      case DOUBLE: group.add(name, ((Number) value).doubleValue()); break;
      default: group.add(name, value instanceof String ? Binary.fromString((String) value)
          : Binary.fromConstantByteArray((byte[]) value));
    }
  }

  private static long unscaled(Object value) {
    return value instanceof BigDecimal ? ((BigDecimal) value).unscaledValue().longValueExact()
        : ((Number) value).longValue();
  }
}
