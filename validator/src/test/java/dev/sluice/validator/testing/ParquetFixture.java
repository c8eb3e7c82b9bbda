package dev.sluice.validator.testing;

import dev.sluice.validator.parquet.PlainCodecFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Writes small Parquet files for tests, without Hadoop. Rows are maps from field name to value;
 * an absent key or a null value is a null. Values: {@link Number}, {@link Boolean}, {@link
 * String}, {@code byte[]}, {@link BigDecimal} (for DECIMAL), {@link LocalDate} (for DATE), {@link
 * UUID}; a nested group is a {@code Map}; a LIST-annotated group or a repeated field is a {@code
 * List} (null elements allowed in a 3-level list); a MAP-annotated group is a {@code Map}.
 *
 * <pre>{@code
 * Path file = ParquetFixture.schema("message m { required int64 id; optional binary s (STRING); }")
 *     .row(ParquetFixture.row("id", 1L, "s", "a"))
 *     .rowsPerGroup(1000).codec(CompressionCodecName.ZSTD).metadata("k", "v")
 *     .write(dir.resolve("t.parquet"));
 * }</pre>
 */
public final class ParquetFixture {
  private final MessageType schema;
  private final List<Map<String, ?>> rows = new ArrayList<>();
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private CompressionCodecName codec = CompressionCodecName.SNAPPY;
  private int rowsPerGroup = Integer.MAX_VALUE;
  private long rowGroupBytes = 128L * 1024 * 1024;
  private int pageSize = 1024 * 1024;
  private int pageRows = 20_000;
  private boolean dictionary = true;
  private boolean statistics = true;

  private ParquetFixture(MessageType schema) {
    this.schema = schema;
  }

  /** Starts a file with a schema in Parquet's text syntax ({@code message m { ... }}). */
  public static ParquetFixture schema(String messageType) {
    return new ParquetFixture(MessageTypeParser.parseMessageType(messageType));
  }

  /** A row from alternating names and values; a null value is allowed. */
  public static Map<String, Object> row(Object... namesAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      row.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return row;
  }

  public MessageType messageType() {
    return schema;
  }

  public ParquetFixture row(Map<String, ?> row) {
    rows.add(row);
    return this;
  }

  public ParquetFixture rows(List<? extends Map<String, ?>> more) {
    rows.addAll(more);
    return this;
  }

  public ParquetFixture metadata(String key, String value) {
    metadata.put(key, value);
    return this;
  }

  public ParquetFixture codec(CompressionCodecName value) {
    codec = value;
    return this;
  }

  /** At most this many rows per row group. */
  public ParquetFixture rowsPerGroup(int value) {
    rowsPerGroup = value;
    return this;
  }

  /** Target row-group size in bytes. */
  public ParquetFixture rowGroupBytes(long value) {
    rowGroupBytes = value;
    return this;
  }

  public ParquetFixture pageSize(int bytes) {
    pageSize = bytes;
    return this;
  }

  /** At most this many rows per page. */
  public ParquetFixture pageRows(int value) {
    pageRows = value;
    return this;
  }

  public ParquetFixture dictionary(boolean value) {
    dictionary = value;
    return this;
  }

  public ParquetFixture statistics(boolean value) {
    statistics = value;
    return this;
  }

  /** Writes the file (replacing it) and returns its path. */
  public Path write(Path file) {
    try {
      Files.deleteIfExists(file);
      try (ParquetWriter<Group> writer = builder(file).build()) {
        SimpleGroupFactory factory = new SimpleGroupFactory(schema);
        for (Map<String, ?> row : rows) {
          Group group = factory.newGroup();
          fill(group, schema, row);
          writer.write(group);
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ExampleParquetWriter.Builder builder(Path file) {
    return ExampleParquetWriter.builder(new LocalOutputFile(file))
        .withConf(new PlainParquetConfiguration())
        .withCodecFactory(new PlainCodecFactory())
        .withCompressionCodec(codec)
        .withType(schema)
        .withExtraMetaData(metadata)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withRowGroupSize(rowGroupBytes)
        .withRowGroupRowCountLimit(rowsPerGroup)
        .withPageSize(pageSize)
        .withPageRowCountLimit(pageRows)
        .withMinRowCountForPageSizeCheck(1)
        .withDictionaryEncoding(dictionary)
        .withStatisticsEnabled(statistics)
        .withPageWriteChecksumEnabled(true);
  }

  private static void fill(Group group, GroupType type, Map<String, ?> values) {
    for (Map.Entry<String, ?> e : values.entrySet()) {
      if (e.getValue() != null) {
        addField(group, type.getType(e.getKey()), e.getValue());
      }
    }
  }

  private static void addField(Group group, Type field, Object value) {
    if (field.isRepetition(Type.Repetition.REPEATED)) {
      for (Object v : (List<?>) value) {
        addOne(group, field, v);
      }
    } else {
      addOne(group, field, value);
    }
  }

  private static void addOne(Group group, Type field, Object value) {
    if (field.isPrimitive()) {
      addPrimitive(group, field.asPrimitiveType(), value);
      return;
    }
    Group child = group.addGroup(field.getName());
    GroupType type = field.asGroupType();
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    if (logical instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
      addList(child, type.getType(0), (List<?>) value);
    } else if (logical instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation) {
      addMap(child, type.getType(0).asGroupType(), (Map<?, ?>) value);
    } else {
      @SuppressWarnings("unchecked")
      Map<String, ?> map = (Map<String, ?>) value;
      fill(child, type, map);
    }
  }

  private static void addList(Group list, Type repeated, List<?> elements) {
    boolean threeLevel = !repeated.isPrimitive() && repeated.asGroupType().getFieldCount() == 1
        && !"array".equals(repeated.getName()) && !repeated.getName().endsWith("_tuple");
    for (Object element : elements) {
      if (!threeLevel) {
        addOne(list, repeated, element);
        continue;
      }
      Group wrapper = list.addGroup(repeated.getName());
      if (element != null) {
        addOne(wrapper, repeated.asGroupType().getType(0), element);
      }
    }
  }

  private static void addMap(Group map, GroupType keyValue, Map<?, ?> entries) {
    for (Map.Entry<?, ?> e : entries.entrySet()) {
      Group kv = map.addGroup(keyValue.getName());
      addOne(kv, keyValue.getType(0), e.getKey());
      if (e.getValue() != null) {
        addOne(kv, keyValue.getType(1), e.getValue());
      }
    }
  }

  private static void addPrimitive(Group group, PrimitiveType type, Object value) {
    String name = type.getName();
    switch (type.getPrimitiveTypeName()) {
      case BOOLEAN: group.add(name, (Boolean) value); break;
      case INT32: group.add(name, (int) asLong(value)); break;
      case INT64: group.add(name, asLong(value)); break;
      case FLOAT: group.add(name, ((Number) value).floatValue()); break;
      case DOUBLE: group.add(name, ((Number) value).doubleValue()); break;
      default: group.add(name, asBinary(type, value));
    }
  }

  private static long asLong(Object value) {
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).unscaledValue().longValueExact();
    }
    if (value instanceof LocalDate) {
      return ((LocalDate) value).toEpochDay();
    }
    return ((Number) value).longValue();
  }

  private static Binary asBinary(PrimitiveType type, Object value) {
    if (value instanceof String) {
      return Binary.fromString((String) value);
    }
    if (value instanceof Binary) {
      return (Binary) value;
    }
    if (value instanceof UUID) {
      UUID u = (UUID) value;
      ByteBuffer b = ByteBuffer.allocate(16);
      b.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
      return Binary.fromConstantByteArray(b.array());
    }
    if (value instanceof BigDecimal) {
      return decimalBytes(type, (BigDecimal) value);
    }
    return Binary.fromConstantByteArray((byte[]) value);
  }

  private static Binary decimalBytes(PrimitiveType type, BigDecimal value) {
    byte[] unscaled = value.unscaledValue().toByteArray();
    if (type.getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY) {
      return Binary.fromConstantByteArray(unscaled);
    }
    byte[] fixed = new byte[type.getTypeLength()];
    byte pad = value.signum() < 0 ? (byte) -1 : 0;
    int start = fixed.length - unscaled.length;
    for (int i = 0; i < fixed.length; i++) {
      fixed[i] = i < start ? pad : unscaled[i - start];
    }
    return Binary.fromConstantByteArray(fixed);
  }
}
