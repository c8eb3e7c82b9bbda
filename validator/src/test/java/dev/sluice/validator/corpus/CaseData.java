package dev.sluice.validator.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sluice.validator.testing.ParquetFixture;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * One data file of a case, as written in {@code data*.yaml}: a Parquet schema, rows whose dates
 * and timestamps are ISO text, key-value metadata, an optional lineage sidecar and Parquet
 * writer options. The rows are converted once, against the schema, into the values {@link
 * ParquetFixture} takes (dates as {@link LocalDate}, decimals as {@link BigDecimal} at their
 * scale, timestamps as longs in their unit, float text as numbers); every format writes these
 * same rows.
 *
 * @param schema the Parquet schema, which every format maps to its own types
 * @param rows the converted rows; an absent key or a null value is a null
 * @param metadata key-value metadata the file itself carries (Parquet footer, Arrow schema)
 * @param sidecar tags of the {@code <file>.lineage.json} sidecar written next to the file
 * @param rowsPerGroup rows per Parquet row group (and per Arrow record batch)
 * @param spec the file's YAML as read, for the Parquet-only writer options
 */
record CaseData(
    MessageType schema,
    List<Map<String, Object>> rows,
    Map<String, String> metadata,
    Map<String, String> sidecar,
    int rowsPerGroup,
    Map<String, Object> spec) {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The case's data files, {@code data*.yaml}, in name order (the dataset's file order). */
  static List<Path> filesOf(Path caseDir) throws IOException {
    try (Stream<Path> entries = Files.list(caseDir)) {
      return entries.filter(p -> p.getFileName().toString().matches("data.*\\.yaml"))
          .sorted().toList();
    }
  }

  /** The file's name without {@code .yaml}, the base name of the file written in each format. */
  static String baseName(Path yaml) {
    return yaml.getFileName().toString().replaceFirst("\\.yaml$", "");
  }

  @SuppressWarnings("unchecked")
  static CaseData read(Path yaml) throws IOException {
    Map<String, Object> spec = YAML.readValue(yaml.toFile(), Map.class);
    MessageType schema = ParquetFixture.schema((String) spec.get("schema")).messageType();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object row : (List<Object>) spec.getOrDefault("rows", List.of())) {
      rows.add((Map<String, Object>) convert(schema, row));
    }
    int rowsPerGroup = ((Number) spec.getOrDefault("rowsPerGroup", Integer.MAX_VALUE)).intValue();
    return new CaseData(schema, rows, texts(spec.get("metadata")), texts(spec.get("sidecar")),
        rowsPerGroup, spec);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> texts(Object map) {
    Map<String, String> out = new LinkedHashMap<>();
    if (map != null) {
      ((Map<String, Object>) map).forEach((k, v) -> out.put(k, String.valueOf(v)));
    }
    return out;
  }

  /** Writes the rows as Parquet with the case's writer options. */
  Path writeParquet(Path file) {
    ParquetFixture fixture = ParquetFixture.schema((String) spec.get("schema"));
    rows.forEach(fixture::row);
    metadata.forEach(fixture::metadata);
    fixture.rowsPerGroup(rowsPerGroup);
    if (spec.containsKey("pageRows")) {
      fixture.pageRows(((Number) spec.get("pageRows")).intValue());
    }
    fixture.dictionary(!Boolean.FALSE.equals(spec.get("dictionary")));
    String codec = String.valueOf(spec.getOrDefault("codec", "SNAPPY"));
    fixture.codec(CompressionCodecName.valueOf(codec));
    return fixture.write(file);
  }

  /** Whether any column is a group (a struct or a list), which CSV cannot hold. */
  boolean nested() {
    return schema.getFields().stream().anyMatch(f -> !f.isPrimitive());
  }

  @SuppressWarnings("unchecked")
  private static Object convert(Type type, Object value) {
    if (value == null) {
      return null;
    }
    if (type.isPrimitive()) {
      Class<?> javaType = type.asPrimitiveType().getPrimitiveTypeName().javaType;
      if (value instanceof String && javaType == double.class) {
        return Double.parseDouble((String) value);
      }
      if (value instanceof String && javaType == float.class) {
        return Float.parseFloat((String) value);
      }
      return leaf(type.getLogicalTypeAnnotation(), value);
    }
    GroupType group = type.asGroupType();
    if (value instanceof List) {
      Type element = listElement(group);
      List<Object> out = new ArrayList<>();
      ((List<Object>) value).forEach(v -> out.add(convert(element, v)));
      return out;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    ((Map<String, Object>) value).forEach((k, v) -> out.put(k, convert(group.getType(k), v)));
    return out;
  }

  /** The element type of a LIST-annotated group (3-level, or the repeated field itself). */
  static Type listElement(GroupType list) {
    Type repeated = list.getType(0);
    return repeated.isPrimitive() || repeated.asGroupType().getFieldCount() != 1
        ? repeated : repeated.asGroupType().getType(0);
  }

  private static Object leaf(LogicalTypeAnnotation logical, Object value) {
    if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
      return LocalDate.parse(value.toString());
    }
    if (logical instanceof DecimalLogicalTypeAnnotation) {
      int scale = ((DecimalLogicalTypeAnnotation) logical).getScale();
      return new BigDecimal(value.toString()).setScale(scale, RoundingMode.UNNECESSARY);
    }
    if (logical instanceof TimestampLogicalTypeAnnotation && value instanceof String) {
      return timestamp((TimestampLogicalTypeAnnotation) logical, (String) value);
    }
    return value;
  }

  private static long timestamp(TimestampLogicalTypeAnnotation ts, String text) {
    Instant t = text.endsWith("Z") || text.contains("+")
        ? Instant.parse(text) : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    switch (ts.getUnit()) {
      case MILLIS: return t.toEpochMilli();
      case MICROS: return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
      default: return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
  }
}
